// Passage corrections of an item: placed in the current text of its sections (core/corrections),
// drawn in place of the passage they correct, and those that cannot be found listed as orphans.
import { useId, useMemo, useState } from 'react';
import type { PassageCorrectionRow } from '../../db/correction-rows';
import { deleteCorrection, useCorrections } from '../../db/corrections';
import { placeCorrections, type CorrectionPlacement, type SectionText } from '../../core/corrections';
import { useStorageAction } from '../../services/useStorageAction';
import { SavedCorrectionEditor } from './CorrectionEditor';
import './corrections.css';

export function usePassageCorrections(
  targetId: string,
  sections: readonly SectionText[],
): CorrectionPlacement {
  const rows = useCorrections(targetId);
  return useMemo(
    () =>
      placeCorrections(
        sections,
        rows.filter((r): r is PassageCorrectionRow => r.kind === 'passage'),
      ),
    [rows, sections],
  );
}

/** Corrections whose passage is no longer in the text: kept, shown with what they corrected. */
export function CorrectionOrphans({ orphans }: { orphans: readonly PassageCorrectionRow[] }) {
  const [run, error] = useStorageAction();
  const [editing, setEditing] = useState<string | null>(null);
  const headingId = useId();
  if (orphans.length === 0) return null;
  return (
    <section className="orphans correction-orphans" aria-labelledby={headingId}>
      <h2 id={headingId}>Corrections orphelines</h2>
      <p className="muted">
        Ces passages corrigés n’ont pas été retrouvés dans le texte actuel de la fiche (le document a
        peut-être changé) ; vos corrections sont conservées.
      </p>
      {error && (
        <p className="annotations-error" role="alert">
          {error}
        </p>
      )}
      <ul>
        {orphans.map((c) => (
          <li key={c.id} id={`corr-${c.id}`} tabIndex={-1}>
            <p>
              <span className="corrected__label">Texte d’origine : </span>
              <del className="corrected__was">{c.quote.exact}</del>
            </p>
            <p>
              <span className="corrected__label">Corrigé en : </span>
              <ins className="corrected__value">{c.corrected}</ins>
            </p>
            {editing === c.id ? (
              <SavedCorrectionEditor
                correction={c}
                title="passage orphelin"
                original={c.quote.exact}
                multiline={false}
                onClose={() => setEditing(null)}
                onDelete={() => void run(() => deleteCorrection(c.id))}
              />
            ) : (
              <div className="correction-orphans__actions">
                <button type="button" onClick={() => setEditing(c.id)}>
                  Modifier
                </button>
                <button
                  type="button"
                  className="danger"
                  onClick={() => void run(() => deleteCorrection(c.id))}
                >
                  Supprimer la correction
                </button>
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
