// Shared e2e fixtures: a page whose requests to anything but the local server fail the test
// (the app must never touch the network), and a helper to run axe-core under our strict CSP.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test as base, expect, type APIRequestContext, type Page } from '@playwright/test';
import type { Catalogue } from '../../electron/shared/schema';
import { withBodies } from '../../electron/shared/window-catalogue';

const require = createRequire(__filename);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const test = base.extend<{ noNetwork: void }>({
  noNetwork: [
    async ({ page, baseURL }, use) => {
      const foreign: string[] = [];
      await page.route('**/*', (route) => {
        const url = route.request().url();
        if (baseURL && url.startsWith(baseURL)) return route.continue();
        if (url.startsWith('blob:') || url.startsWith('data:')) return route.continue();
        foreign.push(url);
        return route.abort();
      });
      await use();
      expect(foreign, 'the app must make no network request').toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };

/**
 * The bundled catalogue as the window ends up with it: the list it reads at start joined by the
 * bodies it reads next (electron/shared/window-catalogue.ts). `from`: the test's request context,
 * or its base URL.
 */
export async function bundledCatalogue(from: APIRequestContext | string): Promise<Catalogue> {
  const get = async (name: string): Promise<unknown> =>
    typeof from === 'string' ? (await fetch(new URL(name, from))).json() : (await from.get(name)).json();
  const [list, bodies] = await Promise.all([get('catalogue.json'), get('catalogue-bodies.json')]);
  const joined = withBodies(list as Catalogue, bodies as Parameters<typeof withBodies>[1]);
  if (!joined) throw new Error('catalogue.json and catalogue-bodies.json are not of the same build');
  return joined;
}

/** Runs axe-core in the page (evaluate, not script injection, so the CSP does not block it). */
export async function axeViolations(page: Page, minImpact: 'serious' | 'critical' = 'serious') {
  await page.evaluate(axeSource);
  const results = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: Document,
            options: { rules: Record<string, { enabled: boolean }> },
          ) => Promise<{
            violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[];
          }>;
        };
      }
    ).axe;
    // Experimental in axe, hence off by default, but a real defect for voice-control users: the
    // accessible name must contain the visible text.
    return axe.run(document, { rules: { 'label-content-name-mismatch': { enabled: true } } });
  });
  const levels = minImpact === 'critical' ? ['critical'] : ['serious', 'critical'];
  return results.violations
    .filter((v) => v.impact !== null && levels.includes(v.impact))
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
