// What the user must know about their stored work, shown under the header where it is seen:
// text recovered at start-up from drafts left by a crash, and a failed automatic backup (with
// « Réessayer »). Non-blocking: the app stays usable underneath.
import { useEffect, useState } from 'react';
import { recoverDraftsOnce } from '../../db/recovery';
import { backupNow, useBackupFailure } from './useAutoBackup';
import { plural } from '../../core/plural';
import './annotations.css';

export function StorageStatus() {
  const failure = useBackupFailure();
  const [retrying, setRetrying] = useState(false);
  const [recovered, setRecovered] = useState(0);

  useEffect(() => {
    let live = true;
    recoverDraftsOnce().then(
      (n) => live && setRecovered(n),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);

  if (!failure && recovered === 0) return null;
  return (
    <div className="storage-status">
      {failure && (
        <div className="storage-status__banner storage-status__banner--error" role="alert">
          <p>{failure}</p>
          <button
            type="button"
            disabled={retrying}
            onClick={() => {
              setRetrying(true);
              void backupNow(true).finally(() => setRetrying(false));
            }}
          >
            {retrying ? 'Nouvel essai…' : 'Réessayer'}
          </button>
        </div>
      )}
      {recovered > 0 && (
        <div className="storage-status__banner" role="status">
          <p>
            Repères a récupéré {plural(recovered, 'texte')} que vous étiez en train de taper quand il s’est
            fermé ; {recovered > 1 ? 'ils sont' : 'il est'} de nouveau enregistré{recovered > 1 ? 's' : ''}.
          </p>
          <button type="button" onClick={() => setRecovered(0)}>
            Fermer
          </button>
        </div>
      )}
    </div>
  );
}
