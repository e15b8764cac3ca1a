// The preload exposes exactly one frozen object, and only our channels.
import { describe, expect, it, vi } from 'vitest';

const exposed: [string, unknown][] = [];
const invoked: [string, unknown[]][] = [];
const listeners = new Map<string, (...args: unknown[]) => void>();
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => exposed.push([key, value]) },
  ipcRenderer: {
    invoke: (channel: string, ...args: unknown[]) => {
      invoked.push([channel, args]);
      return Promise.resolve(null);
    },
    send: (channel: string, ...args: unknown[]) => invoked.push([channel, args]),
    on: (channel: string, fn: (...args: unknown[]) => void) => listeners.set(channel, fn),
    removeListener: (channel: string) => listeners.delete(channel),
  },
}));

await import('../../../electron/preload/index');
const { CHANNELS } = await import('../../../electron/shared/api');

describe('preload bridge', () => {
  it('exposes one frozen `reperes` object and nothing else', () => {
    expect(exposed.map(([k]) => k)).toEqual(['reperes']);
    const api = exposed[0]?.[1] as Record<string, unknown>;
    expect(Object.isFrozen(api)).toBe(true);
    expect(Object.keys(api).sort()).toEqual(
      [
        'platform',
        'loadCatalogue',
        'loadCatalogueBodies',
        'loadSearchIndex',
        'loadDocument',
        'openOriginal',
        'saveFile',
        'openFile',
        'printToPdf',
        'logError',
        'openLog',
        'beginBackup',
        'appendBackup',
        'commitBackup',
        'abortBackup',
        'listBackups',
        'readBackup',
        'setSharingOrigin',
        'saveSharingSecret',
        'loadSharingSecret',
        'onMenuCommand',
      ].sort(),
    );
  });

  it('only ever talks on reperes: channels', async () => {
    const api = exposed[0]?.[1] as Record<string, (...a: unknown[]) => unknown>;
    await api.loadCatalogue?.();
    await api.loadCatalogueBodies?.();
    await api.loadDocument?.('002_9dfa6f2beeb70477.txt');
    api.logError?.('x');
    const known = new Set(Object.values(CHANNELS));
    expect(invoked.length).toBeGreaterThan(0);
    for (const [channel] of invoked) expect(known.has(channel as never)).toBe(true);
  });

  it('passes only known menu commands to the page, never the raw event', () => {
    const api = exposed[0]?.[1] as { onMenuCommand: (l: (c: string) => void) => () => void };
    const seen: unknown[] = [];
    const off = api.onMenuCommand((c) => seen.push(c));
    const fire = listeners.get(CHANNELS.menuCommand);
    fire?.({ sender: 'secret' }, 'print');
    fire?.({ sender: 'secret' }, 'rm -rf');
    expect(seen).toEqual(['print']);
    off();
    expect(listeners.has(CHANNELS.menuCommand)).toBe(false);
  });
});
