// The automatic backup writes only when what it would hold changed; the fingerprint that says so
// is hashed in slices (a single serialisation of 25,000 annotations held the window over a second).
// It must still see any change to any row, in any slice, and to the documents.
import { describe, expect, it } from 'vitest';
import { backupFingerprint } from '../../../../renderer/src/features/annotations/useAutoBackup';
import { emptyData } from '../../../../renderer/src/db/tables';

function data(comment = '') {
  const d = emptyData();
  d.highlights = Array.from({ length: 2500 }, (_, i) => ({
    id: `h${i}`,
    targetId: `e${i % 9}`,
    sectionRef: 'context:0',
    quote: { type: 'TextQuoteSelector' as const, exact: 'texte', prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector' as const, start: 0, end: 5 },
    colorId: 'jaune',
    comment: i === 1700 ? comment : '',
    tags: [],
    createdAt: i,
    updatedAt: i,
  }));
  d.notes = [{ id: 'n1', targetId: 'e1', body: 'Une note', createdAt: 1, updatedAt: 1 }];
  return d;
}

const heads = (updatedAt: number) => [{ id: 'doc-1', updatedAt }];

describe('backupFingerprint', () => {
  it('is the same for the same rows and documents', async () => {
    expect(await backupFingerprint(data(), heads(1))).toBe(await backupFingerprint(data(), heads(1)));
  });

  it('changes with a row of a later slice, a moved row, or a document', async () => {
    const base = await backupFingerprint(data(), heads(1));
    expect(await backupFingerprint(data('un commentaire'), heads(1))).not.toBe(base);
    expect(await backupFingerprint(data(), heads(2))).not.toBe(base);
    const moved = data();
    moved.notes = [];
    moved.favourites = [{ targetId: 'e1', createdAt: 1 }] as never;
    expect(await backupFingerprint(moved, heads(1))).not.toBe(base);
    const fewer = data();
    fewer.highlights = fewer.highlights.slice(0, 2000);
    expect(await backupFingerprint(fewer, heads(1))).not.toBe(base);
  });
});
