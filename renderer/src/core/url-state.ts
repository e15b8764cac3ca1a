// The catalogue's state lives in the URL so that reload, back/forward and a copied link all
// restore it. Parameter names are short French words because they show in the address bar.
import { emptySelection, FACET_KEYS, type FacetKey, type FacetSelection } from './facets';

export interface CatalogueState {
  q: string;
  facets: FacetSelection;
  /** Id of the selected (active) result, if any. */
  selected: string | null;
}

export const FACET_PARAMS: Record<FacetKey, string> = {
  source: 'source',
  kind: 'type',
  group: 'groupe',
  place: 'lieu',
  theme: 'theme',
  year: 'annee',
};
export const QUERY_PARAM = 'q';
export const SELECTED_PARAM = 'fiche';

/** Bounds what a hand-edited or hostile URL can make the app work on. */
const MAX_QUERY = 300;
const MAX_VALUES = 50;
const MAX_VALUE = 200;
const ID = /^[a-z0-9][a-z0-9-]{0,199}$/;

export function emptyState(): CatalogueState {
  return { q: '', facets: emptySelection(), selected: null };
}

export function readState(params: URLSearchParams): CatalogueState {
  const facets = emptySelection();
  for (const key of FACET_KEYS) {
    const values: string[] = [];
    for (const raw of params.getAll(FACET_PARAMS[key])) {
      const v = raw.trim();
      if (v && v.length <= MAX_VALUE && !values.includes(v)) values.push(v);
      if (values.length >= MAX_VALUES) break;
    }
    if (key === 'year') facets.year = values.filter((v) => /^\d{4}$/.test(v));
    else facets[key] = values;
  }
  const selected = params.get(SELECTED_PARAM);
  return {
    q: (params.get(QUERY_PARAM) ?? '').slice(0, MAX_QUERY),
    facets,
    selected: selected && ID.test(selected) ? selected : null,
  };
}

/** Canonical serialisation: fixed parameter order, empty values left out. */
export function writeState(state: CatalogueState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set(QUERY_PARAM, state.q);
  for (const key of FACET_KEYS) for (const v of state.facets[key]) params.append(FACET_PARAMS[key], v);
  if (state.selected) params.set(SELECTED_PARAM, state.selected);
  return params;
}

export function toggleFacet(state: CatalogueState, key: FacetKey, value: string): CatalogueState {
  const current = state.facets[key];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return { ...state, facets: { ...state.facets, [key]: next } };
}

export function clearFacets(state: CatalogueState): CatalogueState {
  return { ...state, facets: emptySelection() };
}

/** The query string for a catalogue or entry URL, with its leading "?" (or '' when empty). */
export function toSearch(state: CatalogueState): string {
  const s = writeState(state).toString();
  return s ? `?${s}` : '';
}
