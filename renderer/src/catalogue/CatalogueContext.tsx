// Loads the catalogue once through the platform API and shares it with every view, joined by
// the entries of the user's own documents (IndexedDB), which follow every change to them.
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Catalogue, CatalogueBodies } from '../../../electron/shared/schema';
import type { AppError, Result } from '../../../electron/shared/result';
import { withBodies } from '../../../electron/shared/window-catalogue';
import { loadCatalogue, loadCatalogueBodies, settledCatalogue, startedCatalogue } from './startup';
import { toItems, type CatalogueItem } from '../../../electron/shared/items';
import type { DocumentHead } from '../db/documents';
import type { FicheRow } from '../db/fiche-rows';
import type { FicheCache } from './with-fiches';
import type { CorrectionCache } from './with-corrections';
import type { CorrectedFacts } from '../core/corrections/apply';
import type { FactCorrectionRow } from '../db/correction-rows';
import { afterFirstPaint, INTERACTIVE_MARK } from '../services/after-paint';

export interface LoadedCatalogue {
  /** Bundled and imported entries together, as every view sees them. */
  catalogue: Catalogue;
  items: CatalogueItem[];
  byId: Map<string, CatalogueItem>;
  /** The bundled catalogue's items alone: the search index is built on them once. */
  bundledItems: CatalogueItem[];
  /**
   * Items the search adds to the bundled ones: the user's documents (an unchanged document keeps
   * the same objects), fiches, and bundled items whose facts the user corrected.
   */
  importedItems: CatalogueItem[];
  /** The user's documents, oldest first: their heads, without the text read from the file. */
  documents: DocumentHead[];
  /** The user's own fiches, oldest first (their items are among `importedItems`). */
  fiches?: FicheRow[];
  /** Items whose facts the user corrected: which facts, and the item as its source has it. */
  corrected?: ReadonlyMap<string, CorrectedFacts>;
  /** False until the user's documents have been read (they are read after the first paint). */
  documentsRead: boolean;
  /**
   * False while the bundled catalogue is its list alone: its entries' sections and theme
   * evidence, its events' cells and full text are read after the first screen (issue 16,
   * electron/shared/window-catalogue.ts). Views other than the catalogue's list wait for them
   * (`WithBodies`).
   */
  complete: boolean;
  /** Why the bodies could not be read, when they could not. */
  bodiesError: AppError | null;
  /** Reads the bodies now rather than after the first paint: a view that needs them opened. */
  needBodies: () => void;
  /**
   * The bundled items with their bodies, which the search indexes: the same promise before and
   * after they arrive, so the search is built once. The list's items if the bodies cannot be read.
   */
  searchItems: Promise<readonly CatalogueItem[]>;
}

type State =
  { status: 'loading' } | { status: 'error'; error: AppError } | { status: 'ready'; data: LoadedCatalogue };

const Ctx = createContext<LoadedCatalogue | null>(null);

/** The loaded form of a whole catalogue (its bodies in), as tests and the provider build it. */
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
    complete: true,
    bodiesError: null,
    needBodies: () => undefined,
    searchItems: Promise.resolve(items),
  };
}

const BODIES_MISMATCH: AppError = {
  code: 'catalogue-invalid',
  message: 'Le contenu des fiches ne correspond pas au catalogue : l’installation est peut-être endommagée.',
};

/** A promise settled from outside, once. */
function settleable<T>(): { promise: Promise<T>; settle: (value: T) => void } {
  let settle: (value: T) => void = () => undefined;
  const promise = new Promise<T>((resolve) => (settle = resolve));
  return { promise, settle };
}

/**
 * The bundled catalogue as the views see it: its list at first, then the list with its bodies,
 * read once the first screen is painted (or sooner when `needBodies` is called).
 */
function useBundled(list: LoadedCatalogue | null): LoadedCatalogue | null {
  const [bodies, setBodies] = useState<Result<CatalogueBodies> | null>(null);
  // Asked for once, whoever asks first: the first paint, or a view that needs them.
  const [needBodies] = useState(() => {
    let asked = false;
    return () => {
      if (asked) return;
      asked = true;
      void loadCatalogueBodies().then(setBodies);
    };
  });
  const [search] = useState(() => settleable<readonly CatalogueItem[]>());
  const ready = list !== null;
  useEffect(() => {
    if (ready) return afterFirstPaint(needBodies);
  }, [ready, needBodies]);
  const value = useMemo((): LoadedCatalogue | null => {
    if (!list) return null;
    const common = { needBodies, searchItems: search.promise };
    if (!bodies) return { ...list, ...common, complete: false, bodiesError: null };
    const whole = bodies.ok ? withBodies(list.catalogue, bodies.value) : null;
    if (!whole) {
      const bodiesError = bodies.ok ? BODIES_MISMATCH : bodies.error;
      return { ...list, ...common, complete: false, bodiesError };
    }
    return { ...index(whole), ...common };
  }, [list, bodies, needBodies, search]);
  useEffect(() => {
    // Settled once: the search's engine is built on the whole items, or on the list's if the
    // bodies could not be read (their text then escapes the search, the rest still works).
    if (value?.complete || value?.bodiesError) search.settle(value.bundledItems);
  }, [value, search]);
  return value;
}

