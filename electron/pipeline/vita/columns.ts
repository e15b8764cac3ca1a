// Two-column pages read side by side. Where the scanner met a line of the left column and a
// line of the right column at the same height, it wrote them on one line: « 9 groupes de
// formation avec un démar- 94 (86 %) ont été admis au titre complet, 8 ». This module finds
// each such line's column boundary and rebuilds the two columns in reading order: the left
// column of the passage, then the right one. Lines keep their document line number.
//
// The boundary is a space between two column-wide halves, chosen on evidence the OCR leaves:
// a wide gap, a word cut by a hyphen, a bullet, a heading, a sentence that cannot go on, and
// above all each column's continuity with its own previous line (« per- » + « sonnes »).
import { isFrenchWord, type Lexicon } from '../common/lexicon';
import { FNV_OFFSET, FNV_PRIME, hashWord, WordSet } from '../common/word-set';

// Unicode-property patterns of the hot paths, built once: esbuild (as tsx runs the CLI and the
// benches, and as `esbuild --target=node20` emits it) turns a literal with a `\p{…}` outside a
// character class into `new RegExp(…)` at every evaluation, ten times the cost of a test.
const CUT_WORD = /(\p{L}+)-$/u;
const FIRST_WORD = /^\p{L}+/u;
const LOWER_START = /^\p{Ll}/u;
const UPPER_START = /^\p{Lu}/u;
const LETTER = /\p{L}/u;
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+$/u;

export interface FlowLine {
  text: string;
  /** 0-based index of the document line it comes from. */
  line: number;
}

/** Column widths of the two-column pages, in characters (proportional fonts: a range). */
const MIN_HALF = 8;
const MAX_LEFT = 52;
const MAX_RIGHT = 56;
const TYPICAL = 41;
/** A side-by-side line is longer than one column; shorter lines only split on a heading. */
const MIN_SIDE_BY_SIDE = 56;
/** Evidence a split needs: one strong sign, or two weaker ones. */
const THRESHOLD = 2.5;
/** Single-column lines allowed between two side-by-side lines of one passage. */
const MAX_GAP = 6;

