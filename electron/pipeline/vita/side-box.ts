// The box of a chapter's opening or closing page. Beside the text's first column, such a page
// prints a narrow box: the chapter title in large letters, then « Groupe de travail VITA
// accompagné par » and the people who led the group. The OCR read the box and the column side
// by side, so the introduction's first lines carry the box's words at their start (left box,
// opening pages) or at their end (right box, closing pages):
//   « Groupe de travail VITA accompagné sertion par UActivité Economique (SIAE) ont »
//   « par Nicolas PHILIPPE (Extra Muros) montré leur capacité a proposer une activité »
// This module takes the box out of those lines so the text reads in order. The evidence is the
// kind the two-column reconstruction uses: the title's own words in the order the chapter
// title gives them (misread letters allowed), the credit's known opening, the column each
// half continues (« donneurs d’or- » + « dres »), the columns' widths, and the box's own look
// (names and capitals: « Patrick LOQUET », « Membre du CNIAE »).
import { foldForMatch } from '../common/text';
import type { Lexicon } from '../common/lexicon';
import { continuation, lastWord, type ColumnContext, type FlowLine } from './columns';

// Unicode-property patterns of the hot paths, built once: esbuild (as tsx runs the CLI and the
// benches, and as `esbuild --target=node20` emits it) turns a literal with a `\p{…}` outside a
// character class into `new RegExp(…)` at every evaluation, ten times the cost of a test.
const EARLY_CAPITAL = /^\P{Lu}{0,2}\p{Lu}/u;
const CAPITAL_THEN_SMALL = /^\p{Lu}\p{Ll}/u;
const ENDS_ON_NAME = /[\p{Lu})\]]$|\b\p{Lu}\p{L}*$/u;
const ENDS_ON_CAPITALISED = /\b\p{Lu}\p{L}*$/u;
const ENDS_LOWER = /\p{Ll}$/u;
const LOWER_START = /^\p{Ll}/u;
const CUT_AT_END = /\p{L}-$/u;

