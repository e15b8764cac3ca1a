// Start-up in phases, as VS Code does: what the first screen needs runs at once; what can wait
// (reading the user's documents, recovering drafts) runs after the first frame, when the
// browser is idle, so it neither delays the first list nor competes with it.
import { useEffect, useState } from 'react';

/** Runs `task` after the next frame, in an idle period (at the latest `timeout` ms later). */
export function afterFirstPaint(task: () => void, timeout = 500): () => void {
  let cancelled = false;
  let idle: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = () => {
    if (!cancelled) task();
  };
  const schedule = () => {
    if (cancelled) return;
    if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(run, { timeout });
    else timer = setTimeout(run, 0);
  };
  const frame = typeof requestAnimationFrame === 'function' ? requestAnimationFrame(schedule) : undefined;
  if (frame === undefined) schedule();
  return () => {
    cancelled = true;
    if (frame !== undefined) cancelAnimationFrame(frame);
    if (idle !== undefined) cancelIdleCallback(idle);
    if (timer !== undefined) clearTimeout(timer);
  };
}

/** The mark the catalogue sets once its list is on screen and usable (CatalogueContext). */
export const INTERACTIVE_MARK = 'reperes:interactive';

/**
 * Runs `task` once the catalogue is interactive, after the next frame, when the browser is idle
 * (`afterFirstPaint`); at the latest `fallback` ms after the call, should the catalogue never be
 * (it failed to load). For work the first screen does not need and that would otherwise compete
 * with the catalogue's loading, which follows the first paint (« Chargement du catalogue… »).
 */
export function afterInteractive(task: () => void, fallback = 5000): () => void {
  let cancelScheduled: (() => void) | null = null;
  let observer: PerformanceObserver | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const go = () => {
    if (cancelScheduled) return;
    observer?.disconnect();
    clearTimeout(timer);
    cancelScheduled = afterFirstPaint(task);
  };
  if (performance.getEntriesByName(INTERACTIVE_MARK, 'mark').length > 0) go();
  else {
    if (typeof PerformanceObserver === 'function') {
      observer = new PerformanceObserver((list) => {
        if (list.getEntriesByName(INTERACTIVE_MARK).length > 0) go();
      });
      observer.observe({ type: 'mark' });
    }
    timer = setTimeout(go, fallback);
  }
  return () => {
    observer?.disconnect();
    clearTimeout(timer);
    cancelScheduled?.();
    cancelScheduled = () => undefined;
  };
}

let painted = false;

/**
 * False until the first frame of the session is painted and the browser has been idle once, then
 * true for good: a view mounted later computes everything at once, as there is nothing to wait for.
 */
export function useAfterFirstPaint(): boolean {
  const [done, setDone] = useState(painted);
  useEffect(() => {
    if (done) return;
    return afterFirstPaint(() => {
      painted = true;
      setDone(true);
    });
  }, [done]);
  return done;
}
