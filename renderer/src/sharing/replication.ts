// Continuous two-way replication between the local PouchDB database and the team's CouchDB,
// with back-off, reduced to the four states « Partage » shows.
export type SyncState = 'synchronise' | 'en-attente' | 'hors-ligne' | 'erreur';

export interface SyncStatus {
  state: SyncState;
  /** Why, in French, for « hors ligne » and « erreur ». */
  reason?: string;
  /** Last time both sides were known equal, epoch ms. */
  syncedAt?: number;
}

export const STATUS_LABELS: Record<SyncState, string> = {
  synchronise: 'Synchronisé',
  'en-attente': 'En attente',
  'hors-ligne': 'Hors ligne',
  erreur: 'Erreur',
};

/** Doubles from 1 s up to a minute, with jitter so a team's clients do not retry together. */
export function backOff(delay: number, random: () => number = Math.random): number {
  const next = delay <= 0 ? 1000 : Math.min(delay * 2, 60_000);
  return Math.round(next * (0.75 + random() * 0.5));
}

interface HttpishError {
  status?: number;
  name?: string;
  message?: string;
  reason?: string;
}

/** A replication error in French: what the user can act upon. */
export function describeError(error: unknown): { state: SyncState; reason: string } {
  const e = (error ?? {}) as HttpishError;
  if (e.status === 401) return { state: 'erreur', reason: 'Nom d’utilisateur ou mot de passe refusé.' };
  if (e.status === 403)
    return { state: 'erreur', reason: 'Ce compte n’a pas le droit d’écrire dans cette base.' };
  if (e.status === 404) return { state: 'erreur', reason: 'Base introuvable à cette adresse.' };
  if (e.status !== undefined && e.status >= 500) {
    return {
      state: 'hors-ligne',
      reason: `Le serveur répond en erreur (${e.status}) ; nouvel essai bientôt.`,
    };
  }
  if (e.status === undefined || e.status === 0 || e.name === 'TypeError') {
    return { state: 'hors-ligne', reason: 'Serveur injoignable ; nouvel essai automatique.' };
  }
  return { state: 'erreur', reason: `Réponse inattendue du serveur (${e.status}).` };
}

export interface Replication {
  cancel(): void;
}

/**
 * Starts continuous replication both ways; `onStatus` hears every change of state. Retries on
 * its own (back-off) when the network or the server goes away.
 */
export function replicate(
  local: PouchDB.Database,
  remote: PouchDB.Database,
  onStatus: (status: SyncStatus) => void,
): Replication {
  let syncedAt: number | undefined;
  const sync = local.sync(remote, { live: true, retry: true, back_off_function: (d: number) => backOff(d) });
  onStatus({ state: 'en-attente' });
  sync
    .on('active', () => onStatus({ state: 'en-attente', syncedAt }))
    .on('change', () => onStatus({ state: 'en-attente', syncedAt }))
    .on('paused', (error: unknown) => {
      if (error) onStatus({ ...describeError(error), syncedAt });
      else {
        syncedAt = Date.now();
        onStatus({ state: 'synchronise', syncedAt });
      }
    })
    .on('denied', () =>
      onStatus({ state: 'erreur', reason: 'Le serveur a refusé un enregistrement (droits).', syncedAt }),
    )
    .on('error', (error: unknown) => onStatus({ ...describeError(error), syncedAt }));
  return { cancel: () => sync.cancel() };
}
