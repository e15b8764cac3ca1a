// The search worker reads the imported documents' entries from IndexedDB itself (their heads):
// it must index exactly the items the window joins to the catalogue, so results do not change,
// follow documents added, renamed and removed, and let the window's corrected items shadow them.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { SearchEngine } from '../../../../electron/shared/search';
import { toItems } from '../../../../electron/shared/items';
import { index, withDocuments } from '../../../../renderer/src/catalogue/CatalogueContext';
import {
  readHeads,
  readHeadsById,
  removeDocument,
  renameDocument,
  saveDocument,
  type DocumentRow,
} from '../../../../renderer/src/db/documents';
import { WorkerItems } from '../../../../renderer/src/features/search/worker-items';
import { AddedItems } from '../../../../renderer/src/features/search/search-client';
import { SMALL } from '../../../electron/shared/search/fixtures';
import { freshDatabases } from '../../db/fresh-db';
import { importedDocument } from '../../db/imported-document';

const fresh = freshDatabases('worker-items');

async function rowOf(path: string, addedAt: number): Promise<DocumentRow> {
  return (await importedDocument(path, { addedAt })).row;
}

const QUERIES = [
  'PLIE',
  'emploi',
  'Nantes',
  'insertion',
  'clauses sociales',
  'mobilité',
  'Maison de l’emploi',
];
// Scores rounded: the last digits may differ with the order an index summed in (1e-16).
const ids = (engine: SearchEngine, q: string) =>
  engine.search(q, { limit: 20 }).hits.map((h) => [h.id, Math.round(h.score * 1e9)]);

describe('WorkerItems', () => {
  it('indexes what the window would send, read from IndexedDB, and follows the documents', async () => {
    const db = fresh();
    const docx = await rowOf('test/fixtures/documents/france-urbaine.docx', 1000);
    const pdf = await rowOf('test/fixtures/documents/recueil-trois-initiatives.pdf', 2000);
    for (const row of [docx, pdf]) await saveDocument(row, new Blob([new Uint8Array(3)]), db);
    const bundled = toItems(SMALL);
    const stamps = async () =>
      (await readHeads(db)).documents.map((d) => ({ id: d.id, updatedAt: d.updatedAt }));

    // The window's way: every imported item posted to the engine.
    const windowEngine = new SearchEngine(bundled, undefined);
    const sent = new AddedItems();
    // As CatalogueContext does: an unchanged document keeps its items' objects.
    const cache = new Map();
    const bundledCatalogue = index(SMALL);
    const windowSends = async () => {
      const joined = withDocuments(bundledCatalogue, (await readHeads(db)).documents, cache);
      const change = sent.update(joined.importedItems);
      if (change.removed.length) windowEngine.removeItems(change.removed);
      if (change.added.length) windowEngine.addItems(change.added);
      return joined;
    };
    const joined = await windowSends();
    // The worker's way: only the stamps, the heads read here.
    const workerEngine = new SearchEngine(bundled, undefined);
    const items = new WorkerItems(workerEngine, (list) => readHeadsById(list, db));
    await items.setDocuments(await stamps());
    expect(ids(workerEngine, 'Nantes').length).toBeGreaterThan(0);
    for (const q of QUERIES) expect(ids(workerEngine, q)).toEqual(ids(windowEngine, q));

    // A corrected entry from the window shadows the document's own, until the correction goes.
    const target = joined.importedItems[0]!;
    const corrected = { ...target, title: 'Titre corrigé zéphyr' };
    items.add([corrected]);
    expect(ids(workerEngine, 'zéphyr').map(([id]) => id)).toEqual([target.id]);
    items.remove([target.id]);
    expect(ids(workerEngine, 'zéphyr')).toEqual([]);
    // The window's engine, given the correction and its removal as it is today, agrees.
    for (const item of [corrected, target]) {
      windowEngine.removeItems([target.id]);
      windowEngine.addItems([item]);
    }
    for (const q of QUERIES) expect(ids(workerEngine, q)).toEqual(ids(windowEngine, q));

    // Renamed: read again (its stamp changed), as the window would join it again.
    await renameDocument(pdf.id, 'Recueil renommé', db);
    await items.setDocuments(await stamps());
    await windowSends();
    for (const q of QUERIES) expect(ids(workerEngine, q)).toEqual(ids(windowEngine, q));
    // Removed: its entries leave the index.
    const pdfEntry = pdf.entries[0]!.id;
    expect(ids(workerEngine, pdf.entries[0]!.title).map(([id]) => id)).toContain(pdfEntry);
    await removeDocument(pdf.id, db);
    await items.setDocuments(await stamps());
    expect(ids(workerEngine, pdf.entries[0]!.title).map(([id]) => id)).not.toContain(pdfEntry);
    await windowSends();
    for (const q of QUERIES) expect(ids(workerEngine, q)).toEqual(ids(windowEngine, q));
    expect(ids(workerEngine, 'Nantes')).toEqual(ids(windowEngine, 'Nantes'));
  });

  it('reads only the documents whose stamp changed, and leaves out a head it cannot read', async () => {
    const db = fresh();
    const docx = await rowOf('test/fixtures/documents/france-urbaine.docx', 1000);
    await saveDocument(docx, new Blob([new Uint8Array(3)]), db);
    await db.documentHeads.put({
      ...(await db.documentHeads.get(docx.id))!,
      id: 'b'.repeat(64),
      entries: 'abîmé',
    } as never);
    const reads: string[][] = [];
    const added: number[] = [];
    const items = new WorkerItems(
      { addItems: (list) => added.push(list.length), removeItems: () => {} },
      (list) => {
        reads.push(list);
        return readHeadsById(list, db);
      },
    );
    const stamps = [
      { id: docx.id, updatedAt: docx.updatedAt },
      { id: 'b'.repeat(64), updatedAt: 1 },
    ];
    await items.setDocuments(stamps);
    await items.setDocuments(stamps);
    expect(reads).toEqual([[docx.id, 'b'.repeat(64)], ['b'.repeat(64)]]);
    expect(added).toEqual([docx.entries.length]);
  });
});
