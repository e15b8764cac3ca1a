import { describe, expect, it } from 'vitest';
import { jsonInSlices } from '../../../renderer/src/core/json-in-slices';

const noPause = () => Promise.resolve();

describe('jsonInSlices', () => {
  it('writes exactly what JSON.stringify writes', async () => {
    const values: unknown[] = [
      null,
      'texte « accentué » avec \u2028 et \ud83d\ude00',
      42,
      [],
      {},
      [1, undefined, () => 1, Symbol('s'), null, 'x'],
      { a: undefined, b: () => 1, c: 1, d: [{ e: new Date(0), f: [[[{ deep: [1, { g: undefined }] }]]] }] },
      {
        items: Array.from({ length: 50 }, (_, i) => ({ id: `n${i}`, text: 'é'.repeat(i), tags: [i, { i }] })),
      },
      { nested: { toJSON: () => ({ replaced: true }) }, map: new Map([[1, 2]]), nan: NaN, inf: -Infinity },
      Object.assign(Object.create(null) as Record<string, unknown>, { bare: [1, 2] }),
    ];
    for (const value of values) {
      expect((await jsonInSlices(value, noPause)).join('')).toBe(JSON.stringify(value));
    }
  });

  it('pauses whenever its time budget is spent, and only then', async () => {
    let clock = 0;
    let pauses = 0;
    // Every element costs 3 ms of the clock: with a budget of 8 ms, a pause every third.
    const value = Array.from({ length: 30 }, (_, i) => ({ i }));
    const parts = await jsonInSlices(
      value,
      () => {
        pauses++;
        return Promise.resolve();
      },
      8,
      () => (clock += 1.5),
    );
    expect(parts.join('')).toBe(JSON.stringify(value));
    expect(pauses).toBeGreaterThanOrEqual(8);
    expect(pauses).toBeLessThanOrEqual(15);
    pauses = 0;
    await jsonInSlices(
      value,
      () => Promise.resolve(void pauses++),
      8,
      () => 0,
    );
    expect(pauses).toBe(0);
  });
});
