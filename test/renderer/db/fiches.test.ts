import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { VERSIONS } from '../../../renderer/src/db/versions';
import {
  deleteFiche,
  FicheFields,
  getFiche,
  newFicheId,
  putFiches,
  readFiches,
  saveFiche,
} from '../../../renderer/src/db/fiches';
import { draftKeys, getDraft, putDraft, settleDrafts } from '../../../renderer/src/db/drafts';
import { recoverDrafts } from '../../../renderer/src/db/recovery';
import { ficheDraftText } from '../../../renderer/src/db/fiche-draft';
import { readAll, wipeAll } from '../../../renderer/src/db/annotations';
import { DEFAULT_COLORS } from '../../../renderer/src/db/defaults';
import { sampleData } from './fixtures';
import { freshDatabases } from './fresh-db';

const fresh = freshDatabases('fiches');

const fields = (patch: Record<string, unknown> = {}) =>
  FicheFields.parse({ title: 'Garage solidaire', departmentCode: '35', year: '2021', ...patch });

describe('fiches gateway', () => {
  it('creates a fiche at its first save and keeps its creation date through edits', async () => {
    const db = fresh();
    const id = newFicheId();
    const first = await saveFiche(id, fields(), db, 1000);
    expect(first).toMatchObject({ id, createdAt: 1000, updatedAt: 1000 });
    const second = await saveFiche(id, fields({ title: 'Garage solidaire de Redon' }), db, 1000);
    // Two saves in the same millisecond still order: the later one is newer.
    expect(second).toMatchObject({ createdAt: 1000, updatedAt: 1001 });
    expect((await getFiche(id, db))?.fields.title).toBe('Garage solidaire de Redon');
    expect(await readFiches(db)).toHaveLength(1);
  });

  it('stores nothing for an editor opened and left blank', async () => {
    const db = fresh();
    expect(await saveFiche(newFicheId(), FicheFields.parse({}), db)).toBeNull();
    expect(await readFiches(db)).toEqual([]);
  });

  it('keeps what was typed, even what the catalogue cannot use yet (a year half written)', async () => {
    const db = fresh();
    const id = newFicheId();
    await saveFiche(id, fields({ year: '20', emails: 'contact@' }), db);
    expect((await getFiche(id, db))?.fields).toMatchObject({ year: '20', emails: 'contact@' });
  });

  it('refuses an id that is not a fiche id, and a field over its cap', async () => {
    const db = fresh();
    await expect(saveFiche('france-urbaine-nantes', fields(), db)).rejects.toThrow(/invalide/);
    const long = { ...fields(), title: 'x'.repeat(501) };
    await expect(saveFiche(newFicheId(), long, db)).rejects.toThrow();
    expect(await readFiches(db)).toEqual([]);
  });

  it('skips a damaged row instead of showing half of it', async () => {
    const db = fresh();
    await saveFiche(newFicheId(), fields(), db);
    await db.fiches.put({ id: 'fiche-broken', fields: { title: 42 } } as never);
    const rows = await readFiches(db);
    expect(rows.map((r) => r.fields.title)).toEqual(['Garage solidaire']);
  });

  it('deletes a fiche with its draft', async () => {
    const db = fresh();
    const id = newFicheId();
    await saveFiche(id, fields(), db);
    await putDraft(draftKeys.fiche(id), ficheDraftText(fields({ title: 'en cours' })), db);
    await settleDrafts();
    await deleteFiche(id, db);
    expect(await getFiche(id, db)).toBeUndefined();
    expect(await getDraft(draftKeys.fiche(id), db)).toBeUndefined();
  });

  it('puts imported rows all or none', async () => {
    const db = fresh();
    const good = { id: newFicheId(), fields: fields(), createdAt: 1, updatedAt: 1 };
    await expect(putFiches([good, { ...good, id: 'not a fiche' }], db)).rejects.toThrow();
    expect(await readFiches(db)).toEqual([]);
    await putFiches([good], db);
    expect(await readFiches(db)).toEqual([good]);
  });

  it('travels with everything the user wrote: read, written back, wiped', async () => {
    const db = fresh();
    const data = sampleData();
    await putFiches(data.fiches, db);
    expect((await readAll(db)).fiches).toEqual(data.fiches);
    await wipeAll(DEFAULT_COLORS, db);
    expect(await readFiches(db)).toEqual([]);
  });
});

describe('fiche drafts after a crash', () => {
  it('applies a draft left by a crash, new fiche or stored one', async () => {
    const db = fresh();
    const stored = newFicheId();
    await saveFiche(stored, fields(), db, 1000);
    const unsaved = newFicheId();
    await db.drafts.bulkPut([
      {
        key: draftKeys.fiche(stored),
        body: ficheDraftText(fields({ title: 'Titre corrigé' })),
        updatedAt: Date.now(),
      },
      {
        key: draftKeys.fiche(unsaved),
        body: ficheDraftText(fields({ title: 'Jamais enregistrée' })),
        updatedAt: Date.now(),
      },
      { key: draftKeys.fiche(newFicheId()), body: '{"title": 12', updatedAt: Date.now() },
    ]);
    expect(await recoverDrafts(db)).toBe(2);
    expect((await getFiche(stored, db))?.fields.title).toBe('Titre corrigé');
    expect((await getFiche(unsaved, db))?.fields.title).toBe('Jamais enregistrée');
    // The damaged draft is dropped; the applied ones stay, flagged, for the editor's message.
    expect((await db.drafts.toArray()).map((d) => d.recovered)).toEqual([true, true]);
  });

  it('leaves a fiche alone when its draft is older than what was saved', async () => {
    const db = fresh();
    const id = newFicheId();
    await saveFiche(id, fields({ title: 'Récent' }), db, Date.now() + 60_000);
    await db.drafts.put({
      key: draftKeys.fiche(id),
      body: ficheDraftText(fields({ title: 'Ancien' })),
      updatedAt: Date.now(),
    });
    expect(await recoverDrafts(db)).toBe(0);
    expect((await getFiche(id, db))?.fields.title).toBe('Récent');
  });
});

describe('schema version 4', () => {
  it('upgrades a version 3 database with annotations and a document, keeping them, and adds the fiches table', async () => {
    const name = `upgrade4-${Date.now()}`;
    const v3 = new Dexie(name);
    for (const v of VERSIONS.filter((x) => x.version <= 3)) v3.version(v.version).stores(v.stores);
    await v3.open();
    const data = sampleData();
    for (const table of [
      'notes',
      'highlights',
      'entryTags',
      'favourites',
      'collections',
      'collectionItems',
      'colors',
    ] as const)
      await v3.table(table).bulkAdd(data[table]);
    await v3.table('documents').put({ id: 'a'.repeat(64), title: 'Rapport', addedAt: 1 });
    v3.close();

    const db = fresh(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(4);
    const after = await readAll(db);
    expect(after.notes).toEqual(data.notes);
    expect(after.highlights).toEqual(data.highlights);
    expect(after.collectionItems).toEqual(data.collectionItems);
    expect(after.fiches).toEqual([]);
    expect(await db.documents.count()).toBe(1);
    const id = newFicheId();
    await saveFiche(id, fields(), db);
    expect((await readFiches(db)).map((r) => r.id)).toEqual([id]);
  });
});
