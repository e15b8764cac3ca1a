import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { ReperesDb } from '../../../renderer/src/db/ReperesDb';
import { VERSIONS } from '../../../renderer/src/db/versions';
import {
  documentFile,
  findDocument,
  readDocuments,
  removeDocument,
  renameDocument,
  saveDocument,
  type DocumentRow,
} from '../../../renderer/src/db/documents';
import { readAll } from '../../../renderer/src/db/annotations';
import { importDocument } from '../../../electron/pipeline/generic';
import { namespaced } from '../../../renderer/src/core/imported-documents';
import { sampleData } from './fixtures';

const opened: Dexie[] = [];
afterEach(async () => {
  for (const d of opened.splice(0)) {
    d.close();
    await Dexie.delete(d.name);
  }
});
let n = 0;
function fresh(name = `docs-${n++}-${Date.now()}`): ReperesDb {
  const db = new ReperesDb(name);
  opened.push(db);
  return db;
}

async function rowOf(path: string): Promise<{ row: DocumentRow; blob: Blob }> {
  const bytes = new Uint8Array(readFileSync(path));
  const result = await importDocument(bytes, path.replace(/^.*\//, ''));
  if (!result.ok) throw new Error(result.error.message);
  const doc = result.value;
  const { source, entries } = namespaced(doc.sha256, doc.source, doc.entries, doc.source.title);
  return {
    row: {
      id: doc.sha256,
      fileName: doc.file,
      title: source.title,
      format: doc.format,
      pages: doc.pages,
      size: bytes.length,
      text: doc.text,
      pageMarks: doc.pageMarks,
      extractor: doc.extractor,
      parser: doc.parser,
      source,
      entries,
      warnings: doc.warnings,
      addedAt: 1000,
      updatedAt: 1000,
    },
    blob: new Blob([bytes], { type: 'application/pdf' }),
  };
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
});
