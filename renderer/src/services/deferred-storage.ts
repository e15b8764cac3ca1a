// Storage for views on the first screen, without putting storage on the first screen's path:
// Dexie, the row schemas (zod) and the storage gateways load after the first paint, then the
// query follows every change as `useLiveQuery` would. Importing this module imports neither.
import { useEffect, useState } from 'react';
import { afterFirstPaint } from './after-paint';

export type AnnotationsModule = typeof import('../db/annotations');
export type ComparisonsModule = typeof import('../db/comparisons');

let annotations: Promise<AnnotationsModule> | null = null;
let comparisons: Promise<ComparisonsModule> | null = null;

/** The annotation gateway, loaded once, on first use. */
export function loadAnnotations(): Promise<AnnotationsModule> {
  annotations ??= import('../db/annotations');
  return annotations;
}

/** The comparison gateway (tray, saved comparisons), loaded once, on first use. */
export function loadComparisons(): Promise<ComparisonsModule> {
  comparisons ??= import('../db/comparisons');
  return comparisons;
}

/**
 * The live result of the query `load` resolves to, read after the first paint; undefined until
 * then. `load` must be stable (defined at module level): it is read once per mount.
 */
export function useDeferredLiveQuery<T>(load: () => Promise<() => Promise<T>>): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    let live = true;
    let unsubscribe: (() => void) | undefined;
    const cancel = afterFirstPaint(() => {
      void Promise.all([import('dexie'), load()]).then(([{ liveQuery }, query]) => {
        if (!live) return;
        const subscription = liveQuery(query).subscribe({
          next: (v) => live && setValue(() => v),
          error: (error: unknown) => console.error('Lecture des données enregistrées :', error),
        });
        unsubscribe = () => subscription.unsubscribe();
      });
    });
    return () => {
      live = false;
      cancel();
      unsubscribe?.();
    };
  }, [load]);
  return value;
}