/** The credit that opens the box's second part: the landmark of every chapter page. */
const CREDIT = /Groupe\s+de\s+travail\s+VITA\s+accompagn\p{L}*(?:\s+par\b)?/iu;
/** Lines of the page's head the title may spread over. */
const TITLE_WINDOW = 14;
/** Box lines may alternate with column lines; two column lines in a row end the box. */
const MAX_MAIN_RUN = 2;
/** Lines after the credit the box may still reach. */
const CREDIT_WINDOW = 12;
const UPPER_HEADING = /^[\p{Lu}'’\s]+$/u;

export interface SideBox {
  /** The page's lines in reading order, the box's words taken out. */
  flow: FlowLine[];
  /** The box's credit (« Groupe de travail VITA accompagné par … »), in reading order. */
  credit: FlowLine[];
  /** Where the box stood. */
  side: 'left' | 'right';
}

interface Token {
  text: string;
  start: number;
  end: number;
  /** Left by the title's large letters (`isJunk`): worth nothing to either side. */
  junk: boolean;
  /** Its look to `boxLook`, once asked. */
  look?: TokenLook;
}

/** The space-separated tokens of a line, each read once for what every score asks of it. */
function tokensOf(line: string, ctx: ColumnContext): Token[] {
  return [...line.matchAll(/\S+/g)].map((m) => ({
    text: m[0],
    start: m.index,
    end: m.index + m[0].length,
    junk: isJunk(m[0], ctx),
  }));
}

const lettersOf = (s: string): string => foldForMatch(s).replace(/[^a-z]/g, '');

/**
 * A token the large title letters left behind: no letter and at most three characters
 * (« . », « 0’ », « 5 »), one letter that is no word (« r », « O »), or two that are none
 * (« oy »).
 */
function isJunk(token: string, ctx: ColumnContext): boolean {
  let memo = JUNK.get(ctx.lex);
  if (!memo) JUNK.set(ctx.lex, (memo = new Map()));
  let junk = memo.get(token);
  if (junk === undefined) {
    junk = junkWith(token, ctx.lex);
    if (memo.size >= 10_000) memo.clear();
    memo.set(token, junk);
  }
  return junk;
}

/** What `isJunk` answered for each token, per word list: pages read their lines several times. */
const JUNK = new WeakMap<Lexicon, Map<string, boolean>>();

function junkWith(token: string, lex: Lexicon): boolean {
  const letters = token.replace(/[^\p{L}]/gu, '');
  if (!letters) return token.length <= 3;
  if (letters.length !== token.length && letters.length > 2) return false;
  const lower = letters.toLowerCase();
  if (letters.length === 1) return !['a', 'à', 'y'].includes(lower);
  return letters.length === 2 && !lex.has(lower);
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}

/**
 * A token's folded letters `t` read as a title word, misread letters allowed (« teﬂ'ltorlal »
 * for « territorial »).
 */
function matchesTitleWord(t: string, word: string): boolean {
  if (!t) return false;
  if (word.length <= 3 || t.length <= 2) return t === word;
  if (t.length >= 3 && word.startsWith(t)) return true;
  const allowed = Math.floor(word.length * 0.4);
  // The distance is at least the difference in length.
  return Math.abs(t.length - word.length) <= allowed && editDistance(t, word) <= allowed;
}

/**
 * How many tokens at the box side of a line are the title's words, read on from `cursor`
 * (words the OCR lost may be skipped, never reordered), and the title position after them.
 */
function titleRun(
  tokens: readonly Token[],
  side: 'left' | 'right',
  words: readonly string[],
  cursor: number,
): { count: number; cursor: number } {
  const n = tokens.length;
  // Whether token i reads as title word j, worked out once: 0 not yet, 1 no, 2 yes.
  const letters: (string | undefined)[] = [];
  const known = new Uint8Array(n * words.length);
  const matches = (i: number, j: number): boolean => {
    const at = i * words.length + j;
    if (known[at] === 0) {
      letters[i] ??= lettersOf(tokens[i]!.text);
      known[at] = matchesTitleWord(letters[i], words[j]!) ? 2 : 1;
    }
    return known[at] === 2;
  };
  // The run's tokens, read forward, must be junk or the next title words.
  const fits = (from: number, to: number): number | null => {
    const real: number[] = [];
    for (let i = from; i < to; i++) if (!tokens[i]!.junk) real.push(i);
    if (real.length === 0) return cursor;
    for (let j = cursor; j + real.length <= words.length; j++) {
      if (real.every((i, k) => matches(i, j + k))) return j + real.length;
    }
    return null;
  };
  if (side === 'left') {
    for (let to = n; to > 0; to--) {
      const c = fits(0, to);
      if (c !== null) return { count: to, cursor: c };
    }
  } else {
    for (let from = 0; from < n; from++) {
      const c = fits(from, n);
      if (c !== null) return { count: n - from, cursor: c };
    }
  }
  return { count: 0, cursor };
}

interface TitleCut {
  /** Per line index: the part of the line left to the text column. */
  rest: Map<number, string>;
  /** Lines where the title took part of the line, the column keeping the rest: the side's evidence. */
  partial: number;
}

function cutTitle(
  lines: readonly string[],
  from: number,
  to: number,
  title: string,
  side: 'left' | 'right',
  ctx: ColumnContext,
): TitleCut {
  const words = foldForMatch(title)
    .split(/[\s/,]+/)
    .map(lettersOf)
    .filter(Boolean);
  const rest = new Map<number, string>();
  let cursor = 0;
  let partial = 0;
  for (let i = from; i <= to && cursor < words.length; i++) {
    const line = lines[i] ?? '';
    const tokens = tokensOf(line, ctx);
    if (tokens.length === 0) continue;
    const run = titleRun(tokens, side, words, cursor);
    if (run.count === 0) continue;
    cursor = run.cursor;
    const kept =
      side === 'left'
        ? line.slice(tokens[run.count]?.start ?? line.length)
        : line.slice(0, tokens[tokens.length - run.count]!.start);
    if (kept.trim()) partial++;
    rest.set(i, kept.trim());
  }
  return { rest, partial };
}

/** Words that say nothing of a side: they link a credit's names as they link a sentence's. */
const LINKS = new Set('de du des la le les l d et par pour avec a à en au aux sur dans'.split(' '));

/**
 * How much a text looks like the box rather than the column: each word with a capital
 * (« LOQUET », « lAgence », « alUniversité ») counts for, each lower-case word against, words
 * in capitals twice; linking words and the title's leftover marks count for nothing. In the
 * column's half (`column`), a capital that opens it or follows a sentence's end says nothing:
 * sentences start so.
 */
function boxLook(tokens: readonly Token[], from: number, to: number, column = false): number {
  let score = 0;
  let opening = column;
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (t.junk) continue;
    // What the token says alone, read once however many halves it falls in.
    const look = (t.look ??= lookOf(t.text));
    const sentenceStart = opening;
    opening = look.endsSentence;
    if (look.value === null) {
      score -= 0.6;
      continue;
    }
    if (look.link) continue;
    if (sentenceStart && look.capitalised) continue;
    score += look.value;
  }
  return score;
}