const BULLET = /^(?:[e¢•®*°~]|-)\s+(?=[\p{L}\d«“"(])/u;
/** A line that ends a sentence (a closing bracket does not: « (Extra Muros) et Anne »). */
const TERMINAL = /[.:;!?»”"]$/;
const ABBREVIATION = /(?:^|\s)(?:etc|cf|M|Mme|p|n°|art)\.$/;
const UPPER_HEADING = /^[\p{Lu}'’%]{3,}(?:\s+[\p{Lu}'’%]{2,})+/u;
const SECTION_HEADING =
  /^(?:NOTRE EXP[EÉ]RIENCE|FREINS RENCONTR\S*|ET LEVIERS MOBILIS\S*|OUTILS ET RESSOURCES)\s*$/;

/** The letters a line ends on before a cutting hyphen ("démar-" → "démar"), or null. */
function cutWord(text: string): string | null {
  // Most lines do not end on a hyphen: that settles them before the Unicode pattern.
  if (!text.endsWith('-')) return null;
  const m = CUT_WORD.exec(text);
  return m ? m[1]! : null;
}

/** The first token of a text, lower-cased ("94", "au"). */
function firstToken(text: string): string {
  return /^[\p{L}\d]+/u.exec(text)?.[0]?.toLowerCase() ?? '';
}

function firstWord(text: string): string {
  return FIRST_WORD.exec(text)?.[0] ?? '';
}

/** How well `next` continues a column whose last line is `tail` (null: nothing yet). */
export function continuation(tail: string | null, next: string, lex: Lexicon): number {
  if (tail === null) return 0;
  const cut = cutWord(tail);
  const head = firstWord(next);
  if (cut && head && LOWER_START.test(head)) {
    // "démar-" + "rage": the cut word is whole again.
    return isFrenchWord(`${cut}${head}`, lex) || isFrenchWord(`${cut}-${head}`, lex) ? 3 : 1;
  }
  if (cut) return 0;
  const ended = TERMINAL.test(tail) && !ABBREVIATION.test(tail);
  // A list item follows its colon, or the item before it.
  if (BULLET.test(next) || /^\d+\s*[.)-]\s/.test(next)) return tail.endsWith(':') ? 1.5 : ended ? 1 : 0;
  // Lower case and figures go on with a sentence; so can an acronym or a name, less surely.
  if (/^[\p{Ll}\d]/u.test(next)) return ended ? -1 : 1.5;
  // A capital after an unfinished line: a name or an acronym going on with the sentence.
  return ended ? 0.5 : 0.75;
}

interface Split {
  left: string;
  right: string;
  score: number;
}

/**
 * The best boundary of a line read across both columns, or null when the line reads as one
 * column. `leftTail`/`rightTail` are the columns' previous lines, `nextLine` the line below.
 */
export function splitSideBySide(
  raw: string,
  leftTail: string | null,
  rightTail: string | null,
  nextLine: string | null,
  ctx: ColumnContext,
  leftWidth = TYPICAL,
): Split | null {
  const { lex, pairs } = ctx;
  const inPassage = leftTail !== null || rightTail !== null;
  const line = raw.trim();
  const headingAtEnd = /\s(FREINS RENCONTR\S*|ET LEVIERS MOBILIS\S*|OUTILS ET RESSOURCES)\s*$/.exec(line);
  if (headingAtEnd && headingAtEnd.index >= MIN_HALF) {
    return { left: line.slice(0, headingAtEnd.index).trim(), right: headingAtEnd[1]!, score: 5 };
  }
  if (line.length < (inPassage ? MIN_SIDE_BY_SIDE - 11 : MIN_SIDE_BY_SIDE)) return null;
  // Inside a passage, a line wider than a column can only be two columns side by side; one
  // that could be a wide column's line needs as much evidence as anywhere.
  const threshold = !inPassage ? THRESHOLD : line.length >= MIN_SIDE_BY_SIDE ? 0.5 : 1.5;
  // A line whose end goes on at the start of the next line is one wide line (« accompa- »
  // then « gné »): the two halves of a side-by-side line go on below their own halves.
  const nextStart = nextLine ? firstToken(nextLine.trim()) : '';
  const lineCut = cutWord(line);
  let wide = 0;
  if (lineCut && nextStart && LOWER_START.test(nextStart) && isFrenchWord(`${lineCut}${nextStart}`, lex))
    wide = 3;
  else if (nextStart && !BULLET.test(nextLine!.trim()))
    wide = Math.log1p(pairs.get(`${lastWord(line)} ${nextStart}`) ?? 0) * 0.5;
  const rightTailWords = rightTail ? lastTwoWords(rightTail) : '';
  // What depends on the line alone, read once for all its spaces.
  const rightTailLast = rightTailWords ? lastWord(rightTail!) : '';
  const nextHead = nextLine ? firstWord(nextLine.trim()) : '';
  const nextHeadLower = nextHead.toLowerCase();
  let best: Split | null = null;
  for (let p = line.indexOf(' '); p >= 0; p = line.indexOf(' ', p + 1)) {
    const left = line.slice(0, p).trimEnd();
    const right = line.slice(p + 1).trimStart();
    if (left.length < MIN_HALF || right.length < 4) continue;
    if (left.length > MAX_LEFT || right.length > MAX_RIGHT) continue;
    if (line.charAt(p - 1) === ' ') continue;
    let score = 0;
    const gap = line.slice(p).length - line.slice(p).trimStart().length;
    if (gap >= 1 && line.charAt(p + 1) === ' ') score += 3;
    const cut = cutWord(left);
    if (cut && LETTER.test(left.charAt(left.length - 2))) {
      score += 2.5;
      // The next line starts with the rest of the word: the left column goes on there.
      if (nextHead && LOWER_START.test(nextHead) && isFrenchWord(`${cut}${nextHead}`, lex)) score += 1.5;
    }
    const bullet = BULLET.exec(right);
    // Two list items side by side: the line starts with a bullet too.
    if (bullet)
      score +=
        (bullet[0].startsWith('-') ? (line.length >= 60 ? 1.5 : 0) : 2.5) + (BULLET.test(left) ? 0.5 : 0);
    if (UPPER_HEADING.test(right) && !UPPER_HEADING.test(left)) score += 2;
    if (/^\d+\s*[.)-]\s/.test(right)) score += 1.5;
    if (TERMINAL.test(left) && !ABBREVIATION.test(left)) {
      // A sentence ends inside the line: a lower-case word after it is the other column's;
      // a capital, in a passage, most likely too.
      if (LOWER_START.test(right) && !/^(?:https?:|www\.)/.test(right)) score += 2;
      else if (inPassage && UPPER_START.test(right)) score += 1;
    }
    // Each column goes on from its own previous line.
    score += continuation(rightTail, right, lex);
    score += Math.max(0, continuation(leftTail, left, lex)) * 0.25;
    // A true boundary separates two words that do not follow each other; the right half's
    // first word follows its column's previous line.
    const leftLast = lastWord(left);
    const first = firstToken(right);
    const across = pairs.get(`${leftLast} ${first}`) ?? 0;
    score -= Math.log1p(across) * 0.3;
    if (rightTailWords) {
      score += Math.log1p(pairs.get(`${rightTailWords} ${first}`) ?? 0) * 0.5;
      score += Math.log1p(pairs.get(`${rightTailLast} ${first}`) ?? 0) * 0.2;
    }
    // The left half's last word goes on at the start of the line below.
    if (nextHead) score += Math.log1p(pairs.get(`${leftLast} ${nextHeadLower}`) ?? 0) * 0.5;
    // Columns are about TYPICAL characters wide; a shorter left half ends its paragraph.
    // So does one that closes a bracket, or comes before a list item.
    const ends =
      TERMINAL.test(left) || left.endsWith(')') || (nextLine !== null && BULLET.test(nextLine.trim()));
    const short = ends ? 0 : Math.max(0, leftWidth - 5 - left.length) / (inPassage ? 6 : 12);
    score -= Math.max(0, left.length - TYPICAL - 6) / 6 + short;
    score -= Math.max(0, right.length - TYPICAL - 6) / 6;
    // A common word capitalised after an unfinished half starts a column's line, not a name.
    const head = firstWord(right);
    if (CAPITALISED_WORD.test(head) && !TERMINAL.test(left) && lex.has(head.toLowerCase())) score += 0.75;
    score -= wide;
    if (!best || score > best.score) best = { left, right, score };
  }
  return best && best.score >= threshold ? best : null;
}

