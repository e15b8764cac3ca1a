// The one hook behind every field the user types into. Each keystroke goes to the drafts table
// at once (durable before any save); a field with a `commit` is then saved SAVE_DELAY after
// typing pauses and never later than MAX_WAIT after the first unsaved keystroke, so steady
// typing is saved too; and at once on blur, on hiding or leaving the page, and on unmount.
// A field without `commit` (text typed in an input not yet submitted) lives in its draft until
// it is submitted. Text found in a draft when the field mounts is put back, with a message.
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { clearDraft, getDraft, putDraft, recoveredThisSession } from './drafts';
import { recoverDraftsOnce } from './recovery';
import { storageErrorMessage } from './errors';

export const SAVE_DELAY = 400;
export const MAX_WAIT = 900;

export const RECOVERED_MESSAGE =
  'Texte récupéré : il n’avait pas été enregistré quand Repères s’est fermé. Vérifiez-le, il est de nouveau enregistré.';
export const RECOVERED_PENDING_MESSAGE =
  'Texte récupéré : vous l’aviez tapé sans le valider quand Repères s’est fermé.';

export type SaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

export interface DraftTextOptions {
  /** Draft key (draftKeys.*); fixed for the life of the field. */
  draftKey: string;
  /** The saved text ('' for an input whose text is only submitted later). */
  saved: string;
  /** When the saved text was last written: an older draft is stale. */
  savedAt?: number;
  /** Saves the text; absent for inputs submitted by the user (a new tag, a new name). */
  commit?: (text: string) => Promise<void>;
  /** How the gateway stores a text (a name is trimmed): the saved form of our own commit is not news. */
  normalise?: (text: string) => string;
}

export function useDraftText({ draftKey, saved, savedAt = 0, commit, normalise }: DraftTextOptions) {
  const [text, setText] = useState(saved);
  const [status, setStatus] = useState<SaveStatus>('idle');
  const [error, setError] = useState<string | null>(null);
  const [recovered, setRecovered] = useState<string | null>(null);
  const latest = useRef(saved);
  const committed = useRef(saved);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const firstUnsaved = useRef<number | null>(null);
  const commitRef = useRef(commit);
  const keyRef = useRef(draftKey);
  const normaliseRef = useRef(normalise);
  useLayoutEffect(() => {
    commitRef.current = commit;
    keyRef.current = draftKey;
    normaliseRef.current = normalise;
  });

  // Every text this field saved (as stored): the live query may echo one of them late, after a
  // newer save, and an echo must not put older text back under the user's fingers.
  const ours = useRef(new Set([saved]));
  // Saves run one after the other, so `committed` follows the order they were made in; with
  // none under way a save starts at once (synchronously up to its first write).
  const saving = useRef<Promise<void> | null>(null);
  const edited = useRef(false);

  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const run = async () => {
      const save = commitRef.current;
      const body = latest.current;
      if (!save || body === committed.current) return;
      firstUnsaved.current = null;
      setStatus('saving');
      try {
        await save(body);
        committed.current = body;
        ours.current.add(normaliseRef.current?.(body) ?? body);
        setError(null);
        setStatus(latest.current === body ? 'saved' : 'pending');
      } catch (e) {
        setError(storageErrorMessage(e));
        setStatus('error');
      }
    };
    const next = saving.current ? saving.current.then(run) : run();
    saving.current = next;
    void next.finally(() => {
      if (saving.current === next) saving.current = null;
    });
    return next;
  }, []);

  const change = useCallback(
    (body: string) => {
      edited.current = true;
      latest.current = body;
      setText(body);
      setRecovered(null);
      recoveredThisSession.forget(keyRef.current);
      putDraft(keyRef.current, body).catch((e: unknown) => {
        setError(storageErrorMessage(e));
        setStatus('error');
      });
      if (!commitRef.current) return;
      setStatus('pending');
      const now = Date.now();
      firstUnsaved.current ??= now;
      if (timer.current) clearTimeout(timer.current);
      const wait = Math.max(0, Math.min(SAVE_DELAY, firstUnsaved.current + MAX_WAIT - now));
      timer.current = setTimeout(() => void flush(), wait);
    },
    [flush],
  );

  /** The text was submitted or abandoned: the field starts again from `next`, its draft gone. */
  const reset = useCallback(async (next = '') => {
    latest.current = committed.current = next;
    setText(next);
    setRecovered(null);
    recoveredThisSession.forget(keyRef.current);
    await clearDraft(keyRef.current);
  }, []);

  // Text typed before a crash or a closed window: put it back in the field, and save it.
  useEffect(() => {
    let live = true;
    recoverDraftsOnce()
      .then(() => getDraft(draftKey))
      .then(async (draft) => {
        // Typing began before the draft was read: what is on screen now is newer than any draft.
        if (!live || edited.current) return;
        const pendingInput = !commitRef.current;
        const message = pendingInput ? RECOVERED_PENDING_MESSAGE : RECOVERED_MESSAGE;
        if (!draft) {
          if (recoveredThisSession.has(draftKey)) setRecovered(message);
          return;
        }
        if (draft.recovered) {
          // Applied at start-up already (recoverDrafts): say so, for the rest of the session.
          latest.current = committed.current = draft.body;
          setText(draft.body);
          setRecovered(message);
          recoveredThisSession.add(draftKey);
          // A submitted field's draft is done with; an input's stays (flagged) until submitted.
          if (!pendingInput) await clearDraft(draftKey, draft.body);
          return;
        }
        if (draft.body === committed.current || (!pendingInput && draft.updatedAt < savedAt)) {
          if (!pendingInput) await clearDraft(draftKey, draft.body);
          return;
        }
        latest.current = draft.body;
        if (pendingInput) committed.current = draft.body;
        setText(draft.body);
        setRecovered(message);
        recoveredThisSession.add(draftKey);
        await flush();
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
    // Once per field: later text comes from the field itself.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [draftKey]);

  // Another view (an import, another tab) changed the saved text while nothing here was unsaved.
  useEffect(() => {
    if (commitRef.current && latest.current === committed.current && !ours.current.has(saved)) {
      ours.current.add(saved);
      latest.current = committed.current = saved;
      setText(saved);
    }
  }, [saved]);

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

  return { text, change, flush, reset, status, error, recovered };
}
