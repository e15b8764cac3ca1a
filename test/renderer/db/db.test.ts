import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { VERSIONS } from '../../../renderer/src/db/versions';
import { DEFAULT_COLORS } from '../../../renderer/src/db/defaults';
import { readAll, saveNote, wipeAll, writeAll } from '../../../renderer/src/db/annotations';
import { addToCollection, createCollection, moveCollectionItem } from '../../../renderer/src/db/collections';
import { draftKeys, putDraft } from '../../../renderer/src/db/drafts';
import { planMerge } from '../../../renderer/src/core/annotations-export';
import { sampleData } from './fixtures';
import { freshDatabases } from './fresh-db';

const fresh = freshDatabases('test');

describe('schema', () => {
  it('seeds the named default colours in a new database', async () => {
    const db = fresh();
    expect((await db.colors.orderBy('order').toArray()).map((c) => c.name)).toEqual(
      DEFAULT_COLORS.map((c) => c.name),
    );
  });

  it('upgrades a version 1 database with data to version 2, keeping every record', async () => {
    const name = `upgrade-${Date.now()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores(VERSIONS[0]!.stores);
    await v1.open();
    const data = sampleData();
    // v1 shipped without colours and with untidy tags and a duplicate collection entry.
    data.highlights[0]!.tags = ['  financement ', 'Financement', 'coordination'];
    data.collectionItems.push({
      id: 'i1-dup',
      collectionId: 'c1',
      targetId: 'fu-nantes-plie',
      order: 5,
      addedAt: 1,
    });
    for (const table of [
      'notes',
      'highlights',
      'entryTags',
      'favourites',
      'collections',
      'collectionItems',
    ] as const) {
      await v1.table(table).bulkAdd(data[table]);
    }
    await v1.table('tray').add({ targetId: 'x', order: 0, addedAt: 1 });
    await v1.table('comparisons').add({
      id: 'cmp',
      name: 'A',
      targetIds: ['x'],
      baselineId: null,
      differencesOnly: false,
      createdAt: 1,
      updatedAt: 1,
    });
    await v1.table('drafts').add({ key: 'note:n9', body: 'brouillon', updatedAt: 1 });
    v1.close();

    const db = fresh(name);
    await db.open();
    expect(db.verno).toBe(VERSIONS[VERSIONS.length - 1]!.version);
    const after = await readAll(db);
    expect(after.notes).toEqual(data.notes);
    expect(after.entryTags).toEqual(data.entryTags);
    expect(after.favourites).toEqual(data.favourites);
    expect(after.collections).toEqual(data.collections);
    expect(after.highlights[0]!.tags).toEqual(['financement', 'coordination']);
    expect(after.collectionItems.map((i) => i.id).sort()).toEqual(['i1', 'i2']);
    expect(after.colors.map((c) => c.id)).toEqual(DEFAULT_COLORS.map((c) => c.id));
    expect(await db.tray.count()).toBe(1);
    expect(await db.comparisons.get('cmp')).toMatchObject({ name: 'A' });
    expect(await db.drafts.get('note:n9')).toMatchObject({ body: 'brouillon' });
    // New index works on upgraded data.
    expect(await db.highlights.where('sectionRef').equals('operations:0').count()).toBe(1);
  });
});

describe('notes', () => {
  it('keeps creation date, advances modification date and clears the matching draft', async () => {
    const db = fresh();
    await putDraft(draftKeys.note('a'), 'Premier', db);
    const first = await saveNote({ id: 'a', targetId: 'e1', body: 'Premier' }, db);
    expect(await db.drafts.get('note:a')).toBeUndefined();
    await putDraft(draftKeys.note('a'), 'Premier jet plus long', db);
    const second = await saveNote({ id: 'a', targetId: 'e1', body: 'Premier jet' }, db);
    expect(second.createdAt).toBe(first.createdAt);
    expect(second.updatedAt).toBeGreaterThan(first.updatedAt);
    // A draft newer than what was saved survives: it holds text typed after the save.
    expect(await db.drafts.get('note:a')).toMatchObject({ body: 'Premier jet plus long' });
  });
});

describe('collections', () => {
  it('adds an entry once, in order, and reorders', async () => {
    const db = fresh();
    const c = await createCollection('  Idées pour   notre PLIE ', db);
    expect(c.name).toBe('Idées pour notre PLIE');
    expect(await addToCollection(c.id, 'a', db)).toBe(true);
    expect(await addToCollection(c.id, 'b', db)).toBe(true);
    expect(await addToCollection(c.id, 'a', db)).toBe(false);
    const items = await db.collectionItems
      .where('[collectionId+order]')
      .between([c.id, -Infinity], [c.id, Infinity])
      .toArray();
    expect(items.map((i) => i.targetId)).toEqual(['a', 'b']);
    await moveCollectionItem(items[1]!.id, -1, db);
    const moved = await db.collectionItems
      .where('[collectionId+order]')
      .between([c.id, -Infinity], [c.id, Infinity])
      .toArray();
    expect(moved.map((i) => i.targetId)).toEqual(['b', 'a']);
  });
});

describe('import transaction', () => {
  it('writes all or nothing: a failing record in the middle leaves the database unchanged', async () => {
    const db = fresh();
    await writeAll({ ...sampleData(), notes: sampleData().notes.slice(0, 1) }, db);
    const before = await readAll(db);
    const incoming = sampleData();
    incoming.notes[0]!.body = 'changé';
    incoming.notes[0]!.updatedAt += 10_000;
    const plan = planMerge(before, incoming);
    expect(plan.put.notes.length).toBe(3);
    // A record IndexedDB cannot store (no key) sits between valid ones.
    (plan.put.notes as unknown[]).splice(1, 0, { targetId: 'broken', body: 'x', createdAt: 1, updatedAt: 1 });
    await expect(writeAll(plan.put, db)).rejects.toThrow();
    expect(await readAll(db)).toEqual(before);
  });

  it('wipes everything the user wrote but not the comparison tray', async () => {
    const db = fresh();
    await writeAll(sampleData(), db);
    await db.tray.add({ targetId: 'x', order: 0, addedAt: 1 });
    await wipeAll(DEFAULT_COLORS, db);
    const after = await readAll(db);
    expect(after.notes).toEqual([]);
    expect(after.highlights).toEqual([]);
    expect(after.collections).toEqual([]);
    expect(after.colors.length).toBe(DEFAULT_COLORS.length);
    expect(await db.tray.count()).toBe(1);
  });
});
