// Original files shared per document: with « Partager le fichier d'origine », the file travels as
// an attachment and arrives byte for byte once its sha256 matches the document; without it, the
// entries arrive and the file does not; a server's wrong bytes are refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { DocumentRow } from '../../../renderer/src/db/document-rows';
import { BRIDGE_STORES, SyncBridge } from '../../../renderer/src/sharing/bridge';
import { DOCUMENT_FILE } from '../../../renderer/src/sharing/registry';
import { docIdOf } from '../../../renderer/src/sharing/records';
import { replicate } from '../../../renderer/src/sharing/replication';
import { toBase64 } from '../../../renderer/src/sharing/attachments';
import { eventually, startCouch, uniqueName, type CouchServer, type Database } from './support';
import { importedDocument } from '../db/imported-document';

// pouchdb-browser's HTTP adapter hands attachments over as Blobs, which the Node memory adapter
// cannot store: these replicas are Node's PouchDB (core, HTTP, memory, replication), as the app's
// is the browser's whole. The bridge sees the same Database either way.
type NodePouch = {
  new (name: string, options?: { adapter?: string }): Database;
  plugin(plugin: unknown): NodePouch;
};
const load = async (name: string) => ((await import(name)) as { default: unknown }).default;
const PouchDB = (await load('pouchdb-core')) as NodePouch;
PouchDB.plugin(await load('pouchdb-adapter-http'))
  .plugin(await load('pouchdb-adapter-memory'))
  .plugin(await load('pouchdb-replication'));
const localPouch = () => new PouchDB(uniqueName('local'), { adapter: 'memory' });

const TABLES = { documents: { schema: DocumentRow, maxBytes: 30_000_000, attachment: DOCUMENT_FILE } };

async function documentOf(path: string): Promise<{ row: DocumentRow; bytes: Uint8Array<ArrayBuffer> }> {
  const { row, bytes } = await importedDocument(path);
  return { row: DocumentRow.parse(row), bytes };
}

let server: CouchServer;
beforeAll(async () => {
  server = await startCouch(5981);
});
afterAll(async () => {
  await server.stop();
});

async function client(remoteUrl: string, author: string) {
  const dexie = new Dexie(uniqueName('dexie'));
  dexie.version(1).stores({ documents: 'id', documentFiles: 'id', ...BRIDGE_STORES });
  const pouch = localPouch();
  const rejected: string[] = [];
  const bridge = new SyncBridge(dexie, pouch, {
    tables: TABLES,
    author: () => author,
    onReject: (r) => rejected.push(r.reason),
  });
  await bridge.start();
  const replication = replicate(pouch, new PouchDB(remoteUrl), () => {});
  return { dexie, pouch, bridge, replication, rejected };
}

async function bytesOf(dexie: Dexie, id: string): Promise<Uint8Array | undefined> {
  const file = (await dexie.table('documentFiles').get(id)) as { blob: Blob } | undefined;
  return file ? new Uint8Array(await file.blob.arrayBuffer()) : undefined;
}

describe('original files shared per document', () => {
  it('sends the file only when the user chose to, and it arrives byte for byte', async () => {
    const remote = await server.database();
    const a = await client(remote, 'Alice');
    const b = await client(remote, 'Bruno');
    const shared = await documentOf('test/fixtures/documents/deux-colonnes.pdf');
    const kept = await documentOf('test/fixtures/documents/france-urbaine.docx');
    await a.dexie.transaction('rw', a.dexie.table('documents'), a.dexie.table('documentFiles'), async () => {
      await a.dexie.table('documents').put({ ...shared.row, shareFile: true });
      await a.dexie.table('documentFiles').put({
        id: shared.row.id,
        blob: new Blob([shared.bytes], { type: 'application/pdf' }),
        type: 'application/pdf',
      });
      await a.dexie.table('documents').put(kept.row);
      await a.dexie.table('documentFiles').put({ id: kept.row.id, blob: new Blob([kept.bytes]), type: '' });
    });
    await eventually(async () => {
      expect(await bytesOf(b.dexie, shared.row.id)).toEqual(shared.bytes);
      expect((await b.dexie.table('documents').get(kept.row.id))?.entries.length).toBe(
        kept.row.entries.length,
      );
    });
    expect((await b.dexie.table('documentFiles').get(shared.row.id))?.type).toBe('application/pdf');
    // Without the choice: the entries, not the file (not in the shared database either).
    expect(await bytesOf(b.dexie, kept.row.id)).toBeUndefined();
    const onServer = (await new PouchDB(remote).get(docIdOf('documents', kept.row.id))) as {
      _attachments?: unknown;
    };
    expect(onServer._attachments).toBeUndefined();
    // Ticking the box later sends it.
    await a.dexie.table('documents').update(kept.row.id, { shareFile: true });
    await eventually(async () => expect(await bytesOf(b.dexie, kept.row.id)).toEqual(kept.bytes));
    expect(b.rejected).toEqual([]);
    for (const c of [a, b]) {
      c.replication.cancel();
      await c.bridge.stop();
    }
  });

  it('refuses a file whose bytes are not the document’s, and keeps the entries', async () => {
    const remote = await server.database();
    const b = await client(remote, 'Bruno');
    const { row } = await documentOf('test/fixtures/documents/deux-colonnes.pdf');
    // A hostile server: the document names one file, the attachment holds other bytes.
    const evil = new TextEncoder().encode('<script>alert(1)</script>');
    const res = await fetch(`${remote}/${encodeURIComponent(docIdOf('documents', row.id))}`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        table: 'documents',
        author: 'Mallory',
        at: 1,
        row: { ...row, shareFile: true },
        _attachments: { original: { content_type: 'application/pdf', data: toBase64(evil) } },
      }),
    });
    expect(res.ok).toBe(true);
    await eventually(async () => {
      expect(await b.dexie.table('documents').get(row.id)).toBeDefined();
      expect(b.rejected).toEqual(['fichier d’origine refusé : ses octets ne sont pas ceux du document']);
    });
    expect(await bytesOf(b.dexie, row.id)).toBeUndefined();
    b.replication.cancel();
    await b.bridge.stop();
  });
});
