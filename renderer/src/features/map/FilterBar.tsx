// The search and facet filters of the map and the chronology, kept in the URL with the same
// parameter names as the catalogue view, so a link carries the filters from one view to another.
import { useEffect, useId, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { KIND_LABELS } from '../../../../electron/shared/schema';
import { useCatalogue } from '../../catalogue/CatalogueContext';
import type { CatalogueItem, ItemKind } from '../../core/items';
import { applyFilters, readFilters, type CatalogueFilters } from '../../core/overview-stats';
import { useSearch } from '../search/useSearch';
import './filters.css';

export interface FilteredItems {
  filters: CatalogueFilters;
  /** Items passing facets and search. */
  items: CatalogueItem[];
  pending: boolean;
}

export function useFilteredItems(): FilteredItems {
  const { items } = useCatalogue();
  const [params] = useSearchParams();
  const filters = useMemo(() => readFilters(params), [params]);
  const search = useSearch(filters.q);
  const filtered = useMemo(() => {
    const hitIds = search.hits ? new Set(search.hits.map((h) => h.id)) : null;
    return applyFilters(items, filters, hitIds);
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
  const filters = readFilters(params);
  const [q, setQ] = useState(filters.q);
  const uid = useId();

  // Keep the box in step when the URL changes from elsewhere (back button, a link).
  useEffect(() => {
    const fromUrl = params.get('q') ?? '';
    setQ((typed) => (typed.trim() === fromUrl ? typed : fromUrl));
  }, [params]);

  const themes = useMemo(
    () => [...new Set(items.flatMap((i) => i.themes))].sort((a, b) => a.localeCompare(b, 'fr')),
    [items],
  );

  function update(key: string, value: string) {
    const next = new URLSearchParams(params);
    next.delete(key);
    if (value) next.set(key, value);
    setParams(next, { replace: true });
  }

  const active =
    filters.q ||
    filters.source.length ||
    filters.kind.length ||
    filters.theme.length ||
    filters.group.length ||
    filters.year.length ||
    filters.dept.length;

  return (
    <form
      className="filter-bar"
      role="search"
      aria-label={label}
      onSubmit={(e) => {
        e.preventDefault();
        update('q', q.trim());
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
            update('q', e.target.value.trim());
          }}
        />
      </div>
      <div className="filter-bar__field">
        <label htmlFor={`${uid}-source`}>Source</label>
        <select
          id={`${uid}-source`}
          value={filters.source[0] ?? ''}
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
          value={filters.kind[0] ?? ''}
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
          value={filters.theme[0] ?? ''}
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
          onClick={() => {
            const next = new URLSearchParams(params);
            for (const k of [
              'q',
              'source',
              'kind',
              'theme',
              'group',
              'year',
              'dept',
              'type',
              'groupe',
              'annee',
              'lieu',
            ])
              next.delete(k);
            setParams(next, { replace: true });
          }}
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
