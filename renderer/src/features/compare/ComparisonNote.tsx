// The user's note on a saved comparison as a whole, autosaved while typing.
import { useEffect, useRef, useState } from 'react';
import { saveComparisonNote, useComparisonNote } from './store';
import { CapNotice } from '../../services/CapNotice';
import { TEXT_CAPS } from '../../core/text-caps';

const AUTOSAVE_MS = 600;

export function ComparisonNote({ comparisonId }: { comparisonId: string }) {
  const stored = useComparisonNote(comparisonId);
  const [body, setBody] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const pending = useRef<string | null>(null);

  // A new comparison: start from its stored note.
  useEffect(() => {
    setBody(null);
    setStatus('');
  }, [comparisonId]);

  // Never lose what was typed: flush on leaving the view.
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
      if (pending.current !== null) void saveComparisonNote(comparisonId, pending.current);
    },
    [comparisonId],
  );

  if (stored === undefined) return null;
  const value = body ?? stored;

  function change(next: string) {
    setBody(next);
    setStatus('Enregistrement…');
    pending.current = next;
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      pending.current = null;
      saveComparisonNote(comparisonId, next).then(
        () => setStatus('Note enregistrée.'),
        () => setStatus('La note n’a pas pu être enregistrée.'),
      );
    }, AUTOSAVE_MS);
  }

  return (
    <div className="compare-note">
      <label htmlFor="compare-note-body">Ma note sur cette comparaison</label>
      <textarea
        id="compare-note-body"
        rows={4}
        value={value}
        maxLength={TEXT_CAPS.note}
        onChange={(e) => change(e.target.value)}
      />
      <CapNotice kind="note" length={value.length} />
      <p className="compare-note__status" role="status">
        {status}
      </p>
    </div>
  );
}
