// The comparison tray as the first screen uses it (the tray under every page, the button in the
// catalogue's preview): the same storage as store.ts, loaded after the first paint.
import { loadComparisons, useDeferredLiveQuery } from '../../services/deferred-storage';
import type { AddResult } from '../../db/comparisons';

export { MAX_COMPARED } from '../../db/compare-limit';

const trayQuery = () => loadComparisons().then((m) => m.readTray);

/** Ids in the tray, in column order; undefined until read. */
export function useTray(): string[] | undefined {
  return useDeferredLiveQuery(trayQuery);
}

export const addToTray = async (targetId: string): Promise<AddResult> =>
  (await loadComparisons()).addToTray(targetId);
export const removeFromTray = async (targetId: string): Promise<void> =>
  (await loadComparisons()).removeFromTray(targetId);
export const clearTray = async (): Promise<void> => (await loadComparisons()).clearTray();