/**
 * The last two tokens of a text, lower-cased ("de la"), or '' when it has fewer:
 * `/([\p{L}\d]+)[^\p{L}\d]+([\p{L}\d]+)[^\p{L}\d\s]*$/u` read backwards from the end, as
 * `lastWord` reads its pattern (tried from every position of the line, it cost as much).
 */
export function lastTwoWords(text: string): string {
  const last = lastToken(text);
  if (!last) return '';
  // Anything but a letter or a figure between the two, spaces included.
  let before = last.start;
  for (let width = tokenCharBefore(text, before); width <= 0; width = tokenCharBefore(text, before)) {
    if (before === 0) return '';
    // A space is one code unit (every \s is in the first plane); other characters give their width.
    before -= width === 0 ? 1 : -width;
  }
  if (before === last.start) return '';
  let first = before;
  for (let width = tokenCharBefore(text, first); width > 0; width = tokenCharBefore(text, first))
    first -= width;
  return `${text.slice(first, before).toLowerCase()} ${text.slice(last.start, last.end).toLowerCase()}`;
}

/**
 * The last token of a text, lower-cased, its punctuation dropped ("86", "mises"):
 * `/([\p{L}\d]+)[^\p{L}\d\s]*$/u` read backwards from the end. The pattern, tried from every
 * position of a line for each of its spaces, was most of the boundary finder's own work.
 */
export function lastWord(text: string): string {
  const last = lastToken(text);
  return last ? text.slice(last.start, last.end).toLowerCase() : '';
}

