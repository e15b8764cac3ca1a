// One pass over the document's words feeding both vocabularies (OCR repairs and title case).
// A `\p{L}+` regex over the 330 KB text costs ~10 ms per pass and each match allocates an
// array; the scanner below reads letters from a table and counts each spelling once.
import { foldForMatch } from '../common/text';

// Unicode-property patterns of the hot paths, built once: esbuild (as tsx runs the CLI and the
// benches, and as `esbuild --target=node20` emits it) turns a literal with a `\p{…}` outside a
// character class into `new RegExp(…)` at every evaluation, ten times the cost of a test.
const ALL_LOWER = /^\p{Ll}+$/u;
const ALL_UPPER = /^\p{Lu}+$/u;
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+$/u;

/** Each spelling of one folded word with its count, in the order they were first counted. */
export type WordForms = [form: string, count: number][];

/** Case-aware word forms of the document, keyed by folded form. */
export interface CaseVocabulary {
  lower: Map<string, WordForms>;
  capitalised: Map<string, WordForms>;
  upper: Map<string, number>;
}

export interface DocumentWords {
  /** Lower-cased words, hyphenated compounds whole ("socio-professionnel"), with their counts. */
  vocab: Map<string, number>;
  cv: CaseVocabulary;
}

type WordShape = 'lower' | 'upper' | 'capitalised' | 'other';

interface Spelling {
  word: string;
  /** Occurrences standing alone, i.e. not part of a hyphenated compound (vocabulary). */
  alone: number;
  /** Occurrences outside e-mail/URL tokens (case vocabulary). */
  prose: number;
  /** Capitalised occurrences that do not start a sentence. */
  midSentence: number;
  shape: WordShape | null;
}

/** 0: not known yet, 1: letter, 2: not a letter. Filled on first sight of each code unit. */
const LETTER_TABLE = new Uint8Array(0x10000);
const ASTRAL_LETTERS = new Map<number, boolean>();
const LETTER_RE = /^\p{L}$/u;
/** 1 for the ASCII letters, 0 for the rest of ASCII. */
const ASCII_LETTER: Uint8Array = (() => {
  const table = new Uint8Array(0x80);
  for (let c = 0; c < 0x80; c++) table[c] = LETTER_RE.test(String.fromCharCode(c)) ? 1 : 0;
  return table;
})();

function isBmpLetter(code: number): boolean {
  let known = LETTER_TABLE[code]!;
  if (known === 0) {
    // A lone surrogate is not a letter for the `u` regexes either.
    known = LETTER_RE.test(String.fromCharCode(code)) ? 1 : 2;
    LETTER_TABLE[code] = known;
  }
  return known === 1;
}

/** Length in code units of the letter at `i` (1 or 2), or 0 when it is not a letter. */
function letterAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
    const low = text.charCodeAt(i + 1);
    if (low >= 0xdc00 && low <= 0xdfff) {
      const cp = (code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
      let known = ASTRAL_LETTERS.get(cp);
      if (known === undefined) {
        known = LETTER_RE.test(String.fromCodePoint(cp));
        ASTRAL_LETTERS.set(cp, known);
      }
      return known ? 2 : 0;
    }
  }
  return isBmpLetter(code) ? 1 : 0;
}

function shapeOf(word: string): WordShape {
  // Most words are ASCII: their case is read from the code units, the same answer as below.
  let lower = 0;
  let upper = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 0x61 && c <= 0x7a) lower++;
    else if (c >= 0x41 && c <= 0x5a) upper++;
    else return shapeByClass(word);
  }
  if (upper === 0) return 'lower';
  if (lower === 0) return word.length > 1 ? 'upper' : 'other';
  return upper === 1 && word.charCodeAt(0) <= 0x5a ? 'capitalised' : 'other';
}

function shapeByClass(word: string): WordShape {
  if (ALL_LOWER.test(word)) return 'lower';
  if (word.length > 1 && ALL_UPPER.test(word)) return 'upper';
  if (CAPITALISED_WORD.test(word)) return 'capitalised';
  return 'other';
}

