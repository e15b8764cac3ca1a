// An e-mail or web address shown as text with a "Copier" button: the app never opens the
// network or a mail client, the reader copies what they need.
import { useEffect, useState } from 'react';
import './copy.css';

export function CopyText({ text, what }: { text: string; what: string }) {
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (status === 'idle') return;
    const t = setTimeout(() => setStatus('idle'), 2000);
    return () => clearTimeout(t);
  }, [status]);
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
  }
  return (
    <span className="copy">
      <span className="copy__text">{text}</span>
      <button
        type="button"
        className="copy__button"
        onClick={() => void copy()}
        aria-label={`Copier ${what} ${text}`}
      >
        Copier
      </button>
      <span className="copy__status" role="status">
        {status === 'copied'
          ? 'Copié'
          : status === 'failed'
            ? 'Copie impossible : sélectionnez le texte'
            : ''}
      </span>
    </span>
  );
}