/** Where the text's last token lies, past its trailing punctuation; null when a space or the start comes first. */
function lastToken(text: string): { start: number; end: number } | null {
  let end = text.length;
  for (let width = tokenCharBefore(text, end); width <= 0; width = tokenCharBefore(text, end)) {
    if (width === 0) return null;
    end += width;
  }
  let start = end;
  for (let width = tokenCharBefore(text, start); width > 0; width = tokenCharBefore(text, start))
    start -= width;
  return { start, end };
}

const TOKEN_CHAR = /^[\p{L}\d]$/u;
const SPACE = /^\s$/u;

/**
 * What ends at `end`: a letter or digit (its length, 1 or 2 code units), a space or nothing
 * (0), another character (minus its length).
 */
function tokenCharBefore(text: string, end: number): number {
  if (end === 0) return 0;
  const low = text.charCodeAt(end - 1);
  const pair = low >= 0xdc00 && low <= 0xdfff && end >= 2 && (text.charCodeAt(end - 2) & 0xfc00) === 0xd800;
  const c = pair ? text.slice(end - 2, end) : text.charAt(end - 1);
  const width = pair ? 2 : 1;
  if (low < 0x80) {
    if ((low >= 0x30 && low <= 0x39) || ((low | 0x20) >= 0x61 && (low | 0x20) <= 0x7a)) return width;
    return (low >= 0x09 && low <= 0x0d) || low === 0x20 ? 0 : -width;
  }
  if (TOKEN_CHAR.test(c)) return width;
  return SPACE.test(c) ? 0 : -width;
}

/** Word ids fit in 17 bits, as they did when runs were keyed by one number. */
const ID_BITS = 2 ** 17;

/**
 * Counts of runs of two or three word ids, in an open-addressing table of typed arrays. A Map
 * keyed by `(a * 2^17 + b) * 2^17 + c` cost most of the counting: keys that large are heap
 * numbers, allocated and hashed as doubles at every word of the document.
 */
class RunCounts {
  private mask: number;
  /**
   * Four numbers per slot, side by side so that a probe reads one cache line: a + 1 (0 marks an
   * empty slot), b, c (-1 for a pair) and the count. Four arrays cost four cache misses a probe.
   */
  private slots: Int32Array;
  private size = 0;

  /** Sized for `expected` runs at half load, so that a document's table need not grow. */
  constructor(expected: number) {
    let slots = 1 << 10;
    while (slots < expected * 2) slots *= 2;
    this.mask = slots - 1;
    this.slots = new Int32Array(slots * 4);
  }

  /** Offset of the run's slot in `slots`, or of the empty slot where it would go. */
  private slot(a: number, b: number, c: number): number {
    let h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 1, 0x85ebca77) ^ Math.imul(c + 2, 0xc2b2ae3d);
    h ^= h >>> 15;
    const slots = this.slots;
    let at = h & this.mask;
    for (let k = slots[at * 4]!; k !== 0; k = slots[at * 4]!) {
      if (k === a + 1 && slots[at * 4 + 1] === b && slots[at * 4 + 2] === c) return at * 4;
      at = (at + 1) & this.mask;
    }
    return at * 4;
  }

  add(a: number, b: number, c: number): void {
    const at = this.slot(a, b, c);
    const slots = this.slots;
    if (slots[at] === 0) {
      slots[at] = a + 1;
      slots[at + 1] = b;
      slots[at + 2] = c;
      if (++this.size * 2 > this.mask) {
        slots[at + 3] = 1;
        this.grow();
        return;
      }
    }
    slots[at + 3]!++;
  }

  /** The run's count, undefined when it never occurred (as Map.get). */
  get(a: number, b: number, c: number): number | undefined {
    const at = this.slot(a, b, c);
    return this.slots[at] === 0 ? undefined : this.slots[at + 3];
  }

  private grow(): void {
    const old = this.slots;
    this.mask = this.mask * 2 + 1;
    this.slots = new Int32Array((this.mask + 1) * 4);
    for (let k = 0; k < old.length; k += 4) {
      if (old[k] === 0) continue;
      const at = this.slot(old[k]! - 1, old[k + 1]!, old[k + 2]!);
      this.slots.set(old.subarray(k, k + 4), at);
    }
  }
}

