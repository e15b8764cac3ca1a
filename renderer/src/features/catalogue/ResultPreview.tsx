// The selected result, with its row actions: open the entry, add it to the comparison.
import { Link } from 'react-router-dom';
import { KIND_LABELS } from '../../../../electron/shared/labels';
import type { CatalogueState } from '../../core/url-state';
import { AddToCompareButton } from '../compare';
import { MatchMarks } from './MatchMarks';
import type { Result } from './useCatalogueResults';
import { entryHref } from './useCatalogueState';

export function ResultPreview({ result, state }: { result: Result | null; state: CatalogueState }) {
  if (!result) {
    return <p className="preview__empty">Sélectionnez une fiche pour en voir l’aperçu.</p>;
  }
  const { item, hit } = result;
  const facts: [string, string | null][] = [
    ['Territoire', item.territory],
    ['Département', item.department],
    ['Région', item.region],
    ['Structure', item.organisation],
    ['Groupe VITA', item.group],
    ['Source', item.sourceLabel],
    ['Année', item.year === null ? null : String(item.year)],
  ];
  return (
    <div className="preview">
      <span className={`badge badge--${item.kind}`}>{KIND_LABELS[item.kind]}</span>
      <h2 className="preview__title">{item.title}</h2>
      <dl className="preview__facts">
        {facts
          .filter((f): f is [string, string] => !!f[1])
          .map(([k, v]) => (
            <div key={k}>
              <dt>{k}</dt>
              <dd>{v}</dd>
            </div>
          ))}
      </dl>
      {hit?.snippet ? (
        <p className="preview__text">
          <MatchMarks text={hit.snippet.text} ranges={hit.snippet.ranges} />
        </p>
      ) : (
        item.summary && <p className="preview__text">{item.summary}</p>
      )}
      {item.themes.length > 0 && (
        <ul className="row__themes" aria-label="Thèmes">
          {item.themes.map((t) => (
            <li key={t}>{t}</li>
          ))}
        </ul>
      )}
      <div className="preview__actions">
        <Link className="button primary" to={entryHref(item.id, state)} state={{ fromCatalogue: true }}>
          Ouvrir la fiche
        </Link>
        <AddToCompareButton targetId={item.id} />
      </div>
    </div>
  );
}
