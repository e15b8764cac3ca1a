// The bridge between Dexie and PouchDB, against a real CouchDB-protocol server on 127.0.0.1.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import 'fake-indexeddb/auto';
import { NoteRow, EntryTagRow } from '../../../renderer/src/db/rows';
import { SyncBridge } from '../../../renderer/src/sharing/bridge';
import { docIdOf } from '../../../renderer/src/sharing/records';
import { replicate, type SyncStatus } from '../../../renderer/src/sharing/replication';
import { eventually, localPouch, startCouch, tinyDexie, type CouchServer, remotePouch } from './support';

const TABLES = { notes: { schema: NoteRow }, entryTags: { schema: EntryTagRow } };
const note = (id: string, body: string, at = 1000) => ({
  id,
  targetId: 'entry-1',
  body,
  createdAt: at,
  updatedAt: at,
});

let server: CouchServer;
beforeAll(async () => {
  server = await startCouch(5960);
});
afterAll(async () => {
  await server.stop();
});

async function client(remoteUrl: string, author: string) {
  const dexie = tinyDexie();
  const pouch = localPouch();
  const bridge = new SyncBridge(dexie, pouch, { tables: TABLES, author: () => author });
  await bridge.start();
  const statuses: SyncStatus[] = [];
  const replication = replicate(pouch, remotePouch(remoteUrl), (s) => statuses.push(s));
  return { dexie, pouch, bridge, replication, statuses };
}

describe('sharing bridge', () => {
  it('carries a note, its edit, a tag and a deletion from one replica to another', async () => {
    const remote = await server.database();
    const a = await client(remote, 'Alice');
    const b = await client(remote, 'Bruno');
    await a.dexie.table('notes').put(note('n1', 'Premier jet'));
    await eventually(async () => expect((await b.dexie.table('notes').get('n1'))?.body).toBe('Premier jet'));
    await b.dexie.table('notes').update('n1', { body: 'Revu par Bruno', updatedAt: 2000 });
    await b.dexie.table('entryTags').put({ targetId: 'entry-1', tag: 'insertion', createdAt: 5 });
    await eventually(async () => {
      expect((await a.dexie.table('notes').get('n1'))?.body).toBe('Revu par Bruno');
      expect(await a.dexie.table('entryTags').get(['entry-1', 'insertion'])).toBeDefined();
    });
    const doc = (await a.pouch.get(docIdOf('notes', 'n1'))) as unknown as { author: string };
    expect(doc.author).toBe('Bruno');
    await a.dexie.table('notes').delete('n1');
    await eventually(async () => expect(await b.dexie.table('notes').get('n1')).toBeUndefined());
    // The replication reports « en attente » while it pushes, then « synchronisé » once idle.
    await eventually(() => expect(a.statuses.at(-1)?.state).toBe('synchronise'));
    for (const c of [a, b]) {
      c.replication.cancel();
      await c.bridge.stop();
    }
  });

  it('keeps both versions of a note edited on two sides offline, and the choice ends the conflict everywhere', async () => {
    const remote = await server.database();
    const a = await client(remote, 'Alice');
    const b = await client(remote, 'Bruno');
    await a.dexie.table('notes').put(note('n2', 'Base commune'));
    await eventually(async () => expect((await b.dexie.table('notes').get('n2'))?.body).toBe('Base commune'));
    a.replication.cancel();
    b.replication.cancel();
    await a.dexie.table('notes').update('n2', { body: 'Version d’Alice', updatedAt: 3000 });
    await b.dexie.table('notes').update('n2', { body: 'Version de Bruno', updatedAt: 3001 });
    await a.bridge.idle();
    await b.bridge.idle();
    a.replication = replicate(a.pouch, remotePouch(remote), () => {});
    b.replication = replicate(b.pouch, remotePouch(remote), () => {});
    for (const c of [a, b]) {
      await eventually(async () => {
        const conflict = await c.dexie.table('syncConflicts').get(docIdOf('notes', 'n2'));
        expect(conflict?.versions.map((v: { row: { body: string } }) => v.row.body).sort()).toEqual(
          ['Version d’Alice', 'Version de Bruno'].sort(),
        );
      });
    }
    // Both sides show the same version meanwhile (CouchDB's deterministic winner).
    expect((await a.dexie.table('notes').get('n2'))?.body).toBe(
      (await b.dexie.table('notes').get('n2'))?.body,
    );
    const merged = { ...note('n2', 'Fusion des deux'), updatedAt: 4000 };
    await a.bridge.resolve(docIdOf('notes', 'n2'), merged);
    for (const c of [a, b]) {
      await eventually(async () => {
        expect((await c.dexie.table('notes').get('n2'))?.body).toBe('Fusion des deux');
        expect(await c.dexie.table('syncConflicts').get(docIdOf('notes', 'n2'))).toBeUndefined();
      });
    }
    for (const c of [a, b]) {
      c.replication.cancel();
      await c.bridge.stop();
    }
  });
});
