// The table of contents names every territory and action; the cases' own headings name only
// the action (or nothing), so cases are paired with TOC lines by an order-preserving alignment.
import { foldedWords } from '../common/text';
import { cleanInline, isBlank } from './markdown';

export interface TocCase {
  kind: 'case';
  line: number;
  territory: string;
  title: string;
}

export interface TocText {
  kind: 'text';
  line: number;
  /** "Mot de Michel Destot": the TOC wording before the author's titles. */
  title: string;
  author: string;
  role: string | null;
}

export type TocEntry = TocCase | TocText;

const TOC_LINE = /^\s*(.*\S)(?:\t+|\s{2,}|\s*\.{3,}\s*)(\d{1,3})\s*$/;
const TEXT_LINE =
  /^((?:mot|[ée]ditorial|point de vue|analyse|pr[ée]face|avant-propos|introduction|postface)\s+(?:de\s+|d['’]\s*)([^,]+?))\s*(?:,\s*(.*))?$/i;

function parseTocLine(text: string, line: number): TocEntry | null {
  const clean = cleanInline(text);
  const t = TEXT_LINE.exec(clean);
  if (t) {
    return { kind: 'text', line, title: t[1]!.trim(), author: t[2]!.trim(), role: t[3]?.trim() || null };
  }
  const comma = clean.indexOf(', ');
  if (comma <= 0) return null;
  const territory = clean.slice(0, comma).trim();
  const title = clean.slice(comma + 2).trim();
  if (!territory || !title || territory.length > 80) return null;
  return { kind: 'case', line, territory, title };
}

/**
 * The first run of TOC lines ("Territory, Action<TAB>page"), blank lines allowed between them.
 * Only the first run counts, so a doubled document does not double the contents.
 */
export function findToc(lines: readonly string[]): { entries: TocEntry[]; end: number } {
  let run: TocEntry[] = [];
  let end = 0;
  let gap = 0;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    if (isBlank(raw)) {
      if (run.length > 0 && ++gap > 3) {
        if (run.length >= 3) break;
        run = [];
      }
      continue;
    }
    const m = TOC_LINE.exec(raw);
    const entry = m && /[\t]|\.{3,}/.test(raw) ? parseTocLine(m[1]!, i + 1) : null;
    if (entry) {
      run.push(entry);
      end = i + 1;
      gap = 0;
    } else if (run.length > 0) {
      if (run.length >= 3) break;
      run = [];
    }
  }
  return run.length >= 3 ? { entries: run, end } : { entries: [], end: 0 };
}

const STOP = new Set([
  'de',
  'du',
  'des',
  'la',
  'le',
  'les',
  'et',
  'en',
  'pour',
  'sur',
  'a',
  'au',
  'aux',
  'un',
  'une',
]);

function tokens(s: string): Set<string> {
  return new Set(foldedWords(s).filter((w) => w.length >= 2 && !STOP.has(w)));
}

/** Dice coefficient of the significant words. */
export function similarity(a: string, b: string): number {
  return dice(tokens(a), tokens(b));
}

function dice(ta: ReadonlySet<string>, tb: ReadonlySet<string>): number {
  if (ta.size === 0 || tb.size === 0) return 0;
  let common = 0;
  for (const w of ta) if (tb.has(w)) common++;
  return (2 * common) / (ta.size + tb.size);
}

const GENERIC = new Set([
  'metropole',
  'grand',
  'communaute',
  'urbaine',
  'agglomeration',
  'agglo',
  'ville',
  'alsace',
  'loire',
  'cote',
  'azur',
  'alpes',
  'plus',
]);

function distinctive(territory: string): string[] {
  return [...tokens(territory)].filter((w) => w.length >= 3 && !GENERIC.has(w) && !/^\d+$/.test(w));
}

/** Share of the territory's distinctive words that occur in the case's text. */
function mentionOf(keys: readonly string[], caseWords: ReadonlySet<string>): number {
  if (keys.length === 0) return 0;
  return keys.filter((k) => caseWords.has(k)).length / keys.length;
}

/**
 * A reader of the territory words a case mentions: of a case's words, the alignment only asks
 * about the TOC territories' distinctive ones, so only those are looked for, as whole words of
 * the case's folded text.
 */
export function territoryWordFinder(toc: readonly TocCase[]): (folded: string) => Set<string> {
  const keys = [...new Set(toc.flatMap((t) => distinctive(t.territory)))];
  if (keys.length === 0) return () => new Set();
  const pattern = new RegExp(`(?<![a-z0-9])(?:${keys.join('|')})(?![a-z0-9])`, 'g');
  return (folded) => new Set(Array.from(folded.matchAll(pattern), (m) => m[0]));
}

export interface BlockKey {
  heading: string | null;
  words: ReadonlySet<string>;
}

/**
 * Pairs blocks with TOC cases, both in document order, maximising the total score. A block
 * with a heading must resemble its TOC title; a block without one is placed by order and by
 * the territory it mentions. Returns, for each block, the index of its TOC case or -1.
 */
export function align(blocks: readonly BlockKey[], toc: readonly TocCase[]): number[] {
  const n = blocks.length;
  const m = toc.length;
  // Every block meets every TOC case: each side is tokenised once, not once per pair.
  const headings = blocks.map((b) => (b.heading ? tokens(b.heading) : null));
  const titles = toc.map((t) => tokens(t.title));
  const territories = toc.map((t) => distinctive(t.territory));
  const score = (i: number, j: number): number => {
    const heading = headings[i];
    const mention = mentionOf(territories[j]!, blocks[i]!.words);
    if (heading) {
      const sim = dice(heading, titles[j]!);
      return sim < 0.25 ? -Infinity : 0.1 + sim + 0.2 * mention;
    }
    return 0.1 + 0.3 * mention;
  };
  // best[i][j]: best total using blocks[i..] and toc[j..].
  const best: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  const choice: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const pair = score(i, j) + best[i + 1]![j + 1]!;
      const skipBlock = best[i + 1]![j]!;
      const skipToc = best[i]![j + 1]!;
      let v = skipBlock;
      let c = 1;
      if (skipToc > v) {
        v = skipToc;
        c = 2;
      }
      if (pair > v) {
        v = pair;
        c = 0;
      }
      best[i]![j] = v;
      choice[i]![j] = c;
    }
  }
  const out = new Array<number>(n).fill(-1);
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    const c = choice[i]![j]!;
    if (c === 0) {
      out[i] = j;
      i++;
      j++;
    } else if (c === 1) i++;
    else j++;
  }
  return out;
}
