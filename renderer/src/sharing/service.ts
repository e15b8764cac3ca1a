// Sharing as the UI sees it: turning it on and off, the status, « Synchroniser maintenant » and
// the choice between versions. Nothing here talks to the network until the user turns sharing on;
// the engine (PouchDB, bridge, replication) is loaded only then.
import { useSyncExternalStore } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { fail, ok, type Result } from '../../../electron/shared/result';
import { policyAllows, sharingOriginOf } from '../../../electron/shared/csp';
import { getApi } from '../platform/api';
import { db } from '../db/ReperesDb';
import { getSetting, setSetting } from '../db/settings';
import { SharingConfig, SHARING_CONFIG_KEY, DEFAULT_SHARING_CONFIG } from './config';
import { SyncConflictRow, type Rejection } from './bridge';
import { docIdOf, type RowKey } from './records';
import type { SyncState } from './replication';
import type { SharingEngine } from './engine';
import type { PendingDeletions } from './pending';

export interface SharingStatus {
  state: 'desactive' | 'demarrage' | SyncState;
  reason?: string;
  syncedAt?: number;
  /** Records the server sent that were refused (latest last). */
  rejected: Rejection[];
}

let status: SharingStatus = { state: 'desactive', rejected: [] };
const listeners = new Set<() => void>();
function setStatus(next: Partial<SharingStatus>): void {
  status = { ...status, ...next };
  for (const l of listeners) l();
}

export function useSharingStatus(): SharingStatus {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => status,
  );
}

let engine: SharingEngine | null = null;
/** The password typed this session: in memory only, unless the user asked to keep it. */
let memoryPassword = '';

/** Whether the policy this page was loaded with lets it reach `origin` (no meta: dev server). */
function pageAllows(origin: string): boolean {
  const meta = document.querySelector<HTMLMetaElement>('meta[http-equiv="Content-Security-Policy"]');
  return !meta || policyAllows(meta.content, origin);
}

async function startEngine(config: SharingConfig, password: string): Promise<void> {
  await engine?.stop();
  setStatus({ state: 'demarrage', reason: undefined });
  const { SharingEngine } = await import('./engine');
  engine = new SharingEngine({
    address: config.address,
    username: config.username,
    password,
    author: config.author,
    onStatus: (s) => setStatus({ state: s.state, reason: s.reason, syncedAt: s.syncedAt }),
    onReject: (r) => setStatus({ rejected: [...status.rejected.slice(-49), r] }),
    onActivity: () => undefined,
  });
  await engine.start();
}

/** Checks what the user typed; a French reason when it cannot be used. */
export function checkConfig(config: SharingConfig): Result<string> {
  const origin = sharingOriginOf(config.address);
  if (!origin.ok) return fail('sharing-address', origin.reason);
  if (!config.author.trim()) {
    return fail('sharing-author', 'Indiquez votre nom : il accompagne ce que vous partagez.');
  }
  return ok(origin.origin);
}

/** Records deleted here since sharing last ran, which starting it would delete for the team. */
export async function deletionsToSend(): Promise<PendingDeletions> {
  const { pendingDeletions } = await import('./pending');
  return pendingDeletions(db());
}

/**
 * Turns sharing on. `restore`: records deleted here while it was off that the user wants back
 * from the shared copy rather than deleted for the team (`deletionsToSend`); they come back
 * before anything is sent.
 */
export async function enableSharing(
  config: SharingConfig,
  password: string,
  restore: readonly string[] = [],
): Promise<Result<null>> {
  const checked = checkConfig(config);
  if (!checked.ok) return checked;
  if (restore.length > 0) {
    try {
      const { restoreDeleted } = await import('./engine');
      await restoreDeleted(restore);
    } catch (error) {
      return fail('restore-failed', 'Les éléments supprimés n’ont pas pu être récupérés.', String(error));
    }
  }
  const api = getApi();
  memoryPassword = password;
  let warning: string | undefined;
  if (api.platform === 'electron' || config.remember) {
    const saved = await api.saveSharingSecret(password || null);
    if (!saved.ok) warning = saved.error.message;
  } else {
    await api.saveSharingSecret(null);
  }
  await setSetting(SHARING_CONFIG_KEY, SharingConfig, { ...config, enabled: true });
  const allowed = await api.setSharingOrigin(checked.value);
  if (!allowed.ok) {
    setStatus({ state: 'erreur', reason: allowed.error.message });
    return allowed;
  }
  // Desktop: main now serves the page with the origin in its policy; the page reloads to get it.
  if (!pageAllows(checked.value)) {
    window.location.reload();
    return ok(null);
  }
  await startEngine({ ...config, enabled: true }, password);
  if (warning) setStatus({ reason: warning });
  return ok(null);
}

export async function disableSharing(): Promise<void> {
  await engine?.stop();
  engine = null;
  const config = await getSetting(SHARING_CONFIG_KEY, SharingConfig, DEFAULT_SHARING_CONFIG);
  await setSetting(SHARING_CONFIG_KEY, SharingConfig, { ...config, enabled: false });
  const api = getApi();
  await api.setSharingOrigin(null);
  setStatus({ state: 'desactive', reason: undefined });
  // Desktop: the origin leaves the page's policy too.
  if (api.platform === 'electron') window.location.reload();
}

/** At start-up: resumes sharing when it was on and the password is at hand. */
export async function resumeSharing(): Promise<void> {
  const config = await getSetting(SHARING_CONFIG_KEY, SharingConfig, DEFAULT_SHARING_CONFIG);
  if (!config.enabled) return;
  const checked = checkConfig(config);
  if (!checked.ok) return setStatus({ state: 'erreur', reason: checked.error.message });
  let password = memoryPassword;
  if (!password) {
    const loaded = await getApi().loadSharingSecret();
    password = loaded.ok ? (loaded.value ?? '') : '';
  }
  if (config.username && !password) {
    return setStatus({ state: 'erreur', reason: 'Saisissez le mot de passe pour reprendre le partage.' });
  }
  if (!pageAllows(checked.value)) {
    const allowed = await getApi().setSharingOrigin(checked.value);
    return setStatus({
      state: 'erreur',
      reason: allowed.ok ? 'Redémarrez l’application pour reprendre le partage.' : allowed.error.message,
    });
  }
  await startEngine(config, password);
}

export async function syncNow(): Promise<void> {
  await engine?.syncNow();
}

/** Ends a conflict with the version chosen, or the text the user merged. */
export async function resolveConflict(docId: string, row: Record<string, unknown>): Promise<Result<null>> {
  if (!engine) return fail('sharing-off', 'Activez le partage pour départager les versions.');
  try {
    await engine.resolve(docId, row);
    return ok(null);
  } catch (error) {
    return fail('resolve-failed', 'Ce choix n’a pas pu être enregistré.', String(error));
  }
}

/** The versions of a record in conflict, or undefined. */
export function useConflict(table: string, key: RowKey): SyncConflictRow | undefined {
  const docId = docIdOf(table, key);
  return useLiveQuery(async () => {
    const parsed = SyncConflictRow.safeParse(await db().syncConflicts.get(docId));
    return parsed.success ? parsed.data : undefined;
  }, [docId]);
}

export function useConflicts(): SyncConflictRow[] {
  return (
    useLiveQuery(async () =>
      (await db().syncConflicts.toArray()).flatMap((row) => {
        const parsed = SyncConflictRow.safeParse(row);
        return parsed.success ? [parsed.data] : [];
      }),
    ) ?? []
  );
}