interface TokenLook {
  /** Ends on « . », « ! » or « ? ». */
  endsSentence: boolean;
  /** A linking word (`LINKS`). */
  link: boolean;
  /** A capital then a small letter: how a sentence starts. */
  capitalised: boolean;
  /** What its capitals are worth to the box; null for a token without letters. */
  value: number | null;
}

function lookOf(text: string): TokenLook {
  const letters = text.replace(/[^\p{L}]/gu, '');
  const endsSentence = /[.!?]$/.test(text);
  if (!letters) return { endsSentence, link: false, capitalised: false, value: null };
  let cap = 0;
  if (EARLY_CAPITAL.test(letters)) cap++;
  if (letters.length >= 2 && letters === letters.toUpperCase()) cap++;
  return {
    endsSentence,
    link: LINKS.has(letters.toLowerCase()),
    capitalised: CAPITAL_THEN_SMALL.test(letters),
    value: cap - 0.6,
  };
}

/** Tokens from..to without the title's leftover marks at their edges (« 5 8 : Guy MICHEL »). */
function trimmed(tokens: readonly Token[], from: number, to: number): [number, number] {
  let a = from;
  let b = to;
  while (a < b && tokens[a]!.junk) a++;
  while (b > a && tokens[b - 1]!.junk) b--;
  return [a, b];
}

/** A box half with the title's leftover marks dropped from its edges. */
function trimJunk(text: string, ctx: ColumnContext): string {
  const tokens = tokensOf(text, ctx);
  const [a, b] = trimmed(tokens, 0, tokens.length);
  return a < b ? text.slice(tokens[a]!.start, tokens[b - 1]!.end) : '';
}

interface Cut {
  box: string;
  main: string;
}

/** Words a credit line goes on with after a name (« et Anne Claire PIGNAL », « avec l’appui »). */
const CREDIT_LINK = /^(?:et|avec|par)\s/;

/**
 * Where a line read across the box and the text column divides, or the whole line on one
 * side. `mainTail` is the column's previous line, `boxTail` the box's; widths are the
 * columns' so far. A box whose last line ended on a name (« PIGNAL (COORACE) ») goes on only
 * with a linking word or a lower-case one (« avec l’appui de », « consultante »).
 */
