// Repairs of OCR words that the French word list can arbitrate: a word the list does not know
// is replaced only by a spelling it knows, derived from the scanner's usual mistakes:
//   - accents lost or misread: « tres » → « très », « problemes » → « problèmes », « enquéte »
//     → « enquête »;
//   - an elided article glued on: « lissue » → « l’issue », « Limplication » → « L’implication »;
//   - words run together: « eninsertion » → « en insertion », « Cetravailainsufflé » → « Ce
//     travail a insufflé », « diagnosticamene » → « diagnostic amène ».
// Names, acronyms and words the document itself spells the same way elsewhere are left alone.
import { isFrenchWord, type Lexicon } from '../common/lexicon';
import { FNV_OFFSET, FNV_PRIME, WordSet } from '../common/word-set';

/** Word counts of the document (lower case): a spelling met twice is the document's own. */
export type Counts = ReadonlyMap<string, number>;

const VARIANTS: Record<string, string[]> = {
  e: ['é', 'è', 'ê'],
  é: ['è', 'ê', 'e'],
  è: ['é'],
  a: ['à', 'â'],
  i: ['î', 'ï'],
  o: ['ô'],
  u: ['û', 'ù'],
  c: ['ç'],
  // « connaftre », « marafchage »: the circumflex i read as an f.
  f: ['î'],
};

/** Short words that can sit glued to their neighbour in the scan. */
const FUNCTION_WORDS = new Set([
  'a',
  'à',
  'au',
  'aux',
  'ce',
  'ces',
  'dans',
  'de',
  'des',
  'du',
  'elle',
  'en',
  'est',
  'et',
  'il',
  'ils',
  'la',
  'le',
  'les',
  'leur',
  'leurs',
  'ne',
  'on',
  'ont',
  'ou',
  'par',
  'pas',
  'pour',
  'qui',
  'que',
  'sa',
  'se',
  'ses',
  'si',
  'son',
  'sur',
  'un',
  'une',
  'y',
]);

/** Memo of what depends on the word list alone, shared by every document. */
function memoFor<T>(store: WeakMap<Lexicon, Map<string, T>>, lex: Lexicon): Map<string, T> {
  let m = store.get(lex);
  if (!m) {
    m = new Map();
    store.set(lex, m);
  }
  return m;
}

const ACCENTED = new WeakMap<Lexicon, Map<string, string[]>>();

/** The list's spellings of `word` with one letter re-accented, else two. */
function accentCandidates(word: string, lex: Lexicon): string[] {
  const memo = memoFor(ACCENTED, lex);
  const known = memo.get(word);
  if (known) return known;
  const found: string[] = [];
  const positions: number[] = [];
  for (let i = 0; i < word.length; i++) if (VARIANTS[word[i]!]) positions.push(i);
  const tryWord = (w: string): void => {
    if (lex.has(w) && !found.includes(w)) found.push(w);
  };
  for (const p of positions) {
    for (const v of VARIANTS[word[p]!]!) tryWord(word.slice(0, p) + v + word.slice(p + 1));
  }
  if (found.length === 0 && positions.length <= 8) {
    for (let x = 0; x < positions.length; x++) {
      for (let y = x + 1; y < positions.length; y++) {
        const p = positions[x]!;
        const q = positions[y]!;
        for (const v of VARIANTS[word[p]!]!) {
          for (const u of VARIANTS[word[q]!]!) {
            tryWord(word.slice(0, p) + v + word.slice(p + 1, q) + u + word.slice(q + 1));
          }
        }
      }
    }
  }
  memo.set(word, found);
  return found;
}

/** The list's spelling of `word` with one or two letters re-accented, or null. */
export function reaccent(word: string, lex: Lexicon, counts?: Counts): string | null {
  const found = [...accentCandidates(word, lex)];
  if (found.length === 0) return null;
  // Several spellings ("près", "prés"): the one the document uses most, else a grave accent
  // (the scanner reads « è » as « é », rarely the reverse), else the first found.
  // A circumflex before t (« tête », « enquête ») is the French spelling far more often.
  const prior = (w: string): number => (/ê(?=t)/.test(w) ? 2 : w.includes('è') ? 1 : 0);
  found.sort((a, b) => (counts?.get(b) ?? 0) - (counts?.get(a) ?? 0) || prior(b) - prior(a));
  return found[0]!;
}

