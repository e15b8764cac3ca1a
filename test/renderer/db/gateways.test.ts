// The storage gateways: one list of annotation tables, everything else derived from it; rows
// read back from IndexedDB validated at that edge (a malformed row is skipped, not shown or
// exported); the comparison note saved through the note path, drafts included; and db/ imports
// nothing from the code above it (the old core ↔ repository cycle).
import 'fake-indexeddb/auto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ANNOTATION_SCHEMAS, ANNOTATION_TABLES, emptyData } from '../../../renderer/src/db/tables';
import { highlightsOn, notesOn, readAll, wipeAll, writeAll } from '../../../renderer/src/db/annotations';
import { listCollections } from '../../../renderer/src/db/collections';
import {
  comparisonNoteId,
  comparisonTarget,
  deleteComparison,
  saveComparisonNote,
} from '../../../renderer/src/db/comparisons';
import { draftKeys, putDraft, settleDrafts } from '../../../renderer/src/db/drafts';
import { DEFAULT_COLORS } from '../../../renderer/src/db/defaults';
import { emptyData as exportEmptyData } from '../../../renderer/src/core/annotations-export';
import { sampleData } from './fixtures';
import { freshDatabases } from './fresh-db';

const fresh = freshDatabases('gateways');

describe('the table list, written once', () => {
  it('names every table of the database that holds what the user wrote, and only those', () => {
    const db = fresh();
    // Imported documents have their own gateway (db/documents.ts) and are not annotations.
    // The sharing bridge's bookkeeping (syncState, syncConflicts) is not the user's writing either.
    const notAnnotations = [
      'tray',
      'comparisons',
      'settings',
      'drafts',
      'documents',
      'documentFiles',
      // Derived from documents (Dexie v8): kept with them, never exported on its own.
      'documentHeads',
      'syncState',
      'syncConflicts',
    ];
    expect([...ANNOTATION_TABLES].sort()).toEqual(
      db.tables
        .map((t) => t.name)
        .filter((t) => !notAnnotations.includes(t))
        .sort(),
    );
    expect(Object.keys(ANNOTATION_SCHEMAS)).toEqual(ANNOTATION_TABLES);
    expect(Object.keys(emptyData())).toEqual(ANNOTATION_TABLES);
    // The exporters use the same list, not a copy.
    expect(exportEmptyData).toBe(emptyData);
  });
});

describe('rows validated when read', () => {
  it('skips a malformed row in every read of the gateways, keeps the valid ones', async () => {
    const db = fresh();
    await writeAll(sampleData(), db);
    // What another version, an extension or a hand edit could leave behind.
    await db.notes.put({ id: 'bad', targetId: 'fu-nantes-plie', body: 42 } as never);
    await db.highlights.put({ id: 'bad-h', targetId: 'fu-nantes-plie', quote: null } as never);
    await db.collections.put({ id: 'bad-c', name: '', order: 99 } as never);
    const all = await readAll(db);
    expect(all.notes.map((r) => r.id).sort()).toEqual(['n1', 'n2', 'n3']);
    expect(all.highlights.map((r) => r.id)).not.toContain('bad-h');
    expect(all.collections.map((r) => r.id)).not.toContain('bad-c');
    expect((await notesOn(['fu-nantes-plie'], db)).map((r) => r.id).sort()).toEqual(['n1', 'n2']);
    expect((await highlightsOn(['fu-nantes-plie'], db)).every((h) => h.quote.exact.length > 0)).toBe(true);
    expect((await listCollections(db)).map((c) => c.id)).not.toContain('bad-c');
  });

  it('refuses to write a row that breaks its schema', async () => {
    const db = fresh();
    const data = emptyData();
    data.notes.push({ id: 'x', targetId: 'y', body: 'ok', createdAt: -1, updatedAt: 1 });
    await expect(writeAll(data, db)).rejects.toThrow();
    expect(await db.notes.count()).toBe(0);
  });
});

describe('comparison note', () => {
  it('is a note saved through the note path: its draft is dropped once saved, and removed with the comparison', async () => {
    const db = fresh();
    await db.comparisons.put({
      id: 'c1',
      name: 'Deux PLIE',
      targetIds: ['a', 'b'],
      baselineId: null,
      differencesOnly: false,
      createdAt: 1,
      updatedAt: 1,
    });
    await putDraft(draftKeys.note(comparisonNoteId('c1')), 'Partenariat', db);
    await settleDrafts();
    await saveComparisonNote('c1', 'Partenariat', db);
    const [note] = await notesOn([comparisonTarget('c1')], db);
    expect(note).toMatchObject({ id: comparisonNoteId('c1'), body: 'Partenariat' });
    expect(await db.drafts.count()).toBe(0);
    await saveComparisonNote('c1', '   ', db);
    expect(await notesOn([comparisonTarget('c1')], db)).toEqual([]);
    await saveComparisonNote('c1', 'De nouveau', db);
    await deleteComparison('c1', db);
    expect(await db.notes.count()).toBe(0);
  });

  it('is wiped with the annotations', async () => {
    const db = fresh();
    await saveComparisonNote('c2', 'Note', db);
    await wipeAll(DEFAULT_COLORS, db);
    expect(await db.notes.count()).toBe(0);
  });
});

describe('layering', () => {
  it('db/ imports nothing from core, features, app or platform (only the shared core below it)', () => {
    const dir = resolve(__dirname, '../../../renderer/src/db');
    const offenders = readdirSync(dir)
      .filter((f) => /\.tsx?$/.test(f))
      .flatMap((f) =>
        [...readFileSync(join(dir, f), 'utf8').matchAll(/from '(\.\.\/[^']+)'/g)]
          .filter((m) => !m[1]!.startsWith('../../../electron/shared/'))
          .map((m) => `${f}: ${m[1]}`),
      );
    expect(offenders).toEqual([]);
  });
});
