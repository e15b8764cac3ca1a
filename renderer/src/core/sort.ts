// Orders of the catalogue's list. Relevance is the order the list already has (the search's
// ranking, or catalogue order without a query); the others are stable, so items that tie keep
// that order, and items without the value (no year, no territory) go last.
import type { CatalogueItem } from '../../../electron/shared/items';

export const SORT_KEYS = ['relevance', 'year', 'territory', 'source'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export const SORT_LABELS: Record<SortKey, string> = {
  relevance: 'Pertinence',
  year: 'Année (la plus récente d’abord)',
  territory: 'Territoire (A → Z)',
  source: 'Source',
};

// Made at the first sort that needs it: a page's first Intl.Collator costs about 10 ms, and the
// catalogue opens in relevance order.
let collator: Intl.Collator | null = null;
const compareText = (a: string, b: string) =>
  (collator ??= new Intl.Collator('fr', {
    sensitivity: 'base',
    numeric: true,
    ignorePunctuation: true,
  })).compare(a, b);

/**
 * `list` in the order `key` asks for, as a new array. `sourceOrder` lists source files in the
 * catalogue's order (the order of the « Source » facet).
 */
export function sortBy<T>(
  list: readonly T[],
  key: SortKey,
  itemOf: (t: T) => CatalogueItem,
  sourceOrder: readonly string[] = [],
): T[] {
  if (key === 'relevance') return [...list];
  const rank = (file: string) => {
    const i = sourceOrder.indexOf(file);
    return i === -1 ? sourceOrder.length : i;
  };
  const compare = (a: CatalogueItem, b: CatalogueItem): number => {
    if (key === 'year') {
      if (a.year === b.year) return 0;
      if (a.year === null) return 1;
      if (b.year === null) return -1;
      return b.year - a.year;
    }
    if (key === 'territory') {
      const ta = a.territory?.trim() || null;
      const tb = b.territory?.trim() || null;
      if (ta === tb) return 0;
      if (ta === null) return 1;
      if (tb === null) return -1;
      return compareText(ta, tb);
    }
    return rank(a.source) - rank(b.source) || compareText(a.sourceLabel, b.sourceLabel);
  };
  // Array.prototype.sort is stable: ties keep the relevance order.
  return [...list].sort((a, b) => compare(itemOf(a), itemOf(b)));
}
