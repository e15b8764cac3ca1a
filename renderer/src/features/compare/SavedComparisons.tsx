// List of saved comparisons, for the comparison view and for "Mes annotations".
import { Link } from '../../services/router';
import { deleteComparison, useSavedComparisons } from './store';

const DATE = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'medium', timeStyle: 'short' });

export { useSavedComparisons };

export function SavedComparisonsList({
  currentId,
  headingLevel = 2,
}: {
  currentId?: string;
  headingLevel?: 2 | 3;
}) {
  const saved = useSavedComparisons();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  if (saved === undefined) return null;
  return (
    <section className="compare-saved" aria-labelledby="compare-saved-title">
      <Heading id="compare-saved-title">Comparaisons enregistrées</Heading>
      {saved.length === 0 ? (
        <p className="compare-absent">Aucune comparaison enregistrée pour l’instant.</p>
      ) : (
        <ul className="compare-saved__list">
          {saved.map((c) => (
            <li key={c.id} className="compare-saved__item">
              <Link to={`/comparaison/${c.id}`} aria-current={c.id === currentId ? 'page' : undefined}>
                {c.name}
              </Link>{' '}
              <span className="compare-saved__meta">
                {c.targetIds.length} fiche{c.targetIds.length > 1 ? 's' : ''}, modifiée le{' '}
                {DATE.format(c.updatedAt)}
              </span>{' '}
              <button
                type="button"
                aria-label={`Supprimer la comparaison « ${c.name} »`}
                onClick={() => void deleteComparison(c.id)}
              >
                Supprimer
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