type ItemCache = Map<string, { row: DocumentHead; items: CatalogueItem[] }>;

/** The bundled catalogue joined by the user's documents. `cache` keeps unchanged documents' items. */
export function withDocuments(
  bundled: LoadedCatalogue,
  documents: readonly DocumentHead[],
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
    ...bundled,
    catalogue,
    items,
    byId: new Map(items.map((i) => [i.id, i])),
    importedItems,
    documents: [...documents],
  };
}

type Watch<T> = (next: (value: T) => void, failed: (error: unknown) => void) => () => void;

/**
 * A store of the user's, watched once `start` is true and the first frame is painted: the
 * bundled list shows without waiting for IndexedDB, however large the library. Dexie and the
 * rows' schemas come with the gateway `load` imports, after the first paint too. Null until read;
 * `fallback` when storage is unavailable.
 */
function useWatchAfterPaint<T>(start: boolean, what: string, load: () => Promise<Watch<T>>, fallback: T) {
  const [value, setValue] = useState<T | null>(null);
  useEffect(() => {
    if (!start) return;
    let live = true;
    let unsubscribe: (() => void) | undefined;
    const failed = (error: unknown) => {
      console.error(`${what} :`, error);
      setValue((read) => read ?? fallback);
    };
    const cancel = afterFirstPaint(() => {
      load().then((watch) => {
        if (live) unsubscribe = watch(setValue, failed);
      }, failed);
    });
    return () => {
      live = false;
      cancel();
      unsubscribe?.();
    };
    // `load`, `what` and `fallback` are constants of each caller.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [start]);
  return value;
}

const loadDocuments = () => import('../db/documents').then((m) => m.watchDocumentHeads);
const NO_DOCUMENTS: DocumentHead[] = [];

/** The user's fiches with the function joining them, both loaded after the first paint. */
interface StoredFiches {
  rows: FicheRow[];
  join: typeof import('./with-fiches').withFiches;
}
const loadFiches = (): Promise<Watch<StoredFiches | null>> =>
  Promise.all([import('../db/fiches'), import('./with-fiches')]).then(
    ([{ watchFiches }, { withFiches }]) =>
      (next, failed) =>
        watchFiches((rows) => next({ rows, join: withFiches }), failed),
  );

function joinFiches(loaded: LoadedCatalogue, fiches: StoredFiches | null, cache: FicheCache) {
  return fiches ? fiches.join(loaded, fiches.rows, cache) : loaded;
}

/** The user's fact corrections with the function applying them, both loaded after the first paint. */
interface StoredCorrections {
  rows: FactCorrectionRow[];
  join: typeof import('./with-corrections').withCorrections;
}
const loadCorrections = (): Promise<Watch<StoredCorrections | null>> =>
  Promise.all([import('../db/corrections'), import('./with-corrections')]).then(
    ([{ watchFactCorrections }, { withCorrections }]) =>
      (next, failed) =>
        watchFactCorrections((rows) => next({ rows, join: withCorrections }), failed),
  );

function stateOf(result: Result<Catalogue>): State {
  return result.ok
    ? { status: 'ready', data: index(result.value) }
    : { status: 'error', error: result.error };
}

export function CatalogueProvider({ children }: { children: ReactNode }) {
  // The page started loading the catalogue before React (boot.ts): when it is already there,
  // the first render is the catalogue itself.
  const [state, setState] = useState<State>(() => {
    const settled = settledCatalogue();
    return settled ? stateOf(settled) : { status: 'loading' };
  });
  useEffect(() => {
    if (state.status !== 'loading') return;
    let live = true;
    void (startedCatalogue() ?? loadCatalogue()).then((result) => {
      if (live) setState(stateOf(result));
    });
    return () => {
      live = false;
    };
    // Once, at mount: a catalogue already loaded needs nothing more.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const ready = state.status === 'ready';
  const bundled = useBundled(ready ? state.data : null);
  const documents = useWatchAfterPaint(ready, 'Mes documents', loadDocuments, NO_DOCUMENTS);
  const fiches = useWatchAfterPaint(ready, 'Mes fiches', loadFiches, null);
  const corrections = useWatchAfterPaint(ready, 'Mes corrections', loadCorrections, null);
  // A cache, not state: the same Map lives as long as the provider, never triggers a render.
  const [cache] = useState<ItemCache>(() => new Map());
  const [ficheCache] = useState<FicheCache>(() => new Map());
  const [correctionCache] = useState<CorrectionCache>(() => new Map());
  const value = useMemo(() => {
    if (!bundled) return null;
    const joined = joinFiches(
      withDocuments({ ...bundled, documentsRead: documents !== null }, documents ?? [], cache),
      fiches,
      ficheCache,
    );
    // The corrections last: they apply to bundled, imported and written entries alike.
    return corrections ? corrections.join(joined, corrections.rows, correctionCache) : joined;
  }, [bundled, documents, cache, fiches, ficheCache, corrections, correctionCache]);
  useEffect(() => {
    // Effects run after the children's first commit: the catalogue is on screen and usable.
    if (state.status === 'ready') performance.mark(INTERACTIVE_MARK);
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
