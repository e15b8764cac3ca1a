// The catalogue's state lives in the URL so that reload, back/forward and a copied link all
// restore it. Parameter names are short French words because they show in the address bar.
// This module is the only place that knows them: the map, the chronology and the overview
// read and write their filters, and build their catalogue links, through it.
import { emptySelection, FACET_KEYS, type FacetKey, type FacetSelection } from './facets';
import { departmentByCode, departmentByName } from '../../../electron/shared/places';
import { SORT_KEYS, type SortKey } from './sort';

export interface CatalogueState {
  q: string;
  facets: FacetSelection;
  /** Only the entries the user marked as favourites. */
  favourites: boolean;
  /** Order of the list; 'relevance' is the search's ranking (catalogue order without a query). */
  sort: SortKey;
  /** Id of the selected (active) result, if any. */
  selected: string | null;
}

const FACET_PARAMS: Record<FacetKey, string> = {
  source: 'source',
  kind: 'type',
  group: 'groupe',
  // A department code ("38", "2A"), or a region name for entries that only give a region.
  place: 'lieu',
  theme: 'theme',
  year: 'annee',
  // What the entry lacks: « contact », « figures »… (see core/completeness.ts).
  completeness: 'completude',
};
export const QUERY_PARAM = 'q';
export const SELECTED_PARAM = 'fiche';
export const FAVOURITES_PARAM = 'favoris';
export const SORT_PARAM = 'tri';
/** The sort as written in the URL (relevance, the default, is left out). */
export const SORT_VALUES: Record<SortKey, string> = {
  relevance: 'pertinence',
  year: 'annee',
  territory: 'territoire',
  source: 'source',
};

/** Every parameter the catalogue state owns; other params (a view mode, say) are left alone. */
export const STATE_PARAMS: readonly string[] = [
  QUERY_PARAM,
  ...Object.values(FACET_PARAMS),
  FAVOURITES_PARAM,
  SORT_PARAM,
  SELECTED_PARAM,
];

/** Bounds what a hand-edited or hostile URL can make the app work on. */
const MAX_QUERY = 300;
const MAX_VALUES = 50;
const MAX_VALUE = 200;
const ID = /^[a-z0-9][a-z0-9-]{0,199}$/;

export function emptyState(): CatalogueState {
  return { q: '', facets: emptySelection(), favourites: false, sort: 'relevance', selected: null };
}

/**
 * A hand-written `lieu=Isère` or `lieu=2a` still works: a department name or a loosely written
 * code becomes the code, the form the facet and the map use. A region name is kept as written.
 */
function normalisePlace(value: string): string {
  return departmentByCode(value)?.code ?? departmentByName(value)?.code ?? value;
}

export function readState(params: URLSearchParams): CatalogueState {
  const facets = emptySelection();
  for (const key of FACET_KEYS) {
    const values: string[] = [];
    for (const raw of params.getAll(FACET_PARAMS[key])) {
      let v = raw.trim();
      if (!v || v.length > MAX_VALUE) continue;
      if (key === 'place') v = normalisePlace(v);
      if (!values.includes(v)) values.push(v);
      if (values.length >= MAX_VALUES) break;
    }
    if (key === 'year') facets.year = values.filter((v) => /^\d{4}$/.test(v));
    else facets[key] = values;
  }
  const selected = params.get(SELECTED_PARAM);
  const sortValue = params.get(SORT_PARAM);
  return {
    q: (params.get(QUERY_PARAM) ?? '').slice(0, MAX_QUERY),
    facets,
    favourites: params.get(FAVOURITES_PARAM) === '1',
    // An unknown sort (a hand-edited URL) falls back to relevance.
    sort: SORT_KEYS.find((k) => SORT_VALUES[k] === sortValue) ?? 'relevance',
    selected: selected && ID.test(selected) ? selected : null,
  };
}

/** Canonical serialisation: fixed parameter order, empty values left out. */
export function writeState(state: CatalogueState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set(QUERY_PARAM, state.q);
  for (const key of FACET_KEYS) for (const v of state.facets[key]) params.append(FACET_PARAMS[key], v);
  if (state.favourites) params.set(FAVOURITES_PARAM, '1');
  if (state.sort !== 'relevance') params.set(SORT_PARAM, SORT_VALUES[state.sort]);
  if (state.selected) params.set(SELECTED_PARAM, state.selected);
  return params;
}

/** `params` with the catalogue state replaced by `state`, keeping params the state does not own. */
export function mergeState(params: URLSearchParams, state: CatalogueState): URLSearchParams {
  const next = writeState(state);
  for (const [k, v] of params) if (!STATE_PARAMS.includes(k)) next.append(k, v);
  return next;
}

export function toggleFacet(state: CatalogueState, key: FacetKey, value: string): CatalogueState {
  const current = state.facets[key];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return { ...state, facets: { ...state.facets, [key]: next } };
}

/** Replaces one facet's values (a single-choice select sets one value or none). */
export function setFacet(state: CatalogueState, key: FacetKey, values: string[]): CatalogueState {
  return { ...state, facets: { ...state.facets, [key]: values } };
}

/** Every filter off (facets and favourites); the query and the sort stay. */
export function clearFacets(state: CatalogueState): CatalogueState {
  return { ...state, facets: emptySelection(), favourites: false };
}

/** The query string for a catalogue or entry URL, with its leading "?" (or '' when empty). */
export function toSearch(state: CatalogueState): string {
  const s = writeState(state).toString();
  return s ? `?${s}` : '';
}

/** What a link into the catalogue may carry: a query, some facet values, the favourites filter. */
export type CatalogueFilters = Partial<FacetSelection> & { q?: string; favourites?: boolean };

/** Router path of the catalogue narrowed to `filters`, e.g. catalogueHref({ place: ['38'] }). */
export function catalogueHref(filters: CatalogueFilters): string {
  const { q = '', favourites = false, ...facets } = filters;
  return `/catalogue${toSearch({ ...emptyState(), q: q.trim(), favourites, facets: { ...emptySelection(), ...facets } })}`;
}
