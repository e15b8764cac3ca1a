// Automatic local backups of the annotations: shortly after start and then every half hour,
// whenever something changed since the last one. The desktop app keeps the last seven files.
import { useEffect } from 'react';
import { db } from '../../db/ReperesDb';
import { readAll } from '../../db/repository';
import { toWebAnnotation } from '../../core/annotations-export';
import { getApi } from '../../platform/api';
import { registerCommand } from '../../services/commands';
import { announce } from '../../services/announce';

const FIRST_DELAY_MS = 15_000;
const EVERY_MS = 30 * 60_000;
let lastContent = '';

/** Writes a backup if the annotations changed; `force` writes one regardless (menu command). */
export async function backupNow(force = false): Promise<string | null> {
  const data = await readAll(db());
  // Exported with a fixed clock, the content only changes when the annotations do.
  const fingerprint = JSON.stringify(toWebAnnotation(data, { label: 'Sauvegarde automatique', now: 0 }));
  if (!force && fingerprint === lastContent) return null;
  const content = JSON.stringify(toWebAnnotation(data, { label: 'Sauvegarde automatique' }));
  const result = await getApi().writeBackup(content);
  if (!result.ok) return result.error.message;
  lastContent = fingerprint;
  return null;
}

export function useAutoBackup(): void {
  useEffect(() => {
    const run = () =>
      void backupNow().then(
        (error) => error && getApi().logError(`Sauvegarde automatique : ${error}`),
        (e: unknown) => getApi().logError(`Sauvegarde automatique : ${String(e)}`),
      );
    const first = setTimeout(run, FIRST_DELAY_MS);
    const every = setInterval(run, EVERY_MS);
    const off = registerCommand('backup-now', async () => {
      const error = await backupNow(true);
      announce(error ?? 'Sauvegarde enregistrée.');
    });
    return () => {
      clearTimeout(first);
      clearInterval(every);
      off();
    };
  }, []);
}
