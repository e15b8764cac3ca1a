// The button that hands a document's original file back to the user, with its outcome said.
import { useState } from 'react';
import type { DocumentRow } from '../../db/documents';
import { announce } from '../../services/announce';
import { openOriginal } from './open-original';

export function OpenOriginalButton({
  doc,
  label = 'Ouvrir le fichier d’origine',
}: {
  doc: Pick<DocumentRow, 'id' | 'fileName' | 'format' | 'title'>;
  label?: string;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        aria-label={`${label} (« ${doc.fileName} »)`}
        disabled={busy}
        onClick={() => {
          setBusy(true);
          setError(null);
          void openOriginal(doc).then((outcome) => {
            setBusy(false);
            if (outcome.ok) announce(outcome.message);
            else setError(outcome.message);
          });
        }}
      >
        {label}
      </button>
      {error && (
        <span role="alert" className="documents__error">
          {error}
        </span>
      )}
    </>
  );
}
