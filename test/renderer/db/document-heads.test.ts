// The documents' heads (Dexie v8, issue 16): what the catalogue and « Mes documents » read at start,
// kept in step with the documents by every write of the gateway, filled by the upgrade from the
// rows already stored (valid, damaged or from an older build), and repaired when out of step.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { VERSIONS } from '../../../renderer/src/db/versions';
import { ReperesDb } from '../../../renderer/src/db/ReperesDb';
import {
  importDocuments,
  readDocumentStamps,
  readDocumentsWithFiles,
  readHeads,
  removeDocument,
  renameDocument,
  repairHeads,
  replaceDocument,
  saveDocument,
  setShareFile,
  watchDocumentHeads,
  type DocumentHead,
  type DocumentRow,
} from '../../../renderer/src/db/documents';
import { headOf } from '../../../renderer/src/db/document-rows';
import { readAll } from '../../../renderer/src/db/annotations';
import { planReplacement } from '../../../renderer/src/core/anchoring/reanchor';
import { sampleData } from './fixtures';
import { freshDatabases } from './fresh-db';
import { importedDocument } from './imported-document';

const fresh = freshDatabases('heads');

async function rowOf(path: string, addedAt = 1000): Promise<{ row: DocumentRow; blob: Blob }> {
  const { row, bytes } = await importedDocument(path, { addedAt });
  return { row, blob: new Blob([bytes], { type: 'application/octet-stream' }) };
}

const PDF = 'test/fixtures/documents/recueil-trois-initiatives.pdf';
const DOCX = 'test/fixtures/documents/france-urbaine.docx';

/** The heads as listed, and the check that they say what the documents say. */
async function listed(db: ReperesDb): Promise<DocumentHead[]> {
  const { documents, stale, unreadable } = await readHeads(db);
  expect(stale).toEqual([]);
  expect(unreadable).toBe(0);
  const rows = await db.documents.orderBy('addedAt').toArray();
  expect(documents).toEqual(rows.map((r) => headOf(r)));
  return documents;
}

describe('headOf', () => {
  it('keeps what the catalogue shows of a real document and leaves its text behind', async () => {
    const { row } = await rowOf(DOCX);
    const head = headOf(row);
    expect(Object.keys(head)).not.toContain('text');
    expect(Object.keys(head)).not.toContain('pageMarks');
    expect(Object.keys(head)).not.toContain('warnings');
    expect(head.entries).toHaveLength(row.entries.length);
    expect(head.entries.every((e) => e.raw === '')).toBe(true);
    // The entries' sections stay: the entry view, comparison and search read them.
    expect(head.entries.map((e) => e.sections)).toEqual(row.entries.map((e) => e.sections));
    expect({ ...head.entries[0], raw: row.entries[0]!.raw }).toEqual(row.entries[0]);
    expect(JSON.stringify(head).length).toBeLessThan(JSON.stringify(row).length / 2);
  });
});

describe('documents gateway keeps the heads in step', () => {
  it('through save, rename, sharing choice, replace, import and removal', async () => {
    const db = fresh();
    const pdf = await rowOf(PDF, 1000);
    const docx = await rowOf(DOCX, 2000);
    await saveDocument(pdf.row, pdf.blob, db);
    expect((await listed(db)).map((h) => h.title)).toEqual([pdf.row.title]);

    await renameDocument(pdf.row.id, '  Recueil   renommé ', db);
    const [renamed] = await listed(db);
    expect(renamed).toMatchObject({ title: 'Recueil renommé', source: { title: 'Recueil renommé' } });

    await setShareFile(pdf.row.id, true, db);
    expect((await listed(db))[0]!.shareFile).toBe(true);

    await importDocuments([{ row: docx.row, file: null }], db);
    expect((await listed(db)).map((h) => h.id)).toEqual([pdf.row.id, docx.row.id]);

    // A new version of the DOCX: its old head goes with its row, the new one comes.
    const next = await rowOf('test/fixtures/documents/france-urbaine.odt', 3000);
    await replaceDocument(docx.row.id, next.row, next.blob, planReplacement, db);
    const heads = await listed(db);
    expect(heads.map((h) => h.id)).toEqual([pdf.row.id, next.row.id]);
    expect(heads[1]!.addedAt).toBe(2000);

    await removeDocument(pdf.row.id, db);
    expect((await listed(db)).map((h) => h.id)).toEqual([next.row.id]);
    expect(await db.documentHeads.count()).toBe(1);
  });
});

describe('heads out of step', () => {
  it('lists neither a damaged head nor a head without its document, and repairs both', async () => {
    const db = fresh();
    const pdf = await rowOf(PDF, 1000);
    const docx = await rowOf(DOCX, 2000);
    await saveDocument(pdf.row, pdf.blob, db);
    // Written without a head (an older build, a hand-made profile).
    await db.documents.put(docx.row);
    // A head whose document is gone, and a damaged head.
    await db.documentHeads.put({ ...headOf(pdf.row), id: 'f'.repeat(64) });
    await db.documentHeads.put({ ...headOf(pdf.row), entries: 'abîmé' } as never);
    const before = await readHeads(db);
    expect(before.documents).toEqual([]);
    expect(before.unreadable).toBe(1);
    expect(before.stale.sort()).toEqual([pdf.row.id, docx.row.id, 'f'.repeat(64)].sort());
    await repairHeads(before.stale, db);
    expect((await listed(db)).map((h) => h.id)).toEqual([pdf.row.id, docx.row.id]);
    expect(await db.documentHeads.get('f'.repeat(64))).toBeUndefined();
  });

  it('watching repairs a missing head once, and a document that cannot be read stays out', async () => {
    const db = fresh();
    const pdf = await rowOf(PDF, 1000);
    await db.documents.put(pdf.row);
    await db.documents.put({ ...pdf.row, id: 'e'.repeat(64), entries: [] });
    const calls: string[][] = [];
    const errors: unknown[] = [];
    const stop = watchDocumentHeads(
      (heads) => calls.push(heads.map((h) => h.id)),
      (e) => errors.push(e),
      db,
    );
    await expect.poll(() => calls.at(-1), { timeout: 5000 }).toEqual([pdf.row.id]);
    await new Promise((r) => setTimeout(r, 200));
    stop();
    expect(errors).toEqual([]);
    expect(calls[0]).toEqual([]);
    // One read before the repair, one after it (and the hostile row's head deletion): no loop.
    expect(calls.length).toBeLessThanOrEqual(3);
    expect(await db.documentHeads.count()).toBe(1);
  });
});

