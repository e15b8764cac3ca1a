// Autosave of one note, through the one drafts mechanism (db/useDraftText): every keystroke
// is in the drafts table at once, the note is saved within MAX_WAIT, and on blur, on hiding
// the page and on leaving it. A failed save keeps the text on screen with a French message.
import { useCallback } from 'react';
import { saveNote } from '../../db/annotations';
import { draftKeys } from '../../db/drafts';
import type { NoteRow } from '../../db/rows';
import { useDraftText } from '../../db/useDraftText';

export { MAX_WAIT, SAVE_DELAY, type SaveStatus } from '../../db/useDraftText';

export function useAutosave(note: NoteRow) {
  const { id, targetId } = note;
  const commit = useCallback(
    async (body: string) => void (await saveNote({ id, targetId, body })),
    [id, targetId],
  );
  return useDraftText({ draftKey: draftKeys.note(id), saved: note.body, savedAt: note.updatedAt, commit });
}
