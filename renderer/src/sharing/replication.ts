// Continuous two-way replication between the local PouchDB database and the team's CouchDB,
// with back-off, reduced to the four states « Partage » shows.
import type { Database } from 'pouchdb-browser';

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

/** Status given to a request that never got an answer (network down, server gone). */
export const UNREACHABLE = 599;

/**
 * fetch for PouchDB: a request that got no answer becomes a 599 response instead of a rejected
 * promise. PouchDB leaves some of those rejections unhandled while it retries; as answers they
 * go through its ordinary error path (and its back-off) and reach the status as « hors ligne ».
 */
export function answeringFetch(base: typeof fetch = (...args) => fetch(...args)): typeof fetch {
  return async (input, init) => {
    try {
      return await base(input, init);
    } catch (error) {
      if ((error as { name?: string } | null)?.name === 'AbortError') throw error;
      return new Response(JSON.stringify({ error: 'unreachable', reason: 'no answer' }), {
        status: UNREACHABLE,
        headers: { 'Content-Type': 'application/json' },
      });
    }
  };
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
  if (e.status === UNREACHABLE)
    return { state: 'hors-ligne', reason: 'Serveur injoignable ; nouvel essai automatique.' };
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
  local: Database,
  remote: Database,
  onStatus: (status: SyncStatus) => void,
  options: { backOff?: (delay: number) => number } = {},
): Replication {
  let syncedAt: number | undefined;
  const sync = local.sync(remote, {
    live: true,
    retry: true,
    back_off_function: options.backOff ?? ((d: number) => backOff(d)),
  });
  // The two-way sync drops the error from its own 'paused' event: each direction reports
  // failed requests as 'requestError' (then backs off), which is what says « hors ligne ».
  let lastError: unknown = null;
  let offline = false;
  const report = (status: SyncStatus) => {
    offline = status.state === 'hors-ligne' || status.state === 'erreur';
    onStatus(status);
  };
  const failed = (error: unknown) => {
    lastError = error;
    report({ ...describeError(error), syncedAt });
  };
  sync.push.on('requestError', failed);
  sync.pull.on('requestError', failed);
  report({ state: 'en-attente' });
  sync
    .on('active', () => {
      lastError = null;
      // A retry after a failure: its outcome (the next pause or error) says whether it is back.
      if (!offline) report({ state: 'en-attente', syncedAt });
    })
    .on('change', () => {
      // Documents went through: whatever failed before has recovered.
      lastError = null;
      report({ state: 'en-attente', syncedAt });
    })
    .on('paused', (error: unknown) => {
      const cause = error ?? lastError;
      if (cause) report({ ...describeError(cause), syncedAt });
      else {
        syncedAt = Date.now();
        report({ state: 'synchronise', syncedAt });
      }
    })
    .on('denied', () =>
      report({ state: 'erreur', reason: 'Le serveur a refusé un enregistrement (droits).', syncedAt }),
    )
    .on('error', (error: unknown) => report({ ...describeError(error), syncedAt }));
  return { cancel: () => sync.cancel() };
}
