// Small text helpers shared by the parsers. Folding itself lives in shared/text/fold.ts.
import { foldForMatch } from '../../shared/text/fold';

export { foldForMatch, foldedAlnum, foldedStart, foldedWords, mayFoldTo } from '../../shared/text/fold';

/** Stable, readable id fragment: "Dispositif des Maraîchers nantais" → "dispositif-des-maraichers-nantais". */
export function slugify(s: string, maxLength = 60): string {
  const slug = foldForMatch(s)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug || 'sans-titre';
  const cut = slug.slice(0, maxLength);
  return cut.slice(0, cut.lastIndexOf('-') > 20 ? cut.lastIndexOf('-') : maxLength);
}

/** Splits text into lines, keeping 1-based numbering cheap for callers. Handles \r\n and lone \r. */
export function splitLines(text: string): string[] {
  // Most documents have no « \r »: a plain split is several times faster than the pattern's.
  return text.includes('\r') ? text.split(/\r\n|\r|\n/) : text.split('\n');
}

/** Joins lines l0..l1 (1-based inclusive) back into the original text. */
export function sliceLines(lines: readonly string[], start: number, end: number): string {
  return lines.slice(start - 1, end).join('\n');
}

/** Collapses runs of spaces and trims each line, keeping paragraph breaks. */
export function tidy(s: string): string {
  // Each pattern matches only what it changes (a lone space stays, a bare newline stays), so
  // a text already tidy goes through without being copied.
  return s
    .replace(/[ \t\u00a0]{2,}|[\t\u00a0]/g, ' ')
    .replace(/[^\S\n]+\n[^\S\n]*|\n[^\S\n]+/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export function unique<T>(xs: readonly T[]): T[] {
  return [...new Set(xs)];
}
