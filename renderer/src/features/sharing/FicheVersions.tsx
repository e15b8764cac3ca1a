// « 2 versions » of a fiche the user wrote: the fields that differ, side by side, as plain text.
// The user keeps one version, or merges them field by field (a choice per differing field);
// either ends the conflict on every replica. Nothing shows when the fiche has one version.
import { useId, useMemo, useState } from 'react';
import type { SyncConflictRow } from '../../sharing/bridge';
import { resolveConflict, useConflict } from '../../sharing/service';
import { ficheDifferences, mergeFicheVersions } from '../../core/fiche-versions';
import { plural } from '../../core/plural';
import { formatWhen } from './format';
import './sharing.css';

export function FicheVersions({ id }: { id: string }) {
  const conflict = useConflict('fiches', id);
  return conflict ? (
    <FicheVersionsTable key={conflict.versions.map((v) => v.rev).join()} conflict={conflict} />
  ) : null;
}

function FicheVersionsTable({ conflict }: { conflict: SyncConflictRow }) {
  const titleId = useId();
  const rows = useMemo(() => conflict.versions.map((v) => v.row), [conflict]);
  const differences = useMemo(() => ficheDifferences(rows), [rows]);
  const [merging, setMerging] = useState(false);
  const [picks, setPicks] = useState<Record<string, number>>({});
  const [error, setError] = useState<string | null>(null);
  const who = (i: number) => conflict.versions[i]?.author || 'auteur inconnu';
  const choose = async (row: Record<string, unknown>) => {
    const result = await resolveConflict(conflict.docId, row);
    setError(result.ok ? null : result.error.message);
  };
  return (
    <section className="conflict" aria-labelledby={titleId}>
      <h2 id={titleId} className="conflict__title">
        {plural(conflict.versions.length, 'version')}
      </h2>
      <p className="conflict__hint">
        Cette fiche a été modifiée sur deux postes. Comparez les champs qui diffèrent, gardez une version ou
        fusionnez-les champ par champ.
      </p>
      <div className="conflict__table-wrap">
        <table className="conflict__table">
          <caption className="visually-hidden">Champs qui diffèrent entre les versions</caption>
          <thead>
            <tr>
              <th scope="col">Champ</th>
              {conflict.versions.map((v, i) => (
                <th scope="col" key={v.rev}>
                  Version {i + 1}
                  <span className="conflict__meta">
                    {' '}
                    · {who(i)} · {formatWhen(v.at)}
                  </span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {differences.map((d) => (
              <tr key={d.key}>
                <th scope="row">{d.label}</th>
                {d.values.map((value, i) => (
                  <td key={conflict.versions[i]!.rev}>
                    {merging ? (
                      <label className="conflict__pick">
                        <input
                          type="radio"
                          name={`${titleId}-${d.key}`}
                          checked={(picks[d.key] ?? 0) === i}
                          onChange={() => setPicks((p) => ({ ...p, [d.key]: i }))}
                        />
                        <span className="visually-hidden">
                          {d.label} : prendre la version {i + 1}
                        </span>
                        {/* Text, never HTML: whatever another machine wrote is shown as it is. */}
                        <span className="conflict__text">{value || '(vide)'}</span>
                      </label>
                    ) : (
                      <span className="conflict__text">{value || '(vide)'}</span>
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <td />
              {conflict.versions.map((v, i) => (
                <td key={v.rev}>
                  <button
                    type="button"
                    onClick={() => void choose(v.row)}
                    aria-label={`Garder la version ${i + 1} (${who(i)})`}
                  >
                    Garder cette version
                  </button>
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      </div>
      <div className="conflict__actions">
        {merging ? (
          <>
            <button type="button" onClick={() => void choose(mergeFicheVersions(rows, picks))}>
              Enregistrer la fusion
            </button>
            <button type="button" onClick={() => setMerging(false)}>
              Annuler
            </button>
          </>
        ) : (
          <button type="button" onClick={() => setMerging(true)}>
            Fusionner champ par champ…
          </button>
        )}
      </div>
      {error && (
        <p className="annotations-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
