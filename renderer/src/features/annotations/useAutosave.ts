// Autosave of one note: every keystroke goes to the drafts table at once, the note itself is
// saved at most SAVE_DELAY after typing stops (and never later than MAX_WAIT after the first
// unsaved keystroke), and immediately on blur, on hiding the page and on leaving it. A failed
// save keeps the text on screen with a French message and is retried on the next change.
import { useCallback, useEffect, useRef, useState } from 'react';
import { db } from '../../db/ReperesDb';
import { draftKey, saveDraft, saveNote } from '../../db/repository';
import { storageErrorMessage } from '../../db/errors';
import type { NoteRow } from '../../db/rows';

export const SAVE_DELAY = 400;
export const MAX_WAIT = 900;

export type SaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

export function useAutosave(note: NoteRow) {
  const [text, setText] = useState(note.body);
  const [status, setStatus] = useState<SaveStatus>('idle');
  const [error, setError] = useState<string | null>(null);
  const latest = useRef(note.body);
  const saved = useRef(note.body);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const firstUnsaved = useRef<number | null>(null);
  const target = useRef({ id: note.id, targetId: note.targetId });

  const flush = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const body = latest.current;
    if (body === saved.current) return;
    firstUnsaved.current = null;
    setStatus('saving');
    try {
      await saveNote(db(), { ...target.current, body });
      saved.current = body;
      setError(null);
      setStatus(latest.current === body ? 'saved' : 'pending');
    } catch (e) {
      setError(storageErrorMessage(e));
      setStatus('error');
    }
  }, []);

  const change = useCallback(
    (body: string) => {
      latest.current = body;
      setText(body);
      setStatus('pending');
      saveDraft(db(), target.current.id, body).catch((e: unknown) => {
        setError(storageErrorMessage(e));
        setStatus('error');
      });
      const now = Date.now();
      firstUnsaved.current ??= now;
      if (timer.current) clearTimeout(timer.current);
      const wait = Math.max(0, Math.min(SAVE_DELAY, firstUnsaved.current + MAX_WAIT - now));
      timer.current = setTimeout(() => void flush(), wait);
    },
    [flush],
  );

  // Recover text typed before a crash or a closed window: a draft that differs from the note.
  useEffect(() => {
    let live = true;
    db()
      .drafts.get(draftKey(note.id))
      .then((draft) => {
        if (live && draft && draft.body !== saved.current && draft.updatedAt >= note.updatedAt) {
          change(draft.body);
          void flush();
        }
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
    // Only once per note: later edits come from this editor itself.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [note.id]);

  // Another view (an import) changed the note while this editor had nothing unsaved.
  useEffect(() => {
    if (latest.current === saved.current && note.body !== saved.current) {
      latest.current = saved.current = note.body;
      setText(note.body);
    }
  }, [note.body]);

  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    const onLeave = () => void flush();
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', onLeave);
    window.addEventListener('beforeunload', onLeave);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', onLeave);
      window.removeEventListener('beforeunload', onLeave);
      void flush();
    };
  }, [flush]);

  return { text, change, flush, status, error };
}