function cutCreditLine(
  line: string,
  side: 'left' | 'right',
  mainTail: string | null,
  boxTail: string,
  boxWidth: number,
  mainWidth: number,
  below: readonly string[],
  ctx: ColumnContext,
): Cut {
  const t = line.trim();
  const tokens = tokensOf(t, ctx);
  const tailWord = mainTail ? lastWord(mainTail) : '';
  // The column's half: tokens from..to, `main` their text.
  const mainScore = (main: string, from: number, to: number): number => {
    let s = continuation(mainTail, main, ctx.lex) - boxLook(tokens, from, to, true);
    if (mainTail && /^[\p{L}\d]/u.test(main)) {
      const first = /^[\p{L}\d]+/u.exec(main)![0].toLowerCase();
      s += Math.log1p(ctx.pairs.get(`${tailWord} ${first}`) ?? 0) * 0.3;
    }
    return s;
  };
  const closed = /[\p{Lu})\]]$/u.test(boxTail) || ENDS_ON_CAPITALISED.test(boxTail);
  // A box line that ends on a comma, a linking word or a lower-case word is not the box's last.
  const open = closed ? 0 : boxTail.endsWith(',') ? 2 : ENDS_LOWER.test(boxTail) ? 1 : 0;
  // The box's half: tokens from..to.
  const boxScore = (from: number, to: number): number | null => {
    const [a, z] = trimmed(tokens, from, to);
    if (a >= z) return null;
    const b = t.slice(tokens[a]!.start, tokens[z - 1]!.end);
    // Names and titles: no sentence ends in the box.
    if (b.length > boxWidth + 14 || /[.!?;:]/.test(b)) return null;
    if (closed && !CREDIT_LINK.test(b) && !LOWER_START.test(b)) return null;
    const look = boxLook(tokens, a, z);
    return look > 0 ? look + open : null;
  };
  // The whole line in the column, or in the box (a box line is no hyphen's second half).
  let best: Cut = { box: '', main: t };
  let bestScore = mainScore(t, 0, tokens.length);
  const wholeBox = continuation(mainTail, t, ctx.lex) >= 3 ? null : boxScore(0, tokens.length);
  if (wholeBox !== null && wholeBox > bestScore) {
    best = { box: t, main: '' };
    bestScore = wholeBox;
  }
  const left = side === 'left';
  for (let k = 1; k < tokens.length; k++) {
    // A box half wider than the box is no candidate: settled before any text is cut.
    const [a, z] = left ? trimmed(tokens, 0, k) : trimmed(tokens, k, tokens.length);
    if (a >= z || tokens[z - 1]!.end - tokens[a]!.start > boxWidth + 14) continue;
    const head = t.slice(0, tokens[k - 1]!.end);
    const rest = t.slice(tokens[k]!.start);
    const [box, main] = left ? [head, rest] : [rest, head];
    const b = left ? boxScore(0, k) : boxScore(k, tokens.length);
    // The column's half starts as a column line does: not on the title's leftover marks.
    if (b === null || tokens[left ? k : 0]!.junk) continue;
    let score = b + (left ? mainScore(main, k, tokens.length) : mainScore(main, 0, k));
    // The column's half is as wide as the column's lines, unless it ends a sentence.
    score -= Math.max(0, main.length - mainWidth - 2) / 3;
    if (!/[.:;!?)]$/.test(main)) score -= Math.max(0, mainWidth - 10 - main.length) / 4;
    // The column's half goes on at the start of the column's next line (« avec » + « une »).
    for (const head2 of below) score += Math.log1p(ctx.pairs.get(`${lastWord(main)} ${head2}`) ?? 0) * 0.3;
    // A column line ends on a cut word (« parte- »): the boundary follows it.
    if (CUT_AT_END.test(head)) score += 1;
    const across = ctx.pairs.get(`${lastWord(head)} ${(/^[\p{L}\d]+/u.exec(rest)?.[0] ?? '').toLowerCase()}`);
    score -= Math.log1p(across ?? 0) * 0.3;
    if (score > bestScore) [best, bestScore] = [{ box, main }, score];
  }
  return best;
}

/** The first words of the next two lines with text, the title's leftover marks skipped. */
function firstWordsBelow(lines: readonly string[], i: number, to: number, ctx: ColumnContext): string[] {
  const out: string[] = [];
  for (let j = i + 1; j <= to && out.length < 2; j++) {
    const first = tokensOf(lines[j] ?? '', ctx).find((t) => !t.junk);
    const word = first ? /^[\p{L}\d]+/u.exec(first.text)?.[0] : undefined;
    if (word) out.push(word.toLowerCase());
  }
  return out;
}

/**
 * A heading the box sat beside (« ORIGINE », « CONDITIONS / DE FONCTIONNEMENT ») stands as its
 * own paragraph: a blank line after its last line, which the page's spacing gave.
 */