/**
 * Spans of the whitespace-delimited tokens containing "@", "http(s)://" or "www.": addresses
 * and URLs are lower case by convention and say nothing about names.
 */
function addressSpans(text: string): number[] {
  const spans: number[] = [];
  let last = 0;
  for (const m of text.matchAll(/@|https?:\/\/|www\./g)) {
    if (m.index < last) continue;
    let start = m.index;
    while (start > last && !WHITESPACE.test(text.charAt(start - 1))) start--;
    let end = m.index + m[0].length;
    while (end < text.length && !WHITESPACE.test(text.charAt(end))) end++;
    spans.push(start, end);
    last = end;
  }
  return spans;
}

const WHITESPACE = /^\s$/;
const SENTENCE_START = /(?:^|[.!?:]\s*|\n\s*|[-•¢*]\s)$/u;

/**
 * The three characters before `at` in the text where each address token is replaced by one
 * space: what decides whether a capitalised word starts a sentence.
 */
function proseBefore(text: string, at: number, spanStartByEnd: ReadonlyMap<number, number>): string {
  let out = '';
  let pos = at;
  while (out.length < 3 && pos > 0) {
    const start = spanStartByEnd.get(pos);
    if (start !== undefined) {
      out = ` ${out}`;
      pos = start;
    } else {
      out = text.charAt(pos - 1) + out;
      pos--;
    }
  }
  return out;
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/**
 * The document's spellings, found without cutting each occurrence out of the text: a word is
 * hashed while it is read and compared in place with the first occurrence of its spelling.
 * Slicing fifty thousand words to look each up in a Map was most of the scan's cost.
 */
class SpellingTable {
  private mask = (1 << 14) - 1;
  private hashes = new Int32Array(this.mask + 1);
  private starts = new Int32Array(this.mask + 1);
  /** 0 marks an empty slot: words have one letter at least. */
  private lengths = new Int32Array(this.mask + 1);
  private slots: (Spelling | undefined)[] = new Array<Spelling | undefined>(this.mask + 1);
  /** In the order first met, as a Map would iterate them. */
  readonly inOrder: Spelling[] = [];

  constructor(private readonly text: string) {}

  find(start: number, end: number, hash: number): Spelling {
    const length = end - start;
    let at = hash & this.mask;
    for (let l = this.lengths[at]!; l !== 0; l = this.lengths[at]!) {
      if (l === length && this.hashes[at] === hash && this.sameAt(this.starts[at]!, start, length)) {
        return this.slots[at]!;
      }
      at = (at + 1) & this.mask;
    }
    const spelling: Spelling = {
      word: this.text.slice(start, end),
      alone: 0,
      prose: 0,
      midSentence: 0,
      shape: null,
    };
    this.put(at, hash, start, length, spelling);
    this.inOrder.push(spelling);
    if (this.inOrder.length * 2 > this.mask) this.grow();
    return spelling;
  }

  private sameAt(a: number, b: number, length: number): boolean {
    for (let k = 0; k < length; k++)
      if (this.text.charCodeAt(a + k) !== this.text.charCodeAt(b + k)) return false;
    return true;
  }

  private put(at: number, hash: number, start: number, length: number, spelling: Spelling): void {
    this.hashes[at] = hash;
    this.starts[at] = start;
    this.lengths[at] = length;
    this.slots[at] = spelling;
  }

  private grow(): void {
    const { hashes, starts, lengths, slots } = this;
    this.mask = this.mask * 2 + 1;
    this.hashes = new Int32Array(this.mask + 1);
    this.starts = new Int32Array(this.mask + 1);
    this.lengths = new Int32Array(this.mask + 1);
    this.slots = new Array<Spelling | undefined>(this.mask + 1);
    for (let k = 0; k < lengths.length; k++) {
      if (lengths[k] === 0) continue;
      let at = hashes[k]! & this.mask;
      while (this.lengths[at] !== 0) at = (at + 1) & this.mask;
      this.put(at, hashes[k]!, starts[k]!, lengths[k]!, slots[k]!);
    }
  }
}

export function scanWords(text: string): DocumentWords {
  const spans = addressSpans(text);
  const spanStartByEnd = new Map<number, number>();
  for (let k = 0; k < spans.length; k += 2) spanStartByEnd.set(spans[k + 1]!, spans[k]!);
  const spellings = new SpellingTable(text);
  const compounds = new Map<string, number>();
  let span = 0;
  const lower: [string, Spelling][] = [];
  const capitalised: [string, Spelling][] = [];
  let compoundStart = -1;
  const n = text.length;
  let i = 0;
  while (i < n) {
    // ASCII decided inline: it is most of the text.
    let code = text.charCodeAt(i);
    let width = code < 0x80 ? ASCII_LETTER[code]! : letterAt(text, i);
    if (width === 0) {
      i++;
      continue;
    }
    const start = i;
    let hash = FNV_OFFSET;
    do {
      hash = Math.imul(hash ^ code, FNV_PRIME);
      if (width === 2) hash = Math.imul(hash ^ text.charCodeAt(i + 1), FNV_PRIME);
      i += width;
      if (i >= n) break;
      code = text.charCodeAt(i);
      width = code < 0x80 ? ASCII_LETTER[code]! : letterAt(text, i);
    } while (width > 0);
    const s = spellings.find(start, i, hash);
    const word = s.word;
    // Hyphenated compound ("\p{L}+(?:-\p{L}+)*"): the vocabulary counts it whole.
    const continues = i + 1 < n && text.charCodeAt(i) === 0x2d && letterAt(text, i + 1) > 0;
    if (compoundStart >= 0) {
      if (!continues) {
        const compound = text.slice(compoundStart, i);
        compounds.set(compound, (compounds.get(compound) ?? 0) + 1);
        compoundStart = -1;
      }
    } else if (continues) {
      compoundStart = start;
    } else {
      s.alone++;
    }
    while (span < spans.length && spans[span + 1]! <= start) span += 2;
    if (span < spans.length && spans[span]! <= start) continue;
    if (s.prose++ === 0) {
      s.shape = shapeOf(word);
      if (s.shape === 'lower') lower.push([word, s]);
    }
    if (s.shape !== 'capitalised') continue;
    // Sentence-initial words are capitalised for grammar, not because they are names.
    if (start === 0) continue;
    // No address token ends in the three characters before: the text itself is the prose.
    const lastSpanEnd = span > 0 ? spans[span - 1]! : -1;
    const before =
      lastSpanEnd <= start - 3
        ? text.slice(Math.max(0, start - 3), start)
        : proseBefore(text, start, spanStartByEnd);
    if (SENTENCE_START.test(before)) continue;
    if (s.midSentence++ === 0) capitalised.push([word, s]);
  }

  const vocab = new Map<string, number>();
  const cv: CaseVocabulary = { lower: new Map(), capitalised: new Map(), upper: new Map() };
  for (const s of spellings.inOrder) {
    const word = s.word;
    if (s.alone > 0) {
      const w = s.shape === 'lower' ? word : word.toLowerCase();
      vocab.set(w, (vocab.get(w) ?? 0) + s.alone);
    }
    if (s.shape === 'upper') {
      const key = foldForMatch(word);
      cv.upper.set(key, (cv.upper.get(key) ?? 0) + s.prose);
    }
  }
  for (const [compound, count] of compounds) {
    const w = compound.toLowerCase();
    vocab.set(w, (vocab.get(w) ?? 0) + count);
  }
  // Forms in the order they were first counted (the lists were filled in that order): ties go
  // to the first one.
  for (const [word, s] of lower) addForm(cv.lower, foldForMatch(word), word, s.prose);
  for (const [word, s] of capitalised) addForm(cv.capitalised, foldForMatch(word), word, s.midSentence);
  return { vocab, cv };
}

// Each spelling comes once (they are the keys of one map): a list is enough, and a map per
// folded word cost ten thousand maps per parse.
function addForm(map: Map<string, WordForms>, key: string, form: string, count: number): void {
  const forms = map.get(key);
  if (forms) forms.push([form, count]);
  else map.set(key, [[form, count]]);
}