/** A database of an older version, with these stores' rows written as that version stored them. */
async function olderDatabase(version: number, rows: Record<string, unknown[]>): Promise<string> {
  const name = `heads-v${version}-${Date.now()}-${Math.random()}`;
  const old = new Dexie(name);
  for (const v of VERSIONS.filter((x) => x.version <= version)) {
    const s = old.version(v.version).stores(v.stores);
    if (v.upgrade) s.upgrade(v.upgrade);
  }
  await old.open();
  for (const [table, list] of Object.entries(rows)) await old.table(table).bulkPut(list);
  old.close();
  return name;
}

/** Rows no build of Repères writes, but a damaged base or a hand-edited one may hold. */
function hostileRows(valid: DocumentRow): unknown[] {
  return [
    { ...valid, id: 'a'.repeat(64), entries: [] },
    { ...valid, id: 'b'.repeat(64), text: 42 },
    { ...valid, id: 'c'.repeat(64), entries: [{ ...valid.entries[0], title: null }] },
    { ...valid, id: 'd'.repeat(64), title: 'x'.repeat(501) },
    { id: 'pas-une-empreinte' },
  ];
}

describe('the v8 upgrade', () => {
  for (const from of [3, 6]) {
    it(`fills the heads from a version ${from} database with documents, hostile rows and annotations`, async () => {
      const pdf = await rowOf(PDF, 1000);
      const docx = await rowOf(DOCX, 2000);
      // A field a future build may add is not carried into the head.
      const extra = { ...docx.row, futureField: 'ignoré' };
      const data = sampleData();
      const name = await olderDatabase(from, {
        documents: [pdf.row, extra, ...hostileRows(pdf.row)],
        documentFiles: [{ id: pdf.row.id, blob: pdf.blob, type: pdf.blob.type }],
        notes: data.notes,
        highlights: data.highlights,
      });
      const db = new ReperesDb(name);
      try {
        await db.open();
        expect(db.verno).toBe(8);
        const { documents, unreadable, stale } = await readHeads(db);
        expect(documents).toEqual([headOf(pdf.row), headOf(docx.row)]);
        expect(unreadable).toBe(0);
        // The hostile rows stay where they were, unlisted, as before the upgrade.
        expect(stale.sort()).toEqual(
          ['a', 'b', 'c', 'd']
            .map((c) => c.repeat(64))
            .concat('pas-une-empreinte')
            .sort(),
        );
        expect(await db.documents.count()).toBe(7);
        expect(await db.documentHeads.count()).toBe(2);
        expect(await db.documentFiles.count()).toBe(1);
        const after = await readAll(db);
        expect(after.notes).toEqual(data.notes);
        expect(after.highlights).toEqual(data.highlights);
      } finally {
        db.close();
        await Dexie.delete(name);
      }
    });
  }
});

describe('readDocumentStamps', () => {
  it('gives every document’s id and date, by id, over several pages of heads', async () => {
    const db = fresh();
    const { row } = await rowOf(DOCX);
    // 23 heads: pages of 10, so three requests, the last one short.
    const heads = Array.from({ length: 23 }, (_, i) => ({
      ...headOf({ ...row, id: `doc-${String(i).padStart(2, '0')}` }),
      updatedAt: 5000 + i,
    }));
    await db.documentHeads.bulkPut(heads.slice().reverse());
    const stamps = await readDocumentStamps(db);
    expect(stamps).toEqual(heads.map((h) => ({ id: h.id, updatedAt: h.updatedAt })));
  });
});

describe('readDocumentsWithFiles', () => {
  it('reads every document with its original, oldest first, a page at a time, pausing between pages', async () => {
    const db = fresh();
    const { row, bytes } = await importedDocument(DOCX);
    const idOf = (i: number) => i.toString(16).padStart(64, '0');
    // 23 documents, stored newest first: three pages of ten; every other one with its original.
    const items = Array.from({ length: 23 }, (_, i) => ({
      row: { ...row, id: idOf(i), addedAt: 1000 + i, updatedAt: 1000 + i },
      file: i % 2 === 0 ? { type: 'application/octet-stream', bytes } : null,
    }));
    await importDocuments(items.slice().reverse(), db);
    let pauses = 0;
    const read = await readDocumentsWithFiles(db, async () => {
      pauses++;
      // A document removed between two pages is left out, not read half.
      if (pauses === 1) await removeDocument(idOf(15), db);
    });
    expect(pauses).toBe(2);
    const kept = items.filter((i) => i.row.id !== idOf(15));
    expect(read.map((r) => r.row.id)).toEqual(kept.map((i) => i.row.id));
    expect(read.every((r) => r.row.text === row.text)).toBe(true);
    expect(read.map((r) => r.file !== null)).toEqual(kept.map((i) => i.file !== null));
    expect(read[0]!.file?.bytes).toEqual(bytes);
  });
});