function headingsApart(flow: readonly FlowLine[]): FlowLine[] {
  const out: FlowLine[] = [];
  const heading = (f: FlowLine | undefined): boolean =>
    f !== undefined && f.text.trim().length >= 4 && UPPER_HEADING.test(f.text.trim());
  for (const [k, f] of flow.entries()) {
    out.push(f);
    const next = flow[k + 1];
    if (heading(f) && next?.text.trim() && !heading(next)) out.push({ text: '', line: f.line });
  }
  return out;
}

/**
 * The side box of a chapter page whose credit stands on line `anchor`, taken out of the lines
 * from..to; null when the anchor line holds no credit.
 */
export function separateSideBox(
  lines: readonly string[],
  from: number,
  to: number,
  anchor: number,
  title: string,
  ctx: ColumnContext,
): SideBox | null {
  const anchorLine = lines[anchor] ?? '';
  const m = CREDIT.exec(anchorLine);
  if (!m || anchor < from || anchor > to) return null;
  const before = anchorLine.slice(0, m.index);
  const after = anchorLine.slice(m.index + m[0].length);
  const real = (s: string): boolean => trimJunk(s.trim(), ctx) !== '';
  const titleTo = Math.min(anchor - 1, from + TITLE_WINDOW);
  let side: 'left' | 'right';
  let cut: TitleCut;
  if (real(before) || real(after)) {
    side = real(before) ? 'right' : 'left';
    cut = cutTitle(lines, from, titleTo, title, side, ctx);
  } else {
    // The credit fills its line: the title's cut lines tell the side.
    const left = cutTitle(lines, from, titleTo, title, 'left', ctx);
    const right = cutTitle(lines, from, titleTo, title, 'right', ctx);
    side = right.partial > left.partial ? 'right' : 'left';
    cut = side === 'left' ? left : right;
  }

  const flow: FlowLine[] = [];
  const credit: FlowLine[] = [];
  let mainTail: string | null = null;
  const widths: number[] = [];
  const noteMain = (text: string): void => {
    const t = text.trim();
    if (!t) return;
    mainTail = t;
    if (t.length >= 30) widths.push(t.length);
  };
  for (let i = from; i < anchor; i++) {
    const text = cut.rest.has(i) ? cut.rest.get(i)! : (lines[i] ?? '');
    if (cut.rest.has(i) && !text) continue;
    flow.push({ text, line: i });
    noteMain(text);
  }
  const creditText = (side === 'left' ? before + m[0] : m[0] + after).trim();
  credit.push({ text: trimJunk(creditText, ctx), line: anchor });
  const anchorMain = side === 'left' ? after : before;
  if (real(anchorMain)) {
    flow.push({ text: anchorMain.trim(), line: anchor });
    noteMain(anchorMain);
  }
  const boxWidth = Math.max(30, trimJunk(creditText, ctx).length);
  let mainRun = 0;
  let seen = 0;
  let i = anchor + 1;
  for (; i <= to && mainRun < MAX_MAIN_RUN && seen < CREDIT_WINDOW; i++) {
    const line = lines[i] ?? '';
    if (!line.trim()) {
      flow.push({ text: '', line: i });
      continue;
    }
    seen++;
    const sorted = [...widths].sort((a, b) => a - b);
    const mainWidth = sorted.length ? sorted[sorted.length >> 1]! : 41;
    const boxTail = credit[credit.length - 1]!.text;
    const c = cutCreditLine(
      line,
      side,
      mainTail,
      boxTail,
      boxWidth,
      mainWidth,
      firstWordsBelow(lines, i, to, ctx),
      ctx,
    );
    if (c.box) {
      credit.push({ text: trimJunk(c.box, ctx), line: i });
      mainRun = 0;
    } else mainRun++;
    // A box that ended on a name and a line without it: the box is over.
    if (!c.box && ENDS_ON_NAME.test(boxTail)) mainRun = MAX_MAIN_RUN;
    if (c.main) {
      flow.push({ text: c.main, line: i });
      noteMain(c.main);
    }
  }
  return {
    flow: [...headingsApart(flow), ...lines.slice(i, to + 1).map((text, k) => ({ text, line: i + k }))],
    credit,
    side,
  };
}
