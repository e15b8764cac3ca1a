// The selected result, with its row actions: open the entry, add it to the comparison.
import { Link } from '../../services/router';
import { KIND_LABELS } from '../../../../electron/shared/labels';
import type { CatalogueState } from '../../core/url-state';
import { AddToCompareButton } from '../compare';
import { MatchMarks } from './MatchMarks';
import type { Result } from './useCatalogueResults';
import { entryHref } from './useCatalogueState';
import { useCatalogue } from '../../catalogue/CatalogueContext';
import type { FactField } from '../../db/correction-rows';
import { CorrectedFlag } from '../../services/CorrectedFlag';

export function ResultPreview({ result, state }: { result: Result | null; state: CatalogueState }) {
  const { corrected } = useCatalogue();
  if (!result) {
    return <p className="preview__empty">Sélectionnez une fiche pour en voir l’aperçu.</p>;
  }
  const { item, hit } = result;
  // The fact each value comes from, when the user may correct it (the region follows the department).
  const facts: [string, string | null, FactField?][] = [
    ['Territoire', item.territory, 'territory'],
    ['Département', item.department, 'department'],
    ['Région', item.region, 'department'],
    ['Structure', item.organisation, 'organisation'],
    ['Groupe VITA', item.group],
    ['Source', item.sourceLabel],
    ['Année', item.year === null ? null : String(item.year), 'year'],
  ];
  const fixed = corrected?.get(item.id)?.fields;
  return (
    <div className="preview">
      <span className={`badge badge--${item.kind}`}>{KIND_LABELS[item.kind]}</span>
      <h2 className="preview__title">{item.title}</h2>
      <dl className="preview__facts">
        {facts
          .filter((f): f is [string, string, FactField?] => !!f[1])
          .map(([k, v, field]) => (
            <div key={k}>
              <dt>{k}</dt>
              <dd>
                {v}
                {field && fixed?.has(field) && <CorrectedFlag fields={[field]} />}
              </dd>
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
