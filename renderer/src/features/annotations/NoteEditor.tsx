import { useEffect, useId, useRef, useState } from 'react';
import type { NoteRow } from '../../db/rows';
import { formatDateTime } from './format';
import { MarkdownBody } from './MarkdownBody';
import { useMarkdown } from './useMarkdown';
import { useAutosave } from './useAutosave';
import { CapNotice } from '../../services/CapNotice';
import { TEXT_CAPS } from '../../db/text-caps';
import { ConflictChooser } from '../sharing';
import { useConflict } from '../../sharing/service';

const STATUS: Record<string, string> = {
  idle: '',
  pending: 'Modifications en cours…',
  saving: 'Enregistrement…',
  saved: 'Enregistré',
  error: 'Non enregistré',
};

export interface NoteEditorProps {
  note: NoteRow;
  /** Opens in edit mode (a note just created). */
  startEditing?: boolean;
  onDelete: (id: string) => void;
  /** Called on leaving an empty note, so abandoned new notes do not pile up. */
  onEmpty?: (id: string) => void;
}

export function NoteEditor({ note, startEditing = false, onDelete, onEmpty }: NoteEditorProps) {
  const { text, change, flush, status, error, recovered } = useAutosave(note);
  const [editing, setEditing] = useState(startEditing || note.body === '');
  // Text recovered from a crash reopens the editor, so the user sees it and can check it.
  useEffect(() => {
    if (recovered) setEditing(true);
  }, [recovered]);
  const area = useRef<HTMLTextAreaElement>(null);
  const labelId = useId();
  useEffect(() => {
    if (editing && startEditing) area.current?.focus();
  }, [editing, startEditing]);
  const html = useMarkdown(text, !editing);
  const conflict = useConflict('notes', note.id);
  return (
    <article className="note" id={`note-${note.id}`} aria-labelledby={labelId}>
      <header className="note__meta">
        <span id={labelId}>
          Note créée le {formatDateTime(note.createdAt)}
          {note.updatedAt - note.createdAt > 1000 && <> · modifiée le {formatDateTime(note.updatedAt)}</>}
        </span>
        <span className={`note__status note__status--${status}`} role="status">
          {STATUS[status]}
        </span>
      </header>
      {conflict && (
        <ConflictChooser
          conflict={conflict}
          what="Cette note"
          textOf={(row) => (typeof row.body === 'string' ? row.body : '')}
          merged={(base, body) => ({
            ...base,
            body,
            updatedAt: Math.max(Date.now(), Number(base.updatedAt) + 1),
          })}
        />
      )}
      {editing ? (
        <textarea
          ref={area}
          className="note__text"
          aria-label="Texte de la note (Markdown)"
          value={text}
          rows={Math.min(16, Math.max(4, text.split('\n').length + 1))}
          placeholder="Écrivez votre note… (Markdown : **gras**, *italique*, listes avec -)"
          maxLength={TEXT_CAPS.note}
          onChange={(e) => change(e.target.value)}
          onBlur={() => {
            void flush();
            if (text.trim() === '') onEmpty?.(note.id);
            else setEditing(false);
          }}
        />
      ) : html === null ? (
        // The Markdown renderer is still loading: the note as plain text meanwhile.
        <div className="note__body note__body--plain">{text}</div>
      ) : (
        <MarkdownBody html={html} />
      )}
      {editing && <CapNotice kind="note" length={text.length} />}
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
      <div className="note__actions">
        {!editing && (
          <button type="button" onClick={() => setEditing(true)}>
            Modifier
          </button>
        )}
        <button
          type="button"
          className="danger"
          onClick={() => {
            if (text.trim() === '' || window.confirm('Supprimer cette note ?')) onDelete(note.id);
          }}
        >
          Supprimer
        </button>
      </div>
    </article>
  );
}
