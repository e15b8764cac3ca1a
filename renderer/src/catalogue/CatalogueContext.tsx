// Loads the catalogue once through the platform API and shares it with every view, joined by
// the entries of the user's own documents (IndexedDB), which follow every change to them.
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Catalogue } from '../../../electron/shared/schema';
import type { AppError } from '../../../electron/shared/result';
import { getApi } from '../platform/api';
import { toItems, type CatalogueItem } from '../../../electron/shared/items';
import type { DocumentRow } from '../db/documents';
import { afterFirstPaint } from '../services/after-paint';

export interface LoadedCatalogue {
  /** Bundled and imported entries together, as every view sees them. */
  catalogue: Catalogue;
  items: CatalogueItem[];
  byId: Map<string, CatalogueItem>;
  /** The bundled catalogue's items alone: the search index is built on them once. */
  bundledItems: CatalogueItem[];
  /** Items of the user's documents; an unchanged document keeps the same objects. */
  importedItems: CatalogueItem[];
  /** The user's documents, oldest first. */
  documents: DocumentRow[];
  /** False until the user's documents have been read (they are read after the first paint). */
  documentsRead: boolean;
}

type State =
  { status: 'loading' } | { status: 'error'; error: AppError } | { status: 'ready'; data: LoadedCatalogue };

const Ctx = createContext<LoadedCatalogue | null>(null);

export function index(catalogue: Catalogue): LoadedCatalogue {
  const items = toItems(catalogue);
  return {
    catalogue,
    items,
    byId: new Map(items.map((i) => [i.id, i])),
    bundledItems: items,
    importedItems: [],
    documents: [],
    documentsRead: false,
  };
}

type ItemCache = Map<string, { row: DocumentRow; items: CatalogueItem[] }>;

/** The bundled catalogue joined by the user's documents. `cache` keeps unchanged documents' items. */
export function withDocuments(
  bundled: LoadedCatalogue,
  documents: readonly DocumentRow[],
  cache: ItemCache = new Map(),
): LoadedCatalogue {
  if (documents.length === 0) return bundled;
  const importedItems = documents.flatMap((row) => {
    const cached = cache.get(row.id);
    if (cached?.row.updatedAt === row.updatedAt && cached.row.title === row.title) return cached.items;
    const items = toItems({ ...bundled.catalogue, sources: [row.source], entries: row.entries, events: [] });
    cache.set(row.id, { row, items });
    return items;
  });
  for (const id of cache.keys()) if (!documents.some((d) => d.id === id)) cache.delete(id);
  const catalogue: Catalogue = {
    ...bundled.catalogue,
    sources: [...bundled.catalogue.sources, ...documents.map((d) => d.source)],
    entries: [...bundled.catalogue.entries, ...documents.flatMap((d) => d.entries)],
  };
  const items = [...bundled.bundledItems, ...importedItems];
  return {
    catalogue,
    items,
    byId: new Map(items.map((i) => [i.id, i])),
    bundledItems: bundled.bundledItems,
    importedItems,
    documents: [...documents],
    documentsRead: bundled.documentsRead,
  };
}

/**
 * The user's documents as they change; [] until read, and when storage is unavailable. Read
 * once `start` is true and the first frame is painted: the bundled list shows without waiting
 * for IndexedDB, however large the library.
 */
function useStoredDocuments(start: boolean): DocumentRow[] | null {
  const [docs, setDocs] = useState<DocumentRow[] | null>(null);
  useEffect(() => {
    if (!start) return;
    let live = true;
    let unsubscribe: (() => void) | undefined;
    const failed = (error: unknown) => {
      console.error('Mes documents :', error);
      setDocs((read) => read ?? []);
    };
    // Dexie and the rows' schemas come with the gateway, after the first paint too.
    const cancel = afterFirstPaint(() => {
      import('../db/documents').then(({ watchDocuments }) => {
        if (live) unsubscribe = watchDocuments(setDocs, failed);
      }, failed);
    });
    return () => {
      live = false;
      cancel();
      unsubscribe?.();
    };
  }, [start]);
  return docs;
}

export function CatalogueProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<State>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    getApi()
      .loadCatalogue()
      .then(
        (result) => {
          if (!live) return;
          setState(
            result.ok
              ? { status: 'ready', data: index(result.value) }
              : { status: 'error', error: result.error },
          );
        },
        (error: unknown) =>
          live &&
          setState({
            status: 'error',
            error: {
              code: 'unexpected',
              message: 'Le catalogue n’a pas pu être chargé.',
              detail: String(error),
            },
          }),
      );
    return () => {
      live = false;
    };
  }, []);
  const documents = useStoredDocuments(state.status === 'ready');
  // A cache, not state: the same Map lives as long as the provider, never triggers a render.
  const [cache] = useState<ItemCache>(() => new Map());
  const value = useMemo(
    () =>
      state.status === 'ready'
        ? withDocuments({ ...state.data, documentsRead: documents !== null }, documents ?? [], cache)
        : null,
    [state, documents, cache],
  );
  useEffect(() => {
    // Effects run after the children's first commit: the catalogue is on screen and usable.
    if (state.status === 'ready') performance.mark('reperes:interactive');
  }, [state.status]);
  const documentsRead = documents !== null;
  useEffect(() => {
    // The user's documents joined the catalogue (the start-up bench reads this mark too).
    if (documentsRead && performance.getEntriesByName('reperes:documents').length === 0) {
      performance.mark('reperes:documents');
    }
  }, [documentsRead]);

  if (state.status === 'loading') {
    return (
      <p className="app-status" role="status">
        Chargement du catalogue…
      </p>
    );
  }
  if (state.status === 'error') {
    return (
      <div className="app-status app-status--error" role="alert">
        <h1>Le catalogue ne peut pas s’afficher</h1>
        <p>{state.error.message}</p>
        {state.error.detail && <p className="app-status__detail">Détail technique : {state.error.detail}</p>}
      </div>
    );
  }
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useCatalogue(): LoadedCatalogue {
  const value = useContext(Ctx);
  if (!value) throw new Error('useCatalogue outside CatalogueProvider');
  return value;
}
