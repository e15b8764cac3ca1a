// « 2 versions »: a record edited on two machines before they met. Every version is shown as
// plain text with who wrote it and when; the user keeps one, or types the merged text.
import { useId, useState } from 'react';
import type { SyncConflictRow } from '../../sharing/bridge';
import { resolveConflict } from '../../sharing/service';
import { formatWhen } from './format';
import { plural } from '../../core/plural';
import './sharing.css';

export interface ConflictChooserProps {
  conflict: SyncConflictRow;
  /** The text of a version, as the user knows it (a note's body, a fiche's text…). */
  textOf: (row: Record<string, unknown>) => string;
  /** The row to save when the user merges: the kept version with the typed text. */
  merged?: (base: Record<string, unknown>, text: string) => Record<string, unknown>;
  /** What the record is, for the accessible names: « cette note ». */
  what: string;
}

export function ConflictChooser({ conflict, textOf, merged, what }: ConflictChooserProps) {
  const titleId = useId();
  const [merging, setMerging] = useState(false);
  const [text, setText] = useState(() => conflict.versions.map((v) => textOf(v.row)).join('\n\n'));
  const [error, setError] = useState<string | null>(null);
  const count = conflict.versions.length;
  const choose = async (row: Record<string, unknown>) => {
    const result = await resolveConflict(conflict.docId, row);
    setError(result.ok ? null : result.error.message);
  };
  return (
    <section className="conflict" aria-labelledby={titleId}>
      <h3 id={titleId} className="conflict__title">
        {plural(count, 'version')}
      </h3>
      <p className="conflict__hint">
        {what} a été modifiée sur deux postes : gardez une version ou fusionnez-les.
      </p>
      <ol className="conflict__versions">
        {conflict.versions.map((v, i) => (
          <li key={v.rev} className="conflict__version">
            <p className="conflict__meta">
              Version {i + 1} · {v.author || 'auteur inconnu'} · {formatWhen(v.at)}
            </p>
            {/* Text, never HTML: whatever another machine wrote is shown as it is. */}
            <div className="conflict__text">{textOf(v.row)}</div>
            <button
              type="button"
              onClick={() => void choose(v.row)}
              aria-label={`Garder la version ${i + 1} (${v.author || 'auteur inconnu'})`}
            >
              Garder cette version
            </button>
          </li>
        ))}
      </ol>
      {merged &&
        (merging ? (
          <div className="conflict__merge">
            <label>
              Texte fusionné
              <textarea value={text} rows={8} onChange={(e) => setText(e.target.value)} />
            </label>
            <div className="conflict__actions">
              <button
                type="button"
                disabled={text.trim() === ''}
                onClick={() => void choose(merged(conflict.versions[0]!.row, text))}
              >
                Enregistrer la fusion
              </button>
              <button type="button" onClick={() => setMerging(false)}>
                Annuler
              </button>
            </div>
          </div>
        ) : (
          <button type="button" onClick={() => setMerging(true)}>
            Fusionner…
          </button>
        ))}
      {error && (
        <p className="annotations-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