/** A known spelling of `word`: itself or re-accented. */
function known(word: string, lex: Lexicon, counts?: Counts): string | null {
  if (lex.has(word)) return word;
  return word.length >= 3 ? reaccent(word, lex, counts) : null;
}

/** A known spelling of a piece of a glued word: itself, or with one letter re-accented. */
function piece(word: string, lex: Lexicon): string | null {
  if (FUNCTION_WORDS.has(word) || lex.has(word)) return word;
  if (word.length < 3) return null;
  for (let p = 0; p < word.length; p++) {
    for (const v of VARIANTS[word[p]!] ?? []) {
      const w = word.slice(0, p) + v + word.slice(p + 1);
      if (lex.has(w)) return w;
    }
  }
  return null;
}

const CUTS = new WeakMap<Lexicon, Map<string, string[] | null>>();

/** The fewest known pieces `word` cuts into (four at most), whatever the document. */
function cutInPieces(word: string, lex: Lexicon): string[] | null {
  const memo = memoFor(CUTS, lex);
  const known = memo.get(word);
  if (known !== undefined) return known;
  const n = word.length;
  // best[i]: the fewest pieces for word[0, i), with the pieces; ties go to the longest last piece.
  const best: (string[] | null)[] = [[]];
  for (let i = 1; i <= n; i++) {
    best[i] = null;
    for (let j = Math.max(0, i - 18); j < i; j++) {
      const before = best[j];
      if (!before || before.length >= 4) continue;
      const found = piece(word.slice(j, i), lex);
      if (!found) continue;
      // Content pieces of three letters or more only; which of them may stand is decided on
      // the whole cut.
      if (!FUNCTION_WORDS.has(found) && found.length < 3) continue;
      if (!best[i] || before.length + 1 < best[i]!.length) best[i] = [...before, found];
    }
  }
  const parts = best[n] ?? null;
  memo.set(word, parts);
  return parts;
}

/**
 * `word` cut into the fewest known words (four at most), at least one of them a short
 * function word, or two long ones (five letters or more) when `contentPairs` allows it —
 * never a name split into plausible halves.
 */
export function unglue(word: string, lex: Lexicon, contentPairs = true, counts?: Counts): string[] | null {
  if (word.length < 3 || word.length > 24) return null;
  const parts = cutInPieces(word, lex);
  if (!parts || parts.length < 2) return null;
  // « si » is read only before another small word (« siles »: « si les »); before a verb the
  // scan more often lost an apostrophe (« siinquietent » is « s’inquiètent », not « si … »).
  if (parts.some((p, i) => p === 'si' && !FUNCTION_WORDS.has(parts[i + 1] ?? ''))) return null;
  const content = parts.filter((p) => !FUNCTION_WORDS.has(p));
  // Beside a function word, a content piece is a word the document uses elsewhere, or a long
  // one: « part en aria les » is not what « partenariales » hides, nor « pour voyeurs »
  // « pourvoyeurs ». Two content words alone (« diagnostic amène ») need five letters each.
  if (content.length < parts.length) {
    // A short piece must be used twice: a word cut at a line end leaves its tail once
    // (« partena- » « rial »).
    const own = (p: string): boolean => {
      const n = counts?.get(p) ?? 0;
      return p.length >= 8 || n >= 2 || (n >= 1 && p.length >= 5);
    };
    return content.every(own) ? parts : null;
  }
  return contentPairs && parts.length === 2 && parts.every((p) => p.length >= 5) ? parts : null;
}

/** An elided article or pronoun glued to a known word: « lissue » → « l’issue ». */
function unelide(
  word: string,
  lex: Lexicon,
  counts: Counts | undefined,
  capitalised: boolean,
): string | null {
  const m = (capitalised ? /^(qu|[ld])([aeiouyhéèêâîôû].+)$/ : /^(qu|[ldjsm])([aeiouyhéèêâîôû].+)$/).exec(
    word,
  );
  if (!m) return null;
  const rest = known(m[2]!, lex, counts);
  return rest ? `${m[1]}'${rest}` : null;
}

