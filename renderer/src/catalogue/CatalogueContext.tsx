// Loads the catalogue once through the platform API and shares it with every view.
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Catalogue } from '../../../electron/shared/schema';
import type { AppError } from '../../../electron/shared/result';
import { getApi } from '../platform/api';
import { toItems, type CatalogueItem } from '../../../electron/shared/items';

export interface LoadedCatalogue {
  catalogue: Catalogue;
  items: CatalogueItem[];
  byId: Map<string, CatalogueItem>;
}

type State =
  { status: 'loading' } | { status: 'error'; error: AppError } | { status: 'ready'; data: LoadedCatalogue };

const Ctx = createContext<LoadedCatalogue | null>(null);

export function index(catalogue: Catalogue): LoadedCatalogue {
  const items = toItems(catalogue);
  return { catalogue, items, byId: new Map(items.map((i) => [i.id, i])) };
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
  const value = useMemo(() => (state.status === 'ready' ? state.data : null), [state]);
  useEffect(() => {
    // Effects run after the children's first commit: the catalogue is on screen and usable.
    if (state.status === 'ready') performance.mark('reperes:interactive');
  }, [state.status]);

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
