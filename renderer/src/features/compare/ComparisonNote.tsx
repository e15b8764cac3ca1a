// The user's note on a saved comparison as a whole: a note saved through the note path, with
// the same drafts as every other field (durable at each keystroke, saved within a second).
import { useCallback } from 'react';
import { comparisonNoteId, saveComparisonNote, useComparisonNote } from './store';
import { draftKeys } from '../../db/drafts';
import { useDraftText } from '../../db/useDraftText';
import { CapNotice } from '../../services/CapNotice';
import { TEXT_CAPS } from '../../db/text-caps';

const STATUS: Record<string, string> = {
  idle: '',
  pending: 'Modifications en cours…',
  saving: 'Enregistrement…',
  saved: 'Note enregistrée.',
  error: 'La note n’a pas pu être enregistrée.',
};

export function ComparisonNote({ comparisonId }: { comparisonId: string }) {
  const stored = useComparisonNote(comparisonId);
  if (stored === undefined) return null;
  // Keyed by comparison: another comparison starts from its own stored note.
  return <NoteField key={comparisonId} comparisonId={comparisonId} stored={stored} />;
}

function NoteField({ comparisonId, stored }: { comparisonId: string; stored: string }) {
  const commit = useCallback((body: string) => saveComparisonNote(comparisonId, body), [comparisonId]);
  const { text, change, flush, status, error, recovered } = useDraftText({
    draftKey: draftKeys.note(comparisonNoteId(comparisonId)),
    saved: stored,
    commit,
  });
  return (
    <div className="compare-note">
      <label htmlFor="compare-note-body">Ma note sur cette comparaison</label>
      <textarea
        id="compare-note-body"
        rows={4}
        value={text}
        maxLength={TEXT_CAPS.note}
        onChange={(e) => change(e.target.value)}
        onBlur={() => void flush()}
      />
      <CapNotice kind="note" length={text.length} />
      <p className="compare-note__status" role="status">
        {recovered ?? STATUS[status]}
      </p>
      {error && (
        <p className="compare-note__error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
