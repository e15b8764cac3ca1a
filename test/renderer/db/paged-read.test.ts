// « Mes annotations » reads every annotation once its first page is painted. With 25,000 of them
// that read was one task of ~100 ms that nothing could stop: leaving the view for an entry made
// the entry wait for rows nobody would show (issue 16). The view's read now goes in pages, in
// one transaction, and gives up once the view is gone.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { ReadCancelled, readAll } from '../../../renderer/src/db/annotations';
import { freshDatabases } from './fresh-db';
import { manyHighlights } from './fixtures';

const fresh = freshDatabases('paged-read');

async function seeded(highlights: number) {
  const d = fresh();
  await d.highlights.bulkPut(manyHighlights(highlights));
  // A malformed row in the middle of a page is skipped as in the single read.
  await d.highlights.put({ id: 'h02500x', targetId: 42 } as never);
  await d.notes.bulkPut(
    Array.from({ length: 30 }, (_, i) => ({
      id: `n${i}`,
      targetId: 'e1',
      body: `note ${i}`,
      createdAt: i,
      updatedAt: i,
    })),
  );
  return d;
}

describe('readAll in pages', () => {
  it('gives every valid row, in key order, as the single read does', async () => {
    const d = await seeded(4500);
    let asked = 0;
    const paged = await readAll(d, { cancelled: () => (asked++, false) });
    const whole = await readAll(d);
    expect(paged.highlights).toHaveLength(4500);
    expect(paged).toEqual(whole);
    // 4,500 highlights in pages of 2,000: three pages, each asked for after checking.
    expect(asked).toBeGreaterThanOrEqual(3 + 1);
  });

  it('stops at the next page once its reader has gone, with nothing returned', async () => {
    const d = await seeded(4500);
    let pages = 0;
    const read = readAll(d, { cancelled: () => pages++ >= 1 });
    await expect(read).rejects.toBeInstanceOf(ReadCancelled);
    // The first page was read, the second never asked for.
    expect(pages).toBe(2);
  });
});