/** How much the document uses the content words of a repair (its own words win). */
function support(words: readonly string[], counts?: Counts): number {
  return words.reduce((n, w) => n + (FUNCTION_WORDS.has(w) ? 0 : (counts?.get(w) ?? 0)), 0);
}

/**
 * The repair of one lower-case word the list does not know, or null to leave it. A
 * capitalised word is only repaired when the document writes it once (else it is a name);
 * two content words run together are only split in such a word too.
 */
function repairWord(word: string, capitalised: boolean, lex: Lexicon, counts?: Counts): string | null {
  const once = (counts?.get(word) ?? 0) <= 1;
  if (capitalised && !once) return null;
  const accented = reaccent(word, lex, counts);
  const split = unglue(word, lex, once && !capitalised, counts);
  const elided = unelide(word, lex, counts, capitalised);
  // « dela »: « de la », not the rare « delà » the document never writes alone.
  if (accented && split && split.join('') === word && (counts?.get(accented) ?? 0) === 0)
    return split.join(' ');
  // Otherwise the reading whose words the document uses most (« à l’acte », not « lacté »;
  // « La thématique », not « L’athématique »); on a tie, accents, then elision, then a split.
  const readings: [string, number][] = [];
  if (accented) readings.push([accented, counts?.get(accented) ?? 0]);
  // Grammatical words run together (« siles »: « si les ») come before an elision whose word
  // the document never uses (« s’îles »): glued small words are the scan's commonest fault.
  const grammatical = split?.every((w) => FUNCTION_WORDS.has(w)) ?? false;
  if (split && grammatical) readings.push([split.join(' '), support(split, counts)]);
  if (elided) readings.push([elided, support([elided.split("'")[1]!], counts)]);
  if (split && !grammatical) readings.push([split.join(' '), support(split, counts)]);
  let best: [string, number] | null = null;
  for (const r of readings) if (!best || r[1] > best[1]) best = r;
  return best ? best[0] : null;
}

/**
 * Decisions per document (its word counts) and word list: a decision depends on both, so a
 * parse never inherits another document's — a truncated copy parsed earlier, say.
 */
const decided = new WeakMap<object, WeakMap<Lexicon, Decisions>>();
const WITHOUT_COUNTS = {};

/**
 * Words (as the text spells them) whose lower-case form the list knows, met so far with each
 * list: what the list answers, memoised in a table the scanner reads in place. The list itself
 * holds 336,000 words far from the processor's caches; a paragraph's words are a few thousand.
 */
const KNOWN = new WeakMap<Lexicon, WordSet>();

function knownTo(lex: Lexicon): WordSet {
  let set = KNOWN.get(lex);
  if (!set) {
    set = new WordSet();
    KNOWN.set(lex, set);
  }
  return set;
}

interface Decisions {
  /** The repair of each word met (a capitalised one under « C » + word), null to leave it. */
  fixes: Map<string, string | null>;
  /** The words this document's counts leave alone: the scanner skips them where they stand. */
  alone: WordSet;
}

/** [A-ZÀ-ÖØ-ÞŒ]: the capital a word may start with. */
function isLatinCapital(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0xd6) || (c >= 0xd8 && c <= 0xde) || c === 0x152;
}

/** [a-zß-öø-ÿœ]: its small letters. */
function isLatinSmall(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0xdf && c <= 0xf6) || (c >= 0xf8 && c <= 0xff) || c === 0x153;
}

/**
 * `text.replace(/([A-ZÀ-ÖØ-ÞŒ]?)([a-zß-öø-ÿœ]{2,})/g, (whole, cap, _, at) => …)`, matching
 * where the pattern does, with the text copied only when a word changes. Latin letters only
 * (with accents and « œ »): the scan's words are all Latin. Most paragraphs change no word,
 * and the replace machinery cost more than the decisions (~7 of ~15 ms per parse).
 */
export function replaceLatinWords(
  text: string,
  repair: (whole: string, cap: string, at: number) => string,
): string {
  return replaceLatinWordsExcept(text, [], repair);
}

