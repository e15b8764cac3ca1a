// @vitest-environment jsdom
// The page's catalogue load (boot.ts, the app's first import, starts it): asked for once, and a
// platform call that throws becomes a failure the provider shows in French, never a rejection.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReperesApi } from '../../../electron/shared/api';
import { ok } from '../../../electron/shared/result';
import type { Catalogue } from '../../../electron/shared/schema';

const catalogue = { schemaVersion: 1, sources: [], entries: [], events: [] } as unknown as Catalogue;

beforeEach(() => {
  vi.resetModules();
});

async function withApi(loadCatalogue: ReperesApi['loadCatalogue']) {
  (window as unknown as { reperes: Partial<ReperesApi> }).reperes = { loadCatalogue };
  return import('../../../renderer/src/catalogue/startup');
}

describe('the page’s catalogue load', () => {
  it('asks the platform once, and keeps the result for the first render', async () => {
    const load = vi.fn(async () => ok(catalogue));
    const startup = await withApi(load);
    expect(startup.startedCatalogue()).toBeNull();
    expect(startup.settledCatalogue()).toBeNull();
    const first = startup.startCatalogue();
    expect(startup.startCatalogue()).toBe(first);
    expect(startup.startedCatalogue()).toBe(first);
    expect(await first).toEqual(ok(catalogue));
    expect(startup.settledCatalogue()).toEqual(ok(catalogue));
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('turns a platform call that throws into a failure with a French message', async () => {
    const startup = await withApi(async () => {
      throw new Error('IPC fermé');
    });
    const result = await startup.startCatalogue();
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'unexpected', message: 'Le catalogue n’a pas pu être chargé.' },
    });
    expect(result.ok ? '' : result.error.detail).toContain('IPC fermé');
    expect(startup.settledCatalogue()).toBe(result);
  });
});
