// Search first, then facets: the facet counts describe the current search, and the list is
// the search's ranking (or catalogue order when there is no query) narrowed by the facets.
import { useEffect, useMemo } from 'react';
import { useCatalogue } from '../../catalogue/CatalogueContext';
import { computeFacets, filterItems, LATER_FACETS, type Facet } from '../../core/facets';
import { sortBy } from '../../core/sort';
import type { CatalogueItem } from '../../../../electron/shared/items';
import type { CatalogueState } from '../../core/url-state';
import { useSearch, type SearchHit } from '../search';
import { loadAnnotations, useDeferredLiveQuery } from '../../services/deferred-storage';
import { countPhrase } from '../../core/counts';
import { useAfterFirstPaint } from '../../services/after-paint';

const favouritesQuery = () => loadAnnotations().then((m) => m.readFavourites);

export interface Result {
  item: CatalogueItem;
  hit: SearchHit | null;
}

export interface CatalogueResults {
  /** Items the search (and the favourites filter) keeps, before facets (all items when there is no query). */
  searched: Result[];
  /** How many entries the user marked as favourites (among those of the catalogue). */
  favouriteCount: number;
  results: Result[];
  facets: Facet[];
  pending: boolean;
  terms: string[];
  total: number;
  sourceLabels: Map<string, string>;
}

export function useCatalogueResults(state: CatalogueState): CatalogueResults {
  const { catalogue, items, byId, complete, needBodies } = useCatalogue();
  const { hits, pending, terms } = useSearch(state.q);
  const sourceOrder = useMemo(() => catalogue.sources.map((s) => s.file), [catalogue]);
  const sourceLabels = useMemo(() => new Map(catalogue.sources.map((s) => [s.file, s.label])), [catalogue]);

  const favourites = useDeferredLiveQuery(favouritesQuery);
  const favouriteIds = useMemo(
    () => new Set((favourites ?? []).map((f) => f.targetId).filter((id) => byId.has(id))),
    [favourites, byId],
  );
  const onlyFavourites = state.favourites;

  // The favourites filter narrows like the search, before facets: the facet counts then describe
  // the favourites.
  const searched = useMemo((): Result[] => {
    const keep = (id: string) => !onlyFavourites || favouriteIds.has(id);
    if (hits === null) return items.filter((item) => keep(item.id)).map((item) => ({ item, hit: null }));
    const out: Result[] = [];
    const seen = new Set<string>();
    for (const hit of hits) {
      const item = byId.get(hit.id);
      if (!item || seen.has(hit.id) || !keep(hit.id)) continue;
      seen.add(hit.id);
      out.push({ item, hit });
    }
    return out;
  }, [hits, items, byId, onlyFavourites, favouriteIds]);

  // Moving through the list rewrites the URL, and so the state, for the selected row only: the
  // facets, and what is built from them, stay as they were instead of being recomputed per key.
  const facetsKey = JSON.stringify(state.facets);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed on the selection's content
  const selection = useMemo(() => state.facets, [facetsKey]);
  const searchedItems = useMemo(() => searched.map((r) => r.item), [searched]);
  // The first list and the facets above the fold paint first; those below are counted right
  // after (at once when one of their values is selected). « Complétude » reads the entries'
  // sections: it waits for the catalogue's bodies, and so does a list it filters.
  const painted = useAfterFirstPaint();
  const waiting = !complete && selection.completeness.length > 0;
  useEffect(() => {
    if (waiting) needBodies();
  }, [waiting, needBodies]);
  const facets = useMemo(() => {
    if (waiting) return [];
    const later = painted ? [] : LATER_FACETS;
    return computeFacets(
      searchedItems,
      selection,
      sourceOrder,
      complete ? later : [...later, 'completeness'],
    );
  }, [searchedItems, selection, sourceOrder, painted, complete, waiting]);
  const results = useMemo(() => {
    if (waiting) return [];
    const keep = new Set(filterItems(searchedItems, selection).map((i) => i.id));
    const kept = searched.filter((r) => keep.has(r.item.id));
    return sortBy(kept, state.sort, (r) => r.item, sourceOrder);
  }, [searched, searchedItems, selection, state.sort, sourceOrder, waiting]);

  return {
    searched,
    results,
    facets,
    pending: pending || waiting || (onlyFavourites && favourites === undefined),
    terms,
    total: items.length,
    sourceLabels,
    favouriteCount: favouriteIds.size,
  };
}

/** The catalogue counts fiches as every view does (core/counts.ts). */
export function countLabel(n: number): string {
  return countPhrase(n, 'fiche');
}
