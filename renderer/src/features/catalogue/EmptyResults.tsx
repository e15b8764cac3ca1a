// An empty result never ends the search: it offers the shorter queries and the facet
// removals that would give something back, as buttons that do it.
import { useMemo } from 'react';
import { FACET_LABELS, relaxations } from '../../core/facets';
import { shorterQueries } from '../../core/query-suggestions';
import { clearFacets, toggleFacet, type CatalogueState } from '../../core/url-state';
import { countLabel, type Result } from './useCatalogueResults';

export function EmptyResults({
  state,
  searched,
  sourceLabels,
  pending,
  favouriteCount,
  onChange,
}: {
  state: CatalogueState;
  searched: Result[];
  sourceLabels: Map<string, string>;
  pending: boolean;
  favouriteCount: number;
  onChange: (next: CatalogueState) => void;
}) {
  const relaxed = useMemo(
    () =>
      relaxations(
        searched.map((r) => r.item),
        state.facets,
        sourceLabels,
      ),
    [searched, state.facets, sourceLabels],
  );
  // With « Favoris » on and no favourite at all, shorter queries would not help.
  const noFavourite = state.favourites && favouriteCount === 0;
  const shorter = searched.length === 0 && !noFavourite ? shorterQueries(state.q) : [];
  if (pending) return <p className="empty">Recherche en cours…</p>;
  return (
    <div className="empty">
      <h2 className="empty__title">
        {state.q.trim() ? (
          <>Aucune fiche ne correspond à « {state.q.trim()} »</>
        ) : (
          <>Aucune fiche ne correspond aux filtres</>
        )}
        {state.q.trim() && relaxed.length > 0 && searched.length > 0 && <> avec ces filtres</>}
      </h2>
      {noFavourite && (
        <p>
          Vous n’avez encore aucun favori : sur la page d’une fiche, « Ajouter aux favoris » la range ici.
        </p>
      )}
      <p>Essayez :</p>
      <ul className="empty__suggestions">
        {state.favourites && (
          <li>
            <button type="button" onClick={() => onChange({ ...state, favourites: false, selected: null })}>
              Afficher toutes les fiches, pas seulement les favoris
            </button>
          </li>
        )}
        {shorter.map((q) => (
          <li key={q}>
            <button type="button" onClick={() => onChange({ ...state, q, selected: null })}>
              Chercher « {q} »
            </button>
          </li>
        ))}
        {relaxed.map((r) => (
          <li key={`${r.key}:${r.value}`}>
            <button
              type="button"
              onClick={() => onChange({ ...toggleFacet(state, r.key, r.value), selected: null })}
              disabled={r.count === 0 && relaxed.length > 1}
            >
              Retirer le filtre {FACET_LABELS[r.key]} : {r.label} ({countLabel(r.count).toLowerCase()})
            </button>
          </li>
        ))}
        {relaxed.length > 1 && (
          <li>
            <button type="button" onClick={() => onChange({ ...clearFacets(state), selected: null })}>
              Retirer tous les filtres
            </button>
          </li>
        )}
        {state.q.trim() && (
          <li>
            <button type="button" onClick={() => onChange({ ...state, q: '', selected: null })}>
              Effacer la recherche
            </button>
          </li>
        )}
        {shorter.length === 0 && searched.length === 0 && !noFavourite && (
          <li className="empty__tip">
            Vérifiez l’orthographe, ou cherchez un nom de ville, de structure ou un thème (« insertion », «
            Nantes »).
          </li>
        )}
      </ul>
    </div>
  );
}
