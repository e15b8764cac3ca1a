// The catalogue's search as a hook: results follow the query as it is typed, computed in a
// worker on the prebuilt index, including the user's own notes and tags.
import { useEffect, useMemo, useState } from 'react';
import { useCatalogue } from '../../catalogue/CatalogueContext';
import type { UserDocument } from '../../../../electron/shared/search';
import { APP_LIMIT } from '../../../../electron/shared/search/limits';
import type { TextRange } from '../../../../electron/shared/text-ranges';
import { getApi } from '../../platform/api';
import { useUserSearchDocuments } from '../annotations';
import { sharedSearchClient, type ImportedDocuments } from './search-client';

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
  /** Positive words of the query, folded, for marking matches in the entry view. */
  terms: string[];
}

function loadIndex(): Promise<unknown> {
  // Without the prebuilt index the engine builds its own: slower to start, same results.
  return getApi()
    .loadSearchIndex()
    .then(
      (r) => (r.ok ? r.value : undefined),
      () => undefined,
    );
}

let lanes = 0;

export function useSearch(query: string): SearchState {
  const { searchItems, importedItems, documents, corrected } = useCatalogue();
  // A new array only when some text changed: the user's documents reach the engine only then.
  const stableDocs = useUserSearchDocuments();

  // Built once on the bundled items, with their sections (the same promise before and after
  // they arrive); the user's documents are added to it as they come and go.
  const client = useMemo(() => sharedSearchClient(searchItems, loadIndex), [searchItems]);
  // The documents' own items are read by the worker from IndexedDB; a corrected one is sent.
  const imported = useMemo((): ImportedDocuments => {
    const sources = new Set(documents.map((d) => d.source.file));
    return {
      stamps: documents.map((d) => ({ id: d.id, updatedAt: d.updatedAt })),
      own: (item) => sources.has(item.source) && !corrected?.has(item.id),
    };
  }, [documents, corrected]);
  useEffect(() => client.setAddedItems(importedItems, imported), [client, importedItems, imported]);
  const [lane] = useState(() => ++lanes);
  useEffect(() => client.setUserDocuments(stableDocs), [client, stableDocs]);

  const blank = query.trim() === '';
  const [answer, setAnswer] = useState<{
    query: string;
    docs: readonly UserDocument[];
    hits: SearchHit[];
    terms: string[];
  } | null>(null);
  useEffect(() => {
    if (blank) return;
    let live = true;
    void client.search(query, APP_LIMIT, lane).then((result) => {
      if (live && result) setAnswer({ query, docs: stableDocs, hits: result.hits, terms: result.terms });
    });
    return () => {
      live = false;
    };
  }, [client, query, blank, stableDocs, lane]);

  if (blank) return { hits: null, pending: false, terms: [] };
  // Keep showing the previous results while the new ones are computed: the list does not flash.
  const current = answer !== null && answer.query === query && answer.docs === stableDocs;
  return { hits: answer?.hits ?? [], pending: !current, terms: answer?.terms ?? [] };
}
