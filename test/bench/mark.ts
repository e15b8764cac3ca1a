// Reads a performance mark of the page without disturbing the start-up it measures.
//
// Playwright's `page.waitForFunction` first injects its own script into the page (its
// « InjectedScript »: about 10 ms to compile and run here). `page.goto` returns at the `load`
// event, before the app has rendered (the app renders once its catalogue has arrived), so that
// script ran in the middle of the app's start-up, between React's render and the first frame,
// and delayed the app's mark by its own cost; the floor, rendered before `load`, was not
// delayed. A trace showed it as a 10–12 ms `EvaluateScript` task just before the first layout.
// Here one short expression waits for the mark with a `PerformanceObserver`, through the
// DevTools protocol: well under a millisecond of the page's time.
import type { Page } from '@playwright/test';

/** The expression run in the page: resolves with the mark's time once it is set. */
export function markExpression(name: string): string {
  const n = JSON.stringify(name);
  return `new Promise((resolve) => {
  const seen = (list) => list.getEntriesByName(${n}, 'mark')[0];
  const now = performance.getEntriesByName(${n}, 'mark')[0];
  if (now) return resolve(now.startTime);
  new PerformanceObserver((list, observer) => {
    const mark = seen(list);
    if (mark) { observer.disconnect(); resolve(mark.startTime); }
  }).observe({ type: 'mark' });
})`;
}

/** The time of the page's performance mark `name`, once it is set (ms from navigation). */
export async function waitForMark(page: Page, name: string, timeout = 60_000): Promise<number> {
  const session = await page.context().newCDPSession(page);
  try {
    const evaluation = session.send('Runtime.evaluate', {
      expression: markExpression(name),
      awaitPromise: true,
      returnByValue: true,
    });
    let timer: ReturnType<typeof setTimeout> | undefined;
    const expiry = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no ${name} mark after ${timeout} ms`)), timeout);
    });
    const { result, exceptionDetails } = await Promise.race([evaluation, expiry]).finally(() =>
      clearTimeout(timer),
    );
    if (exceptionDetails) throw new Error(`${name}: ${exceptionDetails.text}`);
    return Number(result.value);
  } finally {
    await session.detach().catch(() => undefined);
  }
}
