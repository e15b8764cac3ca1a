// The editor of one correction: the original above, the corrected text below. A saved correction
// is edited like a note (its draft at each keystroke, saved within a second); a fact not yet
// corrected is typed into a pending draft and saved with « Enregistrer la correction ».
import { useCallback, useId, type ReactNode } from 'react';
import { draftKeys } from '../../db/drafts';
import { useDraftText } from '../../db/useDraftText';
import { TEXT_CAPS } from '../../db/text-caps';
import { CapNotice } from '../../services/CapNotice';
import type { CorrectionRow } from '../../db/correction-rows';
import { updateCorrection } from '../../db/corrections';

interface Common {
  /** « Passage : … » or « Territoire » */
  title: string;
  original: string;
  /** A list typed one item a line (people, e-mails…): the editor says so. */
  multiline: boolean;
  onClose: () => void;
  onDelete?: () => void;
}

/** A saved correction, saved as it is typed. */
export function SavedCorrectionEditor({
  correction,
  autoFocus = true,
  ...rest
}: Common & { correction: CorrectionRow; autoFocus?: boolean }) {
  const id = correction.id;
  const commit = useCallback((corrected: string) => updateCorrection(id, { corrected }), [id]);
  const field = useDraftText({
    draftKey: draftKeys.correction(id),
    saved: correction.corrected,
    savedAt: correction.updatedAt,
    commit,
  });
  const commitComment = useCallback((comment: string) => updateCorrection(id, { comment }), [id]);
  const comment = useDraftText({
    draftKey: draftKeys.correctionComment(id),
    saved: correction.comment,
    savedAt: correction.updatedAt,
    commit: commitComment,
  });
  const flush = () => {
    void field.flush();
    void comment.flush();
  };
  return (
    <EditorFrame
      {...rest}
      text={field.text}
      autoFocus={autoFocus}
      onChange={field.change}
      onBlur={flush}
      recovered={field.recovered ?? comment.recovered}
      error={field.error ?? comment.error}
      onDone={() => {
        flush();
        rest.onClose();
      }}
      doneLabel="Terminer"
    >
      <label className="correction-editor__field">
        Source ou justification (facultatif)
        <textarea
          value={comment.text}
          rows={2}
          maxLength={TEXT_CAPS.comment}
          onChange={(e) => comment.change(e.target.value)}
          onBlur={() => void comment.flush()}
          placeholder="Rapport d’activité 2009, appel à la structure…"
        />
        <CapNotice kind="comment" length={comment.text.length} />
      </label>
    </EditorFrame>
  );
}

/** A fact not corrected yet: the text waits in a pending draft until it is saved. */
export function NewFactCorrectionEditor({
  draftField,
  initial,
  onSave,
  ...rest
}: Common & { draftField: string; initial: string; onSave: (text: string) => Promise<unknown> }) {
  const field = useDraftText({ draftKey: draftKeys.pending(draftField), saved: initial });
  return (
    <EditorFrame
      {...rest}
      text={field.text}
      autoFocus
      onChange={field.change}
      recovered={field.recovered}
      error={field.error}
      onDone={() => {
        const text = field.text;
        void onSave(text).then(() => field.reset(''));
      }}
      doneLabel="Enregistrer la correction"
      onCancel={() => {
        void field.reset('');
        rest.onClose();
      }}
    />
  );
}

function EditorFrame({
  title,
  original,
  multiline,
  text,
  autoFocus,
  onChange,
  onBlur,
  recovered,
  error,
  onDone,
  doneLabel,
  onCancel,
  onDelete,
  children,
}: Common & {
  children?: ReactNode;
  text: string;
  autoFocus: boolean;
  onChange: (text: string) => void;
  onBlur?: () => void;
  recovered: string | null;
  error: string | null;
  onDone: () => void;
  doneLabel: string;
  onCancel?: () => void;
}) {
  const titleId = useId();
  return (
    <div
      className="correction-editor"
      role="group"
      aria-labelledby={titleId}
      onKeyDown={(e) => {
        // Escape closes the editor (the text is kept), not the entry view behind it.
        if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          onBlur?.();
          (onCancel ?? onDone)();
        }
      }}
    >
      <h3 id={titleId}>Corriger : {title}</h3>
      <p className="correction-editor__original">
        <span className="correction-editor__label">Texte d’origine</span>
        {original ? <span className="correction-editor__was">{original}</span> : <em>(absent)</em>}
      </p>
      <label className="correction-editor__field">
        Texte corrigé
        <textarea
          autoFocus={autoFocus}
          value={text}
          rows={4}
          maxLength={TEXT_CAPS.correction}
          onChange={(e) => onChange(e.target.value)}
          onBlur={onBlur}
        />
        <CapNotice kind="correction" length={text.length} />
      </label>
      {multiline && <p className="muted correction-editor__hint">Un élément par ligne.</p>}
      {children}
      {recovered && (
        <p className="field-recovered" role="status">
          {recovered}
        </p>
      )}
      {error && (
        <p className="annotations-error" role="alert">
          {error}
        </p>
      )}
      <div className="correction-editor__actions">
        <button type="button" className="primary" onClick={onDone}>
          {doneLabel}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            Annuler
          </button>
        )}
        {onDelete && (
          <button type="button" className="danger" onClick={onDelete}>
            Supprimer la correction
          </button>
        )}
      </div>
    </div>
  );
}
