// Interruptions: the server killed in the middle of a replication and restarted, and a client
// whose bridge stops half-way and starts again from its persisted checkpoint.
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NoteRow } from '../../../renderer/src/db/rows';
import { SyncBridge } from '../../../renderer/src/sharing/bridge';
import { answeringFetch, replicate, type SyncStatus } from '../../../renderer/src/sharing/replication';
import {
  PouchDB,
  eventually,
  localPouch,
  startCouch,
  tinyDexie,
  uniqueName,
  type CouchServer,
  remotePouch,
} from './support';

const TABLES = { notes: { schema: NoteRow } };
const note = (id: string, body: string) => ({ id, targetId: 'e', body, createdAt: 1, updatedAt: 1 });
/** Enough records that the first run is still applying them when it is stopped. */
const TOTAL = 1500;
const fastBackOff = (d: number) => Math.min(Math.max(d * 2, 100), 500);

let server: CouchServer;
beforeAll(async () => {
  server = await startCouch(5967);
});
afterAll(async () => {
  await server.stop();
});

const bodies = async (dexie: ReturnType<typeof tinyDexie>) =>
  Object.fromEntries(
    ((await dexie.table('notes').toArray()) as { id: string; body: string }[]).map((n) => [n.id, n.body]),
  );

describe('interrupted replication', () => {
  it('converges with nothing lost when the server is killed mid-replication and restarted', async () => {
    const remote = await server.database();
    const make = async (author: string) => {
      const dexie = tinyDexie();
      const pouch = localPouch();
      const bridge = new SyncBridge(dexie, pouch, { tables: TABLES, author: () => author });
      await bridge.start();
      const statuses: SyncStatus[] = [];
      const rep = replicate(
        pouch,
        new PouchDB(remote, { fetch: answeringFetch() }),
        (s) => statuses.push(s),
        {
          backOff: fastBackOff,
        },
      );
      return { dexie, pouch, bridge, rep, statuses };
    };
    const a = await make('A');
    const b = await make('B');
    await a.dexie
      .table('notes')
      .bulkPut(Array.from({ length: 400 }, (_, i) => note(`a${i}`, `note ${i} de A`)));
    await eventually(async () => expect(await b.dexie.table('notes').count()).toBeGreaterThan(0), 20_000);
    await server.stop();
    const countAtKill = await b.dexie.table('notes').count();
    // Killed in the middle: B had only part of A's notes.
    expect(countAtKill).toBeLessThan(400);
    // Both sides keep working while the server is down.
    await a.dexie.table('notes').put(note('a-offline', 'écrite pendant la panne'));
    await b.dexie.table('notes').put(note('b-offline', 'écrite aussi pendant la panne'));
    await eventually(() => expect(b.statuses.at(-1)?.state).toBe('hors-ligne'));
    await server.restart();
    // pouchdb-server in memory restarts empty: the database is created again, as it would still
    // exist on a real CouchDB; the clients then send everything again.
    await fetch(remote, { method: 'PUT' });
    await eventually(async () => {
      const [ba, bb] = [await bodies(a.dexie), await bodies(b.dexie)];
      expect(Object.keys(ba)).toHaveLength(402);
      expect(bb).toEqual(ba);
    }, 30_000);
    await eventually(() => {
      expect(a.statuses.at(-1)?.state).toBe('synchronise');
      expect(b.statuses.at(-1)?.state).toBe('synchronise');
    }, 20_000);
    for (const c of [a, b]) {
      c.rep.cancel();
      await c.bridge.stop();
    }
  }, 60_000);

  it('resumes from its checkpoint when the client stops half-way through and starts again', async () => {
    const remote = await server.database();
    const seed = new PouchDB(remote);
    await seed.bulkDocs(
      Array.from({ length: TOTAL }, (_, i) => ({
        _id: `notes:"r${i}"`,
        table: 'notes',
        author: 'Équipe',
        at: 1,
        row: note(`r${i}`, `distante ${i}`),
      })),
    );
    const dexie = tinyDexie(uniqueName('restart'));
    const pouchName = uniqueName('restart-pouch');
    let pouch = localPouch(pouchName);
    let bridge = new SyncBridge(dexie, pouch, { tables: TABLES, author: () => 'B' });
    await bridge.start();
    let rep = replicate(pouch, remotePouch(remote), () => {});
    await eventually(async () => expect(await dexie.table('notes').count()).toBeGreaterThan(20));
    rep.cancel();
    await bridge.stop();
    const half = await dexie.table('notes').count();
    const checkpoint = (await pouch.get('_local/reperes-bridge')) as unknown as { seq: number };
    expect(checkpoint.seq).toBeTruthy();
    // An edit made while stopped is not lost either.
    await dexie.table('notes').put(note('r0', 'modifiée hors ligne'));
    pouch = localPouch(pouchName);
    // The same local database, reopened: its checkpoint is where the first run left it.
    expect(((await pouch.get('_local/reperes-bridge')) as unknown as { seq: number }).seq).toEqual(
      checkpoint.seq,
    );
    bridge = new SyncBridge(dexie, pouch, { tables: TABLES, author: () => 'B' });
    await bridge.start();
    rep = replicate(pouch, remotePouch(remote), () => {});
    await eventually(async () => {
      expect(await dexie.table('notes').count()).toBe(TOTAL);
      expect(((await seed.get('notes:"r0"')) as unknown as { row: { body: string } }).row.body).toBe(
        'modifiée hors ligne',
      );
    }, 20_000);
    expect(half).toBeLessThan(TOTAL);
    rep.cancel();
    await bridge.stop();
  }, 60_000);
});
