// Search first, then facets: the facet counts describe the current search, and the list is
// the search's ranking (or catalogue order when there is no query) narrowed by the facets.
import { useMemo } from 'react';
import { useCatalogue } from '../../catalogue/CatalogueContext';
import { computeFacets, filterItems, type Facet } from '../../core/facets';
import type { CatalogueItem } from '../../../../electron/shared/items';
import type { CatalogueState } from '../../core/url-state';
import { useSearch, type SearchHit } from '../search/useSearch';
import { countPhrase } from '../../core/counts';

export interface Result {
  item: CatalogueItem;
  hit: SearchHit | null;
}

export interface CatalogueResults {
  /** Items the search keeps, before facets (all items when there is no query). */
  searched: Result[];
  results: Result[];
  facets: Facet[];
  pending: boolean;
  terms: string[];
  total: number;
  sourceLabels: Map<string, string>;
}

export function useCatalogueResults(state: CatalogueState): CatalogueResults {
  const { catalogue, items, byId } = useCatalogue();
  const { hits, pending, terms } = useSearch(state.q);
  const sourceOrder = useMemo(() => catalogue.sources.map((s) => s.file), [catalogue]);
  const sourceLabels = useMemo(() => new Map(catalogue.sources.map((s) => [s.file, s.label])), [catalogue]);

  const searched = useMemo((): Result[] => {
    if (hits === null) return items.map((item) => ({ item, hit: null }));
    const out: Result[] = [];
    const seen = new Set<string>();
    for (const hit of hits) {
      const item = byId.get(hit.id);
      if (!item || seen.has(hit.id)) continue;
      seen.add(hit.id);
      out.push({ item, hit });
    }
    return out;
  }, [hits, items, byId]);

  // Moving through the list rewrites the URL, and so the state, for the selected row only: the
  // facets, and what is built from them, stay as they were instead of being recomputed per key.
  const facetsKey = JSON.stringify(state.facets);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed on the selection's content
  const selection = useMemo(() => state.facets, [facetsKey]);
  const searchedItems = useMemo(() => searched.map((r) => r.item), [searched]);
  const facets = useMemo(
    () => computeFacets(searchedItems, selection, sourceOrder),
    [searchedItems, selection, sourceOrder],
  );
  const results = useMemo(() => {
    const keep = new Set(filterItems(searchedItems, selection).map((i) => i.id));
    return searched.filter((r) => keep.has(r.item.id));
  }, [searched, searchedItems, selection]);

  return { searched, results, facets, pending, terms, total: items.length, sourceLabels };
}

/** The catalogue counts fiches as every view does (core/counts.ts). */
export function countLabel(n: number): string {
  return countPhrase(n, 'fiche');
}
