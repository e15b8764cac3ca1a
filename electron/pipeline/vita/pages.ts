// The printed pages an entry stands on, from the document's own page marks and nothing else.
//
// The recueil prints « Sommaire | 10 » at the foot of an even page and « 11 | Sommaire » at the
// foot of an odd one; the OCR kept 13 of them. Reading the pages around them (their text's
// density, where each experience's title falls) shows the OCR puts a footer after its page's
// text, or between the page's two columns, never before it. The lines indented by one space
// that begin most pages also begin many columns, and some pages have none: counting them drifts
// by several pages between marks, so they are not used. What a mark proves:
//   - the mark's page holds the mark's line;
//   - a block (experience, chapter page, conclusion) whose last text is a footer ends on that
//     page, and the block right after it starts on the next one (each starts a new page).
// Elsewhere the page is unknown, and none is given rather than a guess.
import type { EntryPages } from '../../shared/schema';

export interface PageMark {
  /** 0-based line index of the footer. */
  line: number;
  page: number;
}

// « Sommaire | 10 », « Sommaire = 12 », « Sommaire [ 112 » (even) and « 11\ sommaire »,
// « 13 | Sommaire », « 61  Sommaire » (odd): the OCR reads the separator bar in many ways.
const EVEN_FOOTER = /^\s*sommaire\s*[|\\[\]=/]?\s*(\d{1,3})\s*$/i;
const ODD_FOOTER = /^\s*(\d{1,3})\s*[|\\[\]=/]?\s*sommaire\s*$/i;

/**
 * The footers the document prints, in order. A number on the wrong side for its parity, or out
 * of order with its neighbours, is a misread digit: dropped.
 */
export function pageMarks(lines: readonly string[]): PageMark[] {
  const found: PageMark[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    // Cheap gate: a footer is short and names the summary.
    if (line.length > 24 || !/sommaire/i.test(line)) continue;
    const even = EVEN_FOOTER.exec(line);
    const odd = even ? null : ODD_FOOTER.exec(line);
    const page = Number((even ?? odd)?.[1] ?? NaN);
    if (!Number.isInteger(page) || page === 0) continue;
    if ((page % 2 === 0) !== Boolean(even)) continue;
    found.push({ line: i, page });
  }
  // Keep the longest run increasing with the lines (one misread number cannot break the rest).
  const best: number[] = [];
  const previous: number[] = [];
  const tails: number[] = [];
  for (let k = 0; k < found.length; k++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (found[tails[mid]!]!.page < found[k]!.page) lo = mid + 1;
      else hi = mid;
    }
    previous[k] = lo > 0 ? tails[lo - 1]! : -1;
    tails[lo] = k;
  }
  for (let k = tails.length ? tails[tails.length - 1]! : -1; k >= 0; k = previous[k]!) best.push(k);
  return best.reverse().map((k) => found[k]!);
}

function lastTextLine(lines: readonly string[], from: number, to: number): number {
  for (let i = to; i >= from; i--) if (lines[i]?.trim()) return i;
  return -1;
}

/**
 * The printed pages of the block of lines [start, end] (0-based, inclusive), given the marks in
 * line order. Undefined when the document says nothing about them.
 */
export function blockPages(
  lines: readonly string[],
  marks: readonly PageMark[],
  start: number,
  end: number,
): EntryPages | undefined {
  const byLine = new Map(marks.map((m) => [m.line, m.page]));
  const before = start > 0 ? byLine.get(lastTextLine(lines, 0, start - 1)) : undefined;
  const closing = byLine.get(lastTextLine(lines, start, end));
  const inside = marks.filter((m) => m.line >= start && m.line <= end).map((m) => m.page);
  const first = before !== undefined ? before + 1 : null;
  const last = closing ?? null;
  if (first === null && last === null && inside.length === 0) return undefined;
  // A first page past a footer inside the block would contradict the marks: say nothing.
  if (first !== null && inside.some((p) => p < first)) return { first: null, last, marked: inside };
  return { first, last, marked: inside };
}
