// The search and facet filters of the map and the chronology, kept in the URL through
// core/url-state.ts like the catalogue's, so a link carries the filters from one view to another.
import { useEffect, useId, useMemo, useState } from 'react';
import { useSearchParams } from '../../services/router';
import { KIND_LABELS } from '../../../../electron/shared/schema';
import { useCatalogue } from '../../catalogue/CatalogueContext';
import type { CatalogueItem, ItemKind } from '../../../../electron/shared/items';
import { hasSelection, type FacetKey } from '../../core/facets';
import { applyFilters } from '../../core/overview-stats';
import {
  clearFacets,
  mergeState,
  QUERY_PARAM,
  readState,
  setFacet,
  type CatalogueState,
} from '../../core/url-state';
import { useSearch } from '../search';
import '../../styles/filters.css';

export interface FilteredItems {
  filters: CatalogueState;
  /** Items passing facets and search. */
  items: CatalogueItem[];
  pending: boolean;
}

export function useFilteredItems(): FilteredItems {
  const { items } = useCatalogue();
  const [params] = useSearchParams();
  const filters = useMemo(() => readState(params), [params]);
  const search = useSearch(filters.q);
  const filtered = useMemo(() => {
    const hitIds = search.hits ? new Set(search.hits.map((h) => h.id)) : null;
    return applyFilters(items, filters.facets, hitIds);
  }, [items, filters, search.hits]);
  return { filters, items: filtered, pending: search.pending };
}

interface FilterBarProps {
  /** Item kinds offered in the "Type" select. */
  kinds: readonly ItemKind[];
  /** Accessible name of the filter group, e.g. "Filtres de la carte". */
  label: string;
  /** Shown after the filters, e.g. "42 fiches". */
  summary: string;
}

export function FilterBar({ kinds, label, summary }: FilterBarProps) {
  const { catalogue, items } = useCatalogue();
  const [params, setParams] = useSearchParams();
  const filters = readState(params);
  const [q, setQ] = useState(filters.q);
  const uid = useId();

  // Keep the box in step when the URL changes from elsewhere (back button, a link).
  useEffect(() => {
    const fromUrl = params.get(QUERY_PARAM) ?? '';
    setQ((typed) => (typed.trim() === fromUrl ? typed : fromUrl));
  }, [params]);

  const themes = useMemo(
    () => [...new Set(items.flatMap((i) => i.themes))].sort((a, b) => a.localeCompare(b, 'fr')),
    [items],
  );

  function apply(next: CatalogueState) {
    setParams(mergeState(params, { ...next, selected: null }), { replace: true });
  }
  function update(key: FacetKey, value: string) {
    apply(setFacet(filters, key, value ? [value] : []));
  }
  function updateQuery(value: string) {
    apply({ ...filters, q: value });
  }

  const active = filters.q !== '' || hasSelection(filters.facets);

  return (
    <form
      className="filter-bar"
      role="search"
      aria-label={label}
      onSubmit={(e) => {
        e.preventDefault();
        updateQuery(q.trim());
      }}
    >
      <div className="filter-bar__field filter-bar__field--search">
        <label htmlFor={`${uid}-q`}>Recherche</label>
        <input
          id={`${uid}-q`}
          type="search"
          value={q}
          placeholder="Mots, lieu, organisme…"
          onChange={(e) => {
            setQ(e.target.value);
            updateQuery(e.target.value.trim());
          }}
        />
      </div>
      <div className="filter-bar__field">
        <label htmlFor={`${uid}-source`}>Source</label>
        <select
          id={`${uid}-source`}
          value={filters.facets.source[0] ?? ''}
          onChange={(e) => update('source', e.target.value)}
        >
          <option value="">Toutes les sources</option>
          {catalogue.sources.map((s) => (
            <option key={s.file} value={s.file}>
              {s.label}
            </option>
          ))}
        </select>
      </div>
      <div className="filter-bar__field">
        <label htmlFor={`${uid}-kind`}>Type</label>
        <select
          id={`${uid}-kind`}
          value={filters.facets.kind[0] ?? ''}
          onChange={(e) => update('kind', e.target.value)}
        >
          <option value="">Tous les types</option>
          {kinds.map((k) => (
            <option key={k} value={k}>
              {KIND_LABELS[k]}
            </option>
          ))}
        </select>
      </div>
      <div className="filter-bar__field">
        <label htmlFor={`${uid}-theme`}>Thème</label>
        <select
          id={`${uid}-theme`}
          value={filters.facets.theme[0] ?? ''}
          onChange={(e) => update('theme', e.target.value)}
        >
          <option value="">Tous les thèmes</option>
          {themes.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </select>
      </div>
      {active ? (
        <button
          type="button"
          className="filter-bar__clear"
          onClick={() => apply({ ...clearFacets(filters), q: '' })}
        >
          Effacer les filtres
        </button>
      ) : null}
      <p className="filter-bar__summary" role="status">
        {summary}
      </p>
    </form>
  );
}
