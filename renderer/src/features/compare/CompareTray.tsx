// The tray at the bottom of every page: what is selected for comparison, and the way to it.
import { Link, useLocation } from '../../services/router';
import { useCatalogue } from '../../catalogue/CatalogueContext';
import { clearTray, MAX_COMPARED, removeFromTray, useTray } from './tray';
import './compare.css';

export function CompareTray() {
  const tray = useTray();
  const { byId } = useCatalogue();
  const { pathname } = useLocation();
  if (!tray || tray.length === 0) return null;
  const full = tray.length >= MAX_COMPARED;
  const onCompare = pathname === '/comparaison';

  return (
    <section className="compare-tray" aria-label="Sélection à comparer">
      <h2 className="compare-tray__title">
        À comparer{' '}
        <span className="compare-tray__count">
          ({tray.length} sur {MAX_COMPARED})
        </span>
      </h2>
      <ul className="compare-tray__list">
        {tray.map((id) => {
          const title = byId.get(id)?.title ?? 'Fiche introuvable dans ce catalogue';
          return (
            <li key={id} className="compare-tray__item">
              <Link to={`/fiche/${id}`} className="compare-tray__link">
                {title}
              </Link>
              <button
                type="button"
                className="compare-tray__remove"
                aria-label={`Retirer « ${title} » de la comparaison`}
                title="Retirer de la comparaison"
                onClick={() => void removeFromTray(id)}
              >
                ×
              </button>
            </li>
          );
        })}
      </ul>
      <p className="compare-tray__hint" role="status">
        {full
          ? `La sélection est complète : ${MAX_COMPARED} fiches au maximum.`
          : tray.length < 2
            ? 'Ajoutez au moins une autre fiche pour comparer.'
            : ''}
      </p>
      <div className="compare-tray__actions">
        {tray.length >= 2 && !onCompare && (
          <Link to="/comparaison" className="compare-tray__open">
            Comparer ({tray.length})
          </Link>
        )}
        <button type="button" onClick={() => void clearTray()}>
          Vider la sélection
        </button>
      </div>
    </section>
  );
}
