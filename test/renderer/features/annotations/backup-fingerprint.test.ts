// The automatic backup writes only when what it would hold changed; the fingerprint that says so
// is hashed in slices (a single serialisation of 25,000 annotations held the window over a second).
// It must still see any change to any row, in any slice, and to the documents.
import { describe, expect, it } from 'vitest';
import { backupFingerprint } from '../../../../renderer/src/features/annotations/useAutoBackup';
import { emptyData } from '../../../../renderer/src/db/tables';
import { manyHighlights } from '../../db/fixtures';

function data(comment = '') {
  const d = emptyData();
  d.highlights = manyHighlights(2500, (i) => ({ comment: i === 1700 ? comment : '' }));
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