/** `replaceLatinWords`, the words of the `skip` sets taken as `repair` returning them unchanged. */
function replaceLatinWordsExcept(
  text: string,
  skip: readonly WordSet[],
  repair: (whole: string, cap: string, at: number) => string,
): string {
  const n = text.length;
  let out = '';
  let copied = 0;
  let i = 0;
  while (i < n - 1) {
    const c = text.charCodeAt(i);
    let end: number;
    let cap = '';
    // A capital opens a match only when two small letters follow; else the match, if any,
    // starts on a small letter (a capital is never one).
    const c1 = text.charCodeAt(i + 1);
    if (!isLatinSmall(c1)) {
      // No match starts here, nor at i + 1 unless on a capital.
      i += isLatinCapital(c1) ? 1 : 2;
      continue;
    }
    // Hashed while read, for the skip sets.
    let hash = Math.imul(FNV_OFFSET ^ c, FNV_PRIME);
    if (isLatinSmall(c)) {
      end = i + 1;
    } else if (isLatinCapital(c) && isLatinSmall(text.charCodeAt(i + 2))) {
      cap = text.charAt(i);
      end = i + 1;
    } else {
      i++;
      continue;
    }
    for (let code = c1; end < n && isLatinSmall(code); code = text.charCodeAt(++end))
      hash = Math.imul(hash ^ code, FNV_PRIME);
    if (skip.length > 0) {
      let known = false;
      for (let k = 0; k < skip.length && !known; k++) known = skip[k]!.has(text, i, end, hash);
      if (known) {
        i = end;
        continue;
      }
    }
    const whole = text.slice(i, end);
    const fixed = repair(whole, cap, i);
    if (fixed !== whole) {
      out += text.slice(copied, i) + fixed;
      copied = end;
    }
    i = end;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/**
 * Repairs the words of a running text that the list does not know. A word is looked at when
 * it is lower case (or capitalised, its capital kept) and three letters or more.
 */
export function repairLexical(text: string, lex: Lexicon, counts?: Counts): string {
  const owner: object = counts ?? WITHOUT_COUNTS;
  let perList = decided.get(owner);
  if (!perList) {
    perList = new WeakMap();
    decided.set(owner, perList);
  }
  let memo = perList.get(lex);
  if (!memo) {
    memo = { fixes: new Map(), alone: new WordSet() };
    perList.set(lex, memo);
  }
  const { fixes: cache, alone } = memo;
  const known = knownTo(lex);
  return replaceLatinWordsExcept(text, [known, alone], (whole: string, cap: string, at: number) => {
    // A word the list knows (lower-cased) is left alone wherever it stands, whatever the
    // document: settled once for every parse, then skipped by the scanner.
    const key = cap ? `C${whole}` : whole;
    let fixed = cache.get(key);
    if (fixed === null) return whole;
    const lower = cap ? whole.toLowerCase() : whole;
    if (fixed === undefined && (lower.length < 3 || isFrenchWord(lower, lex))) {
      known.add(whole);
      return whole;
    }
    // Whole words only, not inside addresses or compounds; after an apostrophe only when it
    // follows an elided article or pronoun (« d’age », « l’hotellerie »).
    const after = text.charAt(at + whole.length);
    if (/[\p{L}\d@’'-]/u.test(after) || (after === '.' && /[a-z]/.test(text.charAt(at + whole.length + 1))))
      return whole;
    const before = text.slice(Math.max(0, at - 8), at);
    if (/[\p{L}\d@./-]$/u.test(before)) return whole;
    if (/['’]$/.test(before) && !/(?:^|[^\p{L}])(?:[ldnsjmc]|qu)['’]$/iu.test(before)) return whole;
    if (fixed === undefined) {
      fixed = repairWord(lower, cap !== '', lex, counts);
      cache.set(key, fixed);
      // Left alone wherever it stands (the test above is only for words that change).
      if (fixed === null) alone.add(whole);
    }
    if (!fixed) return whole;
    const out = fixed.replace(/'/g, '’');
    return cap ? out.charAt(0).toUpperCase() + out.slice(1) : out;
  });
}