/** [A-Za-z0-9À-ÖØ-öø-ÿŒœ]: a character of a word or figure for the runs. */
function isRunChar(c: number): boolean {
  return (
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x30 && c <= 0x39) ||
    (c >= 0xc0 && c <= 0xff && c !== 0xd7 && c !== 0xf7) ||
    c === 0x152 ||
    c === 0x153
  );
}

/**
 * Counts of consecutive lower-cased words, across line ends: pairs ("mises en") and triples
 * ("pays de la"), figures included ("de 86"); a sentence end breaks the run. Only lines one
 * column wide are read: a side-by-side line would teach the very pairs its boundary cuts.
 * Runs are counted under word ids: string keys for every pair and triple of the document cost
 * more than the rest of the parse.
 */
export class WordRuns {
  /** Lower-cased words, numbered by their id. */
  private readonly ids = new WordSet();
  private readonly runs: RunCounts;

  constructor(lines: readonly string[]) {
    // A word every six characters or so, a pair and a triple after each, many of them repeats.
    let chars = 0;
    for (const line of lines) chars += line.length;
    this.runs = new RunCounts(chars / 6);
    let previous = -1;
    let before = -1;
    for (const line of lines) {
      if (line.length >= MIN_SIDE_BY_SIDE && line.trim().length >= MIN_SIDE_BY_SIDE) {
        previous = before = -1;
        continue;
      }
      // The tokens of `/[A-Za-z0-9À-ÖØ-öø-ÿŒœ]+|[.!?:;]/g`, read from the code units: Latin
      // letters (with their accents and « œ ») are the document's. The pattern's match objects
      // were a third of the counting.
      const n = line.length;
      for (let i = 0; i < n;) {
        const code = line.charCodeAt(i);
        if (!isRunChar(code)) {
          // « . ! ? : ; » end a sentence, and the run.
          if (code === 0x2e || code === 0x21 || code === 0x3f || code === 0x3a || code === 0x3b)
            previous = before = -1;
          i++;
          continue;
        }
        // A word in lower case already is found where it stands; one with a capital is
        // lower-cased first.
        const start = i;
        let hash = FNV_OFFSET;
        let capital = false;
        for (let c = code; i < n && isRunChar(c); c = line.charCodeAt(++i)) {
          hash = Math.imul(hash ^ c, FNV_PRIME);
          capital ||= (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0xde) || c === 0x152;
        }
        let id: number;
        if (capital) {
          const lower = line.slice(start, i).toLowerCase();
          const lowerHash = hashWord(lower);
          id = this.ids.find(lower, 0, lower.length, lowerHash);
          if (id < 0) {
            if (this.ids.size >= ID_BITS) continue;
            id = this.ids.add(lower, lowerHash);
          }
        } else {
          id = this.ids.find(line, start, i, hash);
          if (id < 0) {
            if (this.ids.size >= ID_BITS) continue;
            id = this.ids.add(line.slice(start, i), hash);
          }
        }
        if (previous >= 0) {
          this.runs.add(previous, id, -1);
          if (before >= 0) this.runs.add(before, previous, id);
        }
        before = previous;
        previous = id;
      }
    }
  }

  /** How often the space-separated lower-case words of `run` (two or three) follow each other. */
  get(run: string): number | undefined {
    const words = run.split(' ');
    if (words.length < 2 || words.length > 3) return undefined;
    const ids: number[] = [];
    for (const w of words) {
      const id = this.ids.find(w, 0, w.length, hashWord(w));
      if (id < 0) return undefined;
      ids.push(id);
    }
    return words.length === 2
      ? this.runs.get(ids[0]!, ids[1]!, -1)
      : this.runs.get(ids[0]!, ids[1]!, ids[2]!);
  }
}

export interface ColumnContext {
  lex: Lexicon;
  /** Word pairs and triples of the document's one-column lines, with counts. */
  pairs: Pick<WordRuns, 'get'>;
}

