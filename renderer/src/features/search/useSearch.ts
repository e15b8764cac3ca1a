// Placeholder (owned by the search helper, being replaced by the fuse.js engine in a worker).
import { useMemo } from 'react';
import { useCatalogue } from '../../catalogue/CatalogueContext';
import type { TextRange } from '../../core/text-ranges';

export interface SearchHit {
  id: string;
  /** 0 = perfect match, 1 = no match (fuse.js convention). */
  score: number;
  /** A short passage around the best match, with the ranges to draw as <mark>. */
  snippet: { text: string; ranges: TextRange[] } | null;
}

export interface SearchState {
  /** null when the query is blank: the caller shows the whole catalogue. */
  hits: SearchHit[] | null;
  pending: boolean;
  /** Positive words of the query, folded, for highlighting in the entry view. */
  terms: string[];
}

export function useSearch(query: string): SearchState {
  const { items } = useCatalogue();
  return useMemo(() => {
    const q = query.trim().toLowerCase();
    if (!q) return { hits: null, pending: false, terms: [] };
    const hits = items
      .filter((i) => i.title.toLowerCase().includes(q))
      .map((i) => ({ id: i.id, score: 0.5, snippet: null }));
    return { hits, pending: false, terms: [q] };
  }, [items, query]);
}
