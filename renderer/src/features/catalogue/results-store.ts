// The header's search box and the catalogue's list are far apart in the tree (the box lives in
// the Layout) yet share the keyboard: arrows typed in the box move through the list. The list
// publishes its ordered result ids here and the box reads them.
import { useSyncExternalStore } from 'react';

export const RESULTS_LIST_ID = 'catalogue-resultats';
export const optionId = (id: string) => `resultat-${id}`;

interface Published {
  ids: readonly string[];
  /** The result the list shows as active (selected, or the first one). */
  active: string | null;
  /** The query these results answer, and whether a newer answer is on its way. */
  query: string;
  pending: boolean;
}

const NONE: Published = { ids: [], active: null, query: '', pending: false };
let current: Published = NONE;
const listeners = new Set<() => void>();

/**
 * The result a keystroke asked to make active. URL updates land asynchronously, so a second
 * arrow press may come before the first one shows; it must step from where the user already is.
 */
let requested: string | null = null;

export function requestActive(id: string): void {
  requested = id;
}

/** The active result, counting a move requested but not yet shown. */
export function effectiveActive(): string | null {
  return requested !== null && current.ids.includes(requested) ? requested : current.active;
}

const sameIds = (a: readonly string[], b: readonly string[]) =>
  a === b || (a.length === b.length && a.every((id, i) => id === b[i]));

export function publishResults(next: Published | null): void {
  const value = next ?? NONE;
  // A list rebuilt with the same results (its URL changed for the selection only) keeps the
  // pending move: dropping it made a quick second arrow press step from a stale row.
  const ids = sameIds(value.ids, current.ids) ? current.ids : value.ids;
  if (ids !== current.ids || value.active === requested) requested = null;
  if (
    ids === current.ids &&
    value.active === current.active &&
    value.query === current.query &&
    value.pending === current.pending
  )
    return;
  current = { ...value, ids };
  for (const l of listeners) l();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function usePublishedResults(): Published {
  return useSyncExternalStore(subscribe, () => current);
}

/** The id `delta` steps from `active` (clamped), or the first/last for Home/End. */
export function step(
  ids: readonly string[],
  active: string | null,
  move: 'next' | 'prev' | 'first' | 'last',
): string | null {
  if (ids.length === 0) return null;
  if (move === 'first') return ids[0] ?? null;
  if (move === 'last') return ids[ids.length - 1] ?? null;
  const at = active === null ? -1 : ids.indexOf(active);
  if (at === -1) return ids[0] ?? null;
  const next = move === 'next' ? Math.min(ids.length - 1, at + 1) : Math.max(0, at - 1);
  return ids[next] ?? null;
}

/**
 * Set when the user leaves an entry for the list (Échap, « Retour à la liste »): the list, once
 * shown again, takes the focus, so ↑, ↓ and Entrée act at once on the result they came from.
 * Only for a moment: a list shown later by other means does not steal the focus.
 */
let returnFocusAt = 0;
const RETURN_FOCUS_MS = 3000;

export function returnFocusToResults(): void {
  returnFocusAt = Date.now();
}

export function takeReturnFocus(): boolean {
  const wanted = Date.now() - returnFocusAt < RETURN_FOCUS_MS;
  returnFocusAt = 0;
  return wanted;
}