/**
 * The lines from..to (inclusive) in reading order: every passage where the columns were read
 * side by side becomes its left column, then its right column; other lines stay in place.
 */
export function reflowColumns(
  lines: readonly string[],
  from: number,
  to: number,
  ctx: ColumnContext,
): FlowLine[] {
  const out: FlowLine[] = [];
  const nextText = (k: number): string | null => {
    for (let j = k + 1; j <= to; j++) if ((lines[j] ?? '').trim()) return lines[j]!;
    return null;
  };
  let i = from;
  while (i <= to) {
    // A long line opens a passage when a clearly side-by-side line follows within MAX_GAP lines.
    let first = splitSideBySide(lines[i] ?? '', null, null, nextText(i), ctx);
    if (!first && (lines[i] ?? '').trim().length >= MIN_SIDE_BY_SIDE && sideBySideAhead(lines, i, to, ctx)) {
      first = splitSideBySide(lines[i] ?? '', '', '', nextText(i), ctx);
    }
    if (!first) {
      out.push({ text: lines[i] ?? '', line: i });
      i++;
      continue;
    }
    // A passage: from this line while side-by-side lines keep coming within MAX_GAP lines.
    const left: FlowLine[] = [{ text: first.left, line: i }];
    const right: FlowLine[] = [{ text: first.right, line: i }];
    let lastSplit = i;
    // Lengths of both columns at the last split: single-column lines placed since then are
    // taken back when the passage ends before another split.
    let kept = [1, 1];
    let since = 0;
    for (let k = i + 1; k <= to; k++) {
      const text = lines[k] ?? '';
      const trimmed = text.trim();
      if (SECTION_HEADING.test(trimmed)) break;
      const split = trimmed
        ? splitSideBySide(text, tail(left) ?? '', tail(right) ?? '', nextText(k), ctx, fullWidth(left))
        : null;
      if (split) {
        left.push({ text: split.left, line: k });
        right.push({ text: split.right, line: k });
        lastSplit = k;
        kept = [left.length, right.length];
        since = 0;
      } else {
        // A single-column line goes to the column it continues, so the next split sees it.
        if (trimmed && ++since > MAX_GAP) break;
        place(text, k, left, right, ctx.lex);
      }
    }
    left.length = kept[0]!;
    right.length = kept[1]!;
    out.push(...left, ...right);
    i = lastSplit + 1;
  }
  return out;
}

/**
 * The width of a column's full lines so far (the median of its unfinished lines: a line that
 * ends a sentence can be short), TYPICAL before there is one.
 */
function fullWidth(col: readonly FlowLine[]): number {
  const widths = col
    .map((f) => f.text.trim())
    .filter((t) => t.length >= 30 && !TERMINAL.test(t))
    .map((t) => t.length)
    .sort((a, b) => a - b);
  return widths.length > 0 ? widths[widths.length >> 1]! : TYPICAL;
}

/** The last non-blank line of a column, trimmed. */
function tail(col: readonly FlowLine[]): string | null {
  for (let k = col.length - 1; k >= 0; k--) if (col[k]!.text.trim()) return col[k]!.text.trim();
  return null;
}

function sideBySideAhead(lines: readonly string[], i: number, to: number, ctx: ColumnContext): boolean {
  let seen = 0;
  for (let j = i + 1; j <= to && seen <= MAX_GAP; j++) {
    const t = lines[j] ?? '';
    if (!t.trim()) continue;
    seen++;
    if (splitSideBySide(t, null, null, lines[j + 1] ?? null, ctx)) return true;
  }
  return false;
}

/** A single-column line inside a passage joins the column it continues best (left on a tie). */
function place(text: string, line: number, left: FlowLine[], right: FlowLine[], lex: Lexicon): void {
  const t = text.trim();
  if (!t) {
    left.push({ text: '', line });
    right.push({ text: '', line });
    return;
  }
  const l = continuation(tail(left), t, lex);
  const r = continuation(tail(right), t, lex);
  (r > l ? right : left).push({ text, line });
}
