// Where the searched words sit in a text: for <mark> in result snippets and in the entry view.
import { mergeRanges, type TextRange } from '../text-ranges';
import { tokenize, words } from './fold';

/**
 * Ranges of the words of `text` that are one of `terms` (folded or not: they are folded here),
 * ignoring accents, case, ligatures and elisions ("l'Économie" matches "economie"). Whole words
 * only: the engine gives the very vocabulary words that made each match, so a prefix here would
 * mark words that did not ("ess" lighting up "essentielle").
 */
export function findMatches(text: string, terms: readonly string[]): TextRange[] {
  const wanted = new Set(terms.flatMap((t) => words(t)));
  if (!wanted.size || !text) return [];
  const ranges: TextRange[] = [];
  for (const token of tokenize(text)) {
    if (wanted.has(token.t)) ranges.push({ start: token.start, end: token.end });
  }
  return mergeRanges(ranges);
}

export interface Snippet {
  text: string;
  ranges: TextRange[];
}

/** A window of at most `max` characters around the first match, cut at word boundaries. */
export function makeSnippet(text: string, ranges: readonly TextRange[], max = 220): Snippet {
  return withoutMarkers(cut(text, ranges, max));
}

/**
 * A snippet reads as text: the section structure the schema documents ("### " or "#### " before
 * a sub-heading, "- " before a list item) is shown as the entry view shows it — the heading marker
 * dropped, list items bulleted — with the match ranges moved along.
 */
function withoutMarkers(snippet: Snippet): Snippet {
  if (!snippet.text.includes('### ') && !snippet.text.includes('- ')) return snippet;
  let text = '';
  let ranges = snippet.ranges.map((r) => ({ ...r }));
  let at = 0;
  for (const m of snippet.text.matchAll(/(^|\n)( {2})?(#{3,4} |- )/g)) {
    const marker = (m.index ?? 0) + m[1]!.length + (m[2]?.length ?? 0);
    text += snippet.text.slice(at, marker);
    at = marker + m[3]!.length;
    if (m[3] === '- ') {
      text += '• ';
      continue;
    }
    const removedAt = text.length;
    const removed = m[3]!.length;
    ranges = ranges.map((r) => ({
      start: r.start > removedAt ? r.start - removed : r.start,
      end: r.end > removedAt ? r.end - removed : r.end,
    }));
  }
  return { text: text + snippet.text.slice(at), ranges };
}

function cut(text: string, ranges: readonly TextRange[], max: number): Snippet {
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
