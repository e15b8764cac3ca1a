import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { VERSIONS } from '../../../renderer/src/db/versions';
import {
  documentFile,
  findDocument,
  replaceDocument,
  readDocuments,
  removeDocument,
  renameDocument,
  saveDocument,
  type DocumentRow,
} from '../../../renderer/src/db/documents';
import { readAll } from '../../../renderer/src/db/annotations';
import { sampleData } from './fixtures';
import { freshDatabases } from './fresh-db';
import type { Entry } from '../../../electron/shared/schema';
import { describe as describeRange } from '../../../renderer/src/core/anchoring';
import { sectionRefs } from '../../../renderer/src/core/sections';
import { planReplacement } from '../../../renderer/src/core/anchoring/reanchor';
import { V2 } from '../core/anchoring/versions';
import { importedDocument } from './imported-document';

const fresh = freshDatabases('docs');

async function rowOf(
  path: string,
  content?: Uint8Array<ArrayBuffer>,
): Promise<{ row: DocumentRow; blob: Blob }> {
  const { row, bytes } = await importedDocument(path, { bytes: content });
  return { row, blob: new Blob([bytes], { type: 'application/pdf' }) };
}

describe('documents gateway', () => {
  it('stores a real PDF with its file, entries and page marks, renames and removes it', async () => {
    const db = fresh();
    const { row, blob } = await rowOf('test/fixtures/documents/recueil-trois-initiatives.pdf');
    expect(row.entries.length).toBe(3);
    expect(row.pageMarks.length).toBeGreaterThan(0);
    await saveDocument(row, blob, db);
    const [stored] = (await readDocuments(db)).documents;
    expect(stored!.entries.map((e) => e.id)).toEqual(row.entries.map((e) => e.id));
    expect(stored!.entries.every((e) => e.id.startsWith(`d${row.id.slice(0, 12)}-`))).toBe(true);
    expect((await documentFile(row.id, db))!.size).toBe(blob.size);

    await renameDocument(row.id, '  Trois initiatives   locales ', db);
    const renamed = await findDocument(row.id, db);
    expect(renamed!.title).toBe('Trois initiatives locales');
    expect(renamed!.source.label).toBe('Trois initiatives locales');
    await expect(renameDocument(row.id, '   ', db)).rejects.toThrow('vide');

    await removeDocument(row.id, db);
    expect((await readDocuments(db)).documents).toEqual([]);
    expect(await documentFile(row.id, db)).toBeNull();
  });

  it('replacing the same file keeps its first date; a damaged row is counted, not shown', async () => {
    const db = fresh();
    const { row, blob } = await rowOf('test/fixtures/documents/rapport-atelier-mobilite.docx');
    await saveDocument(row, blob, db);
    await saveDocument({ ...row, addedAt: 5000, title: 'Nouveau titre' }, blob, db);
    const again = await findDocument(row.id, db);
    expect(again).toMatchObject({ addedAt: 1000, title: 'Nouveau titre' });
    await db.documents.put({ ...row, id: 'f'.repeat(64), entries: [] });
    expect(await readDocuments(db)).toMatchObject({ unreadable: 1 });
    expect((await readDocuments(db)).documents.length).toBe(1);
  });

  it('refuses a row that does not match the schema, and writes nothing', async () => {
    const db = fresh();
    const { row, blob } = await rowOf('test/fixtures/documents/rapport-atelier-mobilite.docx');
    await expect(saveDocument({ ...row, id: 'pas-un-sha' }, blob, db)).rejects.toThrow();
    expect(await db.documents.count()).toBe(0);
    expect(await db.documentFiles.count()).toBe(0);
  });

  it('upgrades a version 2 database holding annotations to version 3, keeping them all', async () => {
    const name = `upgrade3-${Date.now()}`;
    const v2 = new Dexie(name);
    for (const v of VERSIONS.filter((x) => x.version <= 2)) v2.version(v.version).stores(v.stores);
    await v2.open();
    const data = sampleData();
    for (const table of [
      'notes',
      'highlights',
      'entryTags',
      'favourites',
      'collections',
      'collectionItems',
    ] as const)
      await v2.table(table).bulkAdd(data[table]);
    await v2.table('colors').bulkAdd(data.colors);
    v2.close();

    const db = fresh(name);
    await db.open();
    // The latest version: later ones (6: sharing) add tables and keep every row.
    expect(db.verno).toBeGreaterThanOrEqual(3);
    const after = await readAll(db);
    expect(after.notes).toEqual(data.notes);
    expect(after.highlights).toEqual(data.highlights);
    expect(after.collectionItems).toEqual(data.collectionItems);
    expect(await db.documents.count()).toBe(0);
    const { row, blob } = await rowOf('test/fixtures/documents/rapport-atelier-mobilite.docx');
    await saveDocument(row, blob, db);
    expect((await readDocuments(db)).documents.length).toBe(1);
  });

  it('replaces a document by a new version: annotations follow its entries, one highlight orphaned', async () => {
    const db = fresh();
    const v1 = await rowOf('test/fixtures/documents/recueil-trois-initiatives.md');
    const v2 = await rowOf('test/fixtures/documents/recueil-2020.md', new TextEncoder().encode(V2));
    await saveDocument(v1.row, v1.blob, db);
    const [garage, conciergerie] = v1.row.entries as [Entry, Entry];
    const highlight = (entry: Entry, ref: string, exact: string, id: string) => {
      const text = entry.sections[sectionRefs(entry.sections).indexOf(ref)]!.text;
      const start = text.indexOf(exact);
      const { quote, position } = describeRange(text, start, start + exact.length);
      return {
        id,
        targetId: entry.id,
        sectionRef: ref,
        quote: { type: 'TextQuoteSelector' as const, ...quote },
        position: { type: 'TextPositionSelector' as const, ...position },
        colorId: 'jaune',
        comment: '',
        tags: [],
        createdAt: 1,
        updatedAt: 1,
      };
    };
    await db.highlights.bulkPut([
      highlight(garage, 'context:0', 'a perdu une grande partie de ses emplois', 'h1'),
      highlight(conciergerie, 'effects:0', "Huit emplois d'insertion", 'h2'),
    ]);
    await db.notes.put({ id: 'n1', targetId: garage.id, body: 'À revoir', createdAt: 1, updatedAt: 1 });
    await db.entryTags.put({ targetId: garage.id, tag: 'mobilité', createdAt: 1 });
    await db.favourites.put({ targetId: conciergerie.id, createdAt: 1 });
    await db.collectionItems.put({ id: 'c1', collectionId: 'k', targetId: garage.id, order: 0, addedAt: 1 });
    const fact = {
      id: 'k1',
      kind: 'fact' as const,
      targetId: garage.id,
      field: 'year' as const,
      original: '2019',
      corrected: '2018',
      comment: '',
      createdAt: 1,
      updatedAt: 1,
    };
    await db.corrections.put(fact);

    const outcome = await replaceDocument(
      v1.row.id,
      { ...v2.row, addedAt: 5000 },
      v2.blob,
      planReplacement,
      db,
    );
    expect(outcome).toEqual({ moved: 1, orphaned: 1, unmatched: 0 });
    const stored = await readDocuments(db);
    expect(stored.documents.map((d) => d.id)).toEqual([v2.row.id]);
    expect(stored.documents[0]!.addedAt).toBe(1000);
    expect(await documentFile(v1.row.id, db)).toBeNull();
    expect(await documentFile(v2.row.id, db)).not.toBeNull();
    const newGarage = v2.row.entries.find((e) => e.title === garage.title)!;
    const newConciergerie = v2.row.entries.find((e) => e.title === conciergerie.title)!;
    const h1 = (await db.highlights.get('h1'))!;
    expect(h1.targetId).toBe(newGarage.id);
    const text = newGarage.sections[0]!.text;
    expect(text.slice(h1.position.start, h1.position.end)).toBe('a perdu une grande partie de ses emplois');
    const h2 = (await db.highlights.get('h2'))!;
    expect(h2.targetId).toBe(newConciergerie.id);
    expect(h2.quote.exact).toBe("Huit emplois d'insertion");
    expect((await db.notes.get('n1'))!.targetId).toBe(newGarage.id);
    expect(await db.entryTags.toArray()).toEqual([{ targetId: newGarage.id, tag: 'mobilité', createdAt: 1 }]);
    expect(await db.favourites.toArray()).toEqual([{ targetId: newConciergerie.id, createdAt: 1 }]);
    expect((await db.collectionItems.get('c1'))!.targetId).toBe(newGarage.id);
    expect(await db.corrections.toArray()).toEqual([{ ...fact, targetId: newGarage.id }]);
  });

  it('a failed replacement leaves the old version and the annotations as they were', async () => {
    const db = fresh();
    const v1 = await rowOf('test/fixtures/documents/recueil-trois-initiatives.md');
    await saveDocument(v1.row, v1.blob, db);
    await db.notes.put({ id: 'n1', targetId: v1.row.entries[0]!.id, body: 'x', createdAt: 1, updatedAt: 1 });
    const v2 = await rowOf('test/fixtures/documents/recueil-2020.md', new TextEncoder().encode(V2));
    // The document to replace is gone (removed meanwhile in another window): nothing is written.
    await expect(replaceDocument('0'.repeat(64), v2.row, v2.blob, planReplacement, db)).rejects.toThrow();
    expect((await readDocuments(db)).documents.map((d) => d.id)).toEqual([v1.row.id]);
    expect((await db.notes.get('n1'))!.targetId).toBe(v1.row.entries[0]!.id);
  });
});
