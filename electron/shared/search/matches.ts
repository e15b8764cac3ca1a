// Where the searched words sit in a text: for <mark> in result snippets and in the entry view.
import { mergeRanges, type TextRange } from '../text-ranges';
import { tokenize, words } from './fold';

/**
 * Ranges of the words of `text` that match `terms` (folded or not: they are folded here).
 * A word matches a term when it is that term or starts with it, ignoring accents, case,
 * ligatures and elisions ("l'Économie" matches "economie").
 */
export function findMatches(text: string, terms: readonly string[]): TextRange[] {
  const wanted = [...new Set(terms.flatMap((t) => words(t)))];
  if (!wanted.length || !text) return [];
  const exact = new Set(wanted);
  // One-letter prefixes would light up half the text.
  const prefixes = wanted.filter((t) => t.length >= 2);
  const ranges: TextRange[] = [];
  for (const token of tokenize(text)) {
    if (exact.has(token.t) || prefixes.some((p) => token.t.startsWith(p))) {
      ranges.push({ start: token.start, end: token.end });
    }
  }
  return mergeRanges(ranges);
}

export interface Snippet {
  text: string;
  ranges: TextRange[];
}

/** A window of at most `max` characters around the first match, cut at word boundaries. */
export function makeSnippet(text: string, ranges: readonly TextRange[], max = 220): Snippet {
  if (text.length <= max) return { text, ranges: [...ranges] };
  const first = ranges[0]?.start ?? 0;
  let start = Math.max(0, first - Math.floor(max / 3));
  if (start > 0) {
    const space = text.indexOf(' ', start);
    start = space >= 0 && space < first ? space + 1 : start;
  }
  let end = Math.min(text.length, start + max);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > start + max / 2) end = space;
  }
  const prefix = start > 0 ? '… ' : '';
  const suffix = end < text.length ? ' …' : '';
  const shift = prefix.length - start;
  const inside = ranges
    .filter((r) => r.start >= start && r.end <= end)
    .map((r) => ({ start: r.start + shift, end: r.end + shift }));
  return { text: prefix + text.slice(start, end) + suffix, ranges: inside };
}
