import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readWindowState, visibleOn, writeWindowState } from '../../../electron/main/window-state';

describe('window state', () => {
  it('round-trips and ignores a corrupt file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'reperes-ws-'));
    expect(readWindowState(dir)).toBeNull();
    writeWindowState(dir, { x: 10, y: 20, width: 1000, height: 700, maximized: false });
    expect(readWindowState(dir)).toEqual({ x: 10, y: 20, width: 1000, height: 700, maximized: false });
    await writeFile(join(dir, 'window-state.json'), '{"x": "oops"');
    expect(readWindowState(dir)).toBeNull();
  });

  it('drops a position that is on no display', () => {
    const state = { x: 3000, y: 100, width: 800, height: 600, maximized: false };
    expect(visibleOn(state, [{ x: 0, y: 0, width: 1920, height: 1080 }])).toBeNull();
    expect(
      visibleOn(state, [
        { x: 0, y: 0, width: 1920, height: 1080 },
        { x: 1920, y: 0, width: 1920, height: 1080 },
      ]),
    ).toEqual(state);
  });
});
