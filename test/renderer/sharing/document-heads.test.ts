// A document received through sharing is listed like one added here: the bridge writes its head
// (Dexie v8) in the same transaction as the row, renames and removals included, with the app's
// own registry and schema on both sides.
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReperesDb } from '../../../renderer/src/db/ReperesDb';
import {
  readHeads,
  removeDocument,
  renameDocument,
  saveDocument,
  type DocumentRow,
} from '../../../renderer/src/db/documents';
import { headOf } from '../../../renderer/src/db/document-rows';
import { SyncBridge } from '../../../renderer/src/sharing/bridge';
import { replicate } from '../../../renderer/src/sharing/replication';
import { eventually, localPouch, startCouch, uniqueName, type CouchServer, remotePouch } from './support';
import { importedDocument } from '../db/imported-document';

let server: CouchServer;
beforeAll(async () => {
  server = await startCouch(5968);
});
afterAll(async () => {
  await server.stop();
});

async function documentRow(path: string): Promise<DocumentRow> {
  return (await importedDocument(path)).row;
}

describe('shared documents and their heads', () => {
  it('a received document is listed, renamed and removed on the other copy', async () => {
    const remote = await server.database();
    const [a, b] = [new ReperesDb(uniqueName('heads-a')), new ReperesDb(uniqueName('heads-b'))];
    const [pa, pb] = [localPouch(), localPouch()];
    const bridges = [
      new SyncBridge(a, pa, { author: () => 'A' }),
      new SyncBridge(b, pb, { author: () => 'B' }),
    ];
    for (const br of bridges) await br.start();
    const reps = [replicate(pa, remotePouch(remote), () => {}), replicate(pb, remotePouch(remote), () => {})];
    try {
      const row = await documentRow('test/fixtures/documents/recueil-trois-initiatives.pdf');
      await saveDocument(row, new Blob([new Uint8Array(4)]), a);
      await eventually(async () => {
        const { documents, stale } = await readHeads(b);
        expect(stale).toEqual([]);
        expect(documents).toEqual([headOf(row)]);
      });
      await renameDocument(row.id, 'Recueil de l’équipe', a);
      await eventually(async () => {
        const { documents } = await readHeads(b);
        expect(documents.map((d) => d.title)).toEqual(['Recueil de l’équipe']);
        expect(documents).toEqual((await readHeads(a)).documents);
      });
      await removeDocument(row.id, a);
      await eventually(async () => {
        expect(await b.documents.count()).toBe(0);
        expect(await b.documentHeads.count()).toBe(0);
      });
    } finally {
      reps.forEach((r) => r.cancel());
      for (const br of bridges) await br.stop();
      // Requests already sent finish before the server stops (a file's upload takes a moment).
      await new Promise((r) => setTimeout(r, 1000));
      a.close();
      b.close();
    }
  });
});
