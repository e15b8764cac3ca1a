// Corrections of an entry's facts in the « Repères clés » panel: a corrected fact shows its
// corrected value marked « corrigé », its original one click away; « Corriger un repère » opens
// the editor for any fact, present or missing.
import { useMemo, useRef, useState, type ReactNode } from 'react';
import type { Entry } from '../../../../electron/shared/schema';
import { FACT_FIELDS, type FactCorrectionRow, type FactField } from '../../db/correction-rows';
import { correctFact, deleteCorrection, useCorrections } from '../../db/corrections';
import { FACT_LABELS, MULTILINE_FIELDS, factLines, factText } from '../../core/corrections';
import { useStorageAction } from '../../services/useStorageAction';
import { CorrectedMark } from './CorrectedMark';
import { NewFactCorrectionEditor, SavedCorrectionEditor } from './CorrectionEditor';
import './corrections.css';

/** The entry's fact corrections by field. */
export function useFactCorrections(entryId: string): Map<FactField, FactCorrectionRow> {
  const rows = useCorrections(entryId);
  return useMemo(
    () =>
      new Map(
        rows.filter((r): r is FactCorrectionRow => r.kind === 'fact').map((r) => [r.field, r] as const),
      ),
    [rows],
  );
}

/** A fact as corrected, or as the entry has it when it is not. */
export function CorrectableFact({
  field,
  correction,
  children,
  onEdit,
}: {
  field: FactField;
  correction: FactCorrectionRow | undefined;
  children: ReactNode;
  onEdit?: (field: FactField) => void;
}) {
  if (!correction) return <>{children}</>;
  const lines = factLines(correction.corrected);
  const value =
    lines.length === 0 ? (
      <em>(supprimé)</em>
    ) : MULTILINE_FIELDS.has(field) ? (
      <ul className="facts__list">
        {lines.map((l, i) => (
          <li key={`${i}-${l}`}>{l}</li>
        ))}
      </ul>
    ) : (
      lines.join(' ')
    );
  return (
    <CorrectedMark
      original={children ?? <em>(absent)</em>}
      what={FACT_LABELS[field].toLocaleLowerCase('fr')}
      note={correction.comment}
      onEdit={onEdit ? () => onEdit(field) : undefined}
    >
      {value}
    </CorrectedMark>
  );
}

/** « Corriger un repère » and its editor, under the facts. */
export function FactCorrectionTool({
  entry,
  corrections,
  field,
  onField,
}: {
  entry: Entry;
  corrections: Map<FactField, FactCorrectionRow>;
  /** The fact being corrected, or null when the editor is closed (kept by the panel). */
  field: FactField | null;
  onField: (field: FactField | null) => void;
}) {
  const [run, error] = useStorageAction();
  const opener = useRef<HTMLButtonElement>(null);
  const [choice, setChoice] = useState<FactField>('territory');
  const close = () => {
    onField(null);
    opener.current?.focus();
  };
  const existing = field ? corrections.get(field) : undefined;
  return (
    <div className="fact-corrections">
      {field === null ? (
        <div className="fact-corrections__open">
          <label>
            <span className="visually-hidden">Repère à corriger</span>
            <select value={choice} onChange={(e) => setChoice(e.target.value as FactField)}>
              {FACT_FIELDS.map((f) => (
                <option key={f} value={f}>
                  {FACT_LABELS[f]}
                  {corrections.has(f) ? ' (corrigé)' : ''}
                </option>
              ))}
            </select>
          </label>
          <button type="button" ref={opener} onClick={() => onField(choice)}>
            Corriger ce repère
          </button>
        </div>
      ) : existing ? (
        <SavedCorrectionEditor
          key={existing.id}
          correction={existing}
          title={FACT_LABELS[field]}
          original={existing.original}
          multiline={MULTILINE_FIELDS.has(field)}
          onClose={close}
          onDelete={() => {
            void run(() => deleteCorrection(existing.id));
            close();
          }}
        />
      ) : (
        <NewFactCorrectionEditor
          key={field}
          draftField={`correction:${entry.id}:${field}`}
          initial={factText(entry, field)}
          title={FACT_LABELS[field]}
          original={factText(entry, field)}
          multiline={MULTILINE_FIELDS.has(field)}
          onClose={close}
          onSave={async (text) => {
            const saved = await run(() =>
              correctFact({ targetId: entry.id, field, original: factText(entry, field), corrected: text }),
            );
            if (saved) close();
          }}
        />
      )}
      {error && (
        <p className="annotations-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
