// The catalogue: facets, the result list (search + facets) and a preview of the selected result.
import { useEffect, useMemo, useRef, useState } from 'react';
import { FACET_KEYS, FACET_LABELS, hasSelection, type FacetKey } from '../../core/facets';
import { SORT_KEYS, SORT_LABELS, type SortKey } from '../../core/sort';
import { clearFacets, toggleFacet, type CatalogueState } from '../../core/url-state';
import { EmptyResults } from './EmptyResults';
import { FacetPanel } from './FacetPanel';
import { publishResults } from './results-store';
import { ResultList } from './ResultList';
import { ResultPreview } from './ResultPreview';
import { countLabel, useCatalogueResults } from './useCatalogueResults';
import { formatCount } from '../../core/counts';
import { useCatalogueState, useOpenEntry } from './useCatalogueState';
import { Link } from '../../services/router';
import { AddDocumentsButton } from '../documents';
import { NewFicheLinks } from '../writing';
import { ContactsExport } from '../dossier';
import './catalogue.css';

export function CatalogueView() {
  const { state, update } = useCatalogueState();
  const openEntry = useOpenEntry();
  const { searched, results, facets, pending, terms, total, sourceLabels, favouriteCount } =
    useCatalogueResults(state);

  const ids = useMemo(() => results.map((r) => r.item.id), [results]);
  const shownItems = useMemo(() => results.map((r) => r.item), [results]);
  const activeResult = results.find((r) => r.item.id === state.selected) ?? results[0] ?? null;
  const active = activeResult?.item.id ?? null;

  useEffect(() => {
    publishResults({ ids, active, query: state.q, pending });
  }, [ids, active, state.q, pending]);
  useEffect(() => () => publishResults(null), []);

  useEffect(() => {
    document.title = state.q.trim() ? `« ${state.q.trim()} » — Catalogue — Repères` : 'Catalogue — Repères';
  }, [state.q]);

  const change = (next: CatalogueState) => update(next);
  const toggle = (key: FacetKey, value: string) =>
    update({ ...toggleFacet(state, key, value), selected: null });
  const chips = FACET_KEYS.flatMap((key) =>
    state.facets[key].map((value) => ({
      key,
      value,
      label: facets.find((f) => f.key === key)?.values.find((v) => v.value === value)?.label ?? value,
    })),
  );
  const toggleFavourites = () => update({ ...state, favourites: !state.favourites, selected: null });
  const resetKey = JSON.stringify([state.q, state.facets, state.favourites, state.sort]);
  // Below 1100 px the facets fold away behind a "Filtrer" button (the button is hidden wider).
  const [filtersOpen, setFiltersOpen] = useState(false);
  const filtersButton = useRef<HTMLButtonElement>(null);
  const selectedCount =
    FACET_KEYS.reduce((n, k) => n + state.facets[k].length, 0) + (state.favourites ? 1 : 0);

  return (
    <div className="catalogue">
      <aside
        id="catalogue-filtres"
        className={`catalogue__facets${filtersOpen ? ' catalogue__facets--open' : ''}`}
        aria-label="Filtres"
        onKeyDown={(e) => {
          if (e.key === 'Escape' && filtersOpen) {
            e.stopPropagation();
            setFiltersOpen(false);
            filtersButton.current?.focus();
          }
        }}
      >
        <FacetPanel
          facets={facets}
          onToggle={toggle}
          onClear={() => update({ ...clearFacets(state), selected: null })}
          anySelected={hasSelection(state.facets) || state.favourites}
          favourites={{ on: state.favourites, count: favouriteCount, onToggle: toggleFavourites }}
        />
      </aside>
      <section className="catalogue__results" aria-labelledby="catalogue-titre">
        <header className="catalogue__head">
          <h1 id="catalogue-titre" className="catalogue__title">
            Catalogue
          </h1>
          <p className="catalogue__count" role="status" data-testid="nombre-fiches">
            <strong>{countLabel(results.length)}</strong>
            {results.length !== total && <span className="catalogue__total"> sur {formatCount(total)}</span>}
            {state.q.trim() && <span className="catalogue__query"> pour « {state.q.trim()} »</span>}
            {pending && <span className="catalogue__pending"> · recherche…</span>}
          </p>
          <label className="catalogue__sort">
            Trier par{' '}
            <select
              value={state.sort}
              onChange={(e) => update({ ...state, sort: e.target.value as SortKey }, { replace: true })}
            >
              {SORT_KEYS.map((k) => (
                <option key={k} value={k}>
                  {SORT_LABELS[k]}
                </option>
              ))}
            </select>
          </label>
          <button
            ref={filtersButton}
            type="button"
            className="catalogue__filters-toggle"
            aria-expanded={filtersOpen}
            aria-controls="catalogue-filtres"
            onClick={() => setFiltersOpen(!filtersOpen)}
          >
            Filtrer
            {selectedCount > 0 && (
              <span className="catalogue__filters-count">
                {' '}
                ({selectedCount}
                <span className="visually-hidden"> actif{selectedCount > 1 ? 's' : ''}</span>)
              </span>
            )}
          </button>
          <AddDocumentsButton className="catalogue__add" />
          <Link to="/documents" className="catalogue__documents">
            Mes documents
          </Link>
          <NewFicheLinks className="catalogue__documents" />
          <ContactsExport items={shownItems} name="catalogue" what="des fiches affichées" />
        </header>
        {(chips.length > 0 || state.favourites) && (
          <ul className="catalogue__chips" aria-label="Filtres actifs">
            {state.favourites && (
              <li>
                <button
                  type="button"
                  className="chip"
                  onClick={toggleFavourites}
                  aria-label="Retirer le filtre Favoris"
                >
                  Favoris seulement
                  <span aria-hidden="true" className="chip__x">
                    ×
                  </span>
                </button>
              </li>
            )}
            {chips.map((c) => (
              <li key={`${c.key}:${c.value}`}>
                <button
                  type="button"
                  className="chip"
                  onClick={() => toggle(c.key, c.value)}
                  aria-label={`Retirer le filtre ${FACET_LABELS[c.key]} : ${c.label}`}
                >
                  <span className="chip__facet">{FACET_LABELS[c.key]} :</span> {c.label}
                  <span aria-hidden="true" className="chip__x">
                    ×
                  </span>
                </button>
              </li>
            ))}
          </ul>
        )}
        {results.length === 0 ? (
          <EmptyResults
            state={state}
            searched={searched}
            sourceLabels={sourceLabels}
            pending={pending}
            favouriteCount={favouriteCount}
            onChange={change}
          />
        ) : (
          <ResultList
            results={results}
            active={active}
            terms={terms}
            resetKey={resetKey}
            onActivate={(id) => update({ ...state, selected: id }, { replace: true })}
            onOpen={(id) => openEntry(id, state)}
          />
        )}
      </section>
      <aside className="catalogue__preview" aria-label="Aperçu de la fiche sélectionnée">
        <ResultPreview result={activeResult} state={state} />
      </aside>
    </div>
  );
}
