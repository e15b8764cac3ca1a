// Reads and writes the catalogue state in the URL (see core/url-state.ts).
import { useCallback, useMemo } from 'react';
import { useNavigate, useSearchParams } from '../../services/router';
import { readState, toSearch, writeState, type CatalogueState } from '../../core/url-state';

export interface NavigationState {
  /** Set when an entry was opened from the list, so Escape can simply go back in history. */
  fromCatalogue?: boolean;
}

export function useCatalogueState() {
  const [params, setParams] = useSearchParams();
  const key = params.toString();
  const state = useMemo(() => readState(new URLSearchParams(key)), [key]);
  const update = useCallback(
    (next: CatalogueState, options: { replace?: boolean } = {}) => {
      setParams(writeState(next), { replace: options.replace ?? false });
    },
    [setParams],
  );
  return { state, update };
}

/** Opens an entry, carrying the catalogue state so the way back restores the list. */
export function useOpenEntry() {
  const navigate = useNavigate();
  return useCallback(
    (id: string, state: CatalogueState) => {
      const nav: NavigationState = { fromCatalogue: true };
      navigate(
        { pathname: `/fiche/${encodeURIComponent(id)}`, search: toSearch({ ...state, selected: id }) },
        { state: nav },
      );
    },
    [navigate],
  );
}

export function entryHref(id: string, state: CatalogueState): string {
  return `/fiche/${encodeURIComponent(id)}${toSearch({ ...state, selected: id })}`;
}
