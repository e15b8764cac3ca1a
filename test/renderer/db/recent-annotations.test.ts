// « Mes annotations » paints its first page from the newest rows before reading them all: that
// page must be the one the full read gives, whichever table the newest rows are in.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { ReperesDb } from '../../../renderer/src/db/ReperesDb';
import { readAll, readRecent } from '../../../renderer/src/db/annotations';
import { buildItems } from '../../../renderer/src/features/annotations/filter';
import { manyHighlights } from './fixtures';

const opened: ReperesDb[] = [];
afterEach(async () => {
  for (const d of opened.splice(0)) {
    d.close();
    await Dexie.delete(d.name);
  }
});

describe('readRecent', () => {
  it('gives the same first page as every row, and only the newest notes and highlights', async () => {
    const d = new ReperesDb(`recent-${Date.now()}`);
    opened.push(d);
    // Interleaved dates: notes and highlights alternate at the top of the list.
    await d.notes.bulkPut(
      Array.from({ length: 300 }, (_, i) => ({
        id: `n${i}`,
        targetId: `e${i % 7}`,
        body: `note ${i}`,
        createdAt: i * 10,
        updatedAt: i * 10 + (i % 3) * 1000,
      })),
    );
    await d.highlights.bulkPut(
      manyHighlights(300, (i) => ({
        id: `h${i}`,
        targetId: `e${i % 5}`,
        createdAt: i * 10 + 5,
        updatedAt: i * 10 + 5 + (i % 4) * 700,
      })),
    );
    const recent = await readRecent(50, d);
    expect(recent.notes).toHaveLength(50);
    expect(recent.highlights).toHaveLength(50);
    expect(recent.colors.length).toBeGreaterThan(0);
    const page = (data: Awaited<ReturnType<typeof readAll>>) =>
      buildItems(data, new Map())
        .slice(0, 50)
        .map((i) => i.id);
    const full = page(await readAll(d));
    expect(page(recent)).toEqual(full);
    expect(full.some((id) => id.startsWith('n')) && full.some((id) => id.startsWith('h'))).toBe(true);
  });
});
