// Seeded randomised run: three replicas make many small edits (create, edit, delete, tag) while
// their connections to the server are cut, delayed and reordered at random; once the network
// heals, every replica must hold exactly the same rows, the same versions and the same conflicts.
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NoteRow, EntryTagRow } from '../../../renderer/src/db/rows';
import { SyncBridge } from '../../../renderer/src/sharing/bridge';
import { answeringFetch, replicate, type Replication } from '../../../renderer/src/sharing/replication';
import {
  PouchDB,
  eventually,
  type Database,
  localPouch,
  startCouch,
  tinyDexie,
  type CouchServer,
} from './support';
import { seeded, startFlakyProxy, type FlakyProxy } from './flaky-proxy';

const TABLES = { notes: { schema: NoteRow }, entryTags: { schema: EntryTagRow, incidental: ['createdAt'] } };
const SEED = Number(process.env.REPERES_SYNC_SEED ?? 18);
const STEPS = 240;

let server: CouchServer;
beforeAll(async () => {
  server = await startCouch(5963);
});
afterAll(async () => {
  await server.stop();
});

async function snapshot(dexie: ReturnType<typeof tinyDexie>) {
  const sortBy = (k: string) => (a: Record<string, string>, b: Record<string, string>) =>
    a[k]! < b[k]! ? -1 : 1;
  return {
    notes: ((await dexie.table('notes').toArray()) as Record<string, string>[]).sort(sortBy('id')),
    tags: ((await dexie.table('entryTags').toArray()) as Record<string, string>[]).sort(sortBy('tag')),
    conflicts: (
      (await dexie.table('syncConflicts').toArray()) as { docId: string; versions: { rev: string }[] }[]
    )
      .map(
        (c) =>
          `${c.docId}:${c.versions
            .map((v) => v.rev)
            .sort()
            .join(',')}`,
      )
      .sort(),
  };
}

describe('randomised replication', () => {
  it(`converges to identical replicas (seed ${SEED})`, async () => {
    const random = seeded(SEED);
    const remote = await server.database();
    const dbName = remote.slice(remote.lastIndexOf('/') + 1);
    const proxies: FlakyProxy[] = [];
    const replicas: {
      dexie: ReturnType<typeof tinyDexie>;
      pouch: Database;
      bridge: SyncBridge;
      replication: Replication;
    }[] = [];
    for (let i = 0; i < 3; i++) {
      const proxy = await startFlakyProxy(5964 + i, server.url, seeded(SEED * 31 + i));
      proxy.maxDelayMs = 120;
      proxy.dropRate = 0.15;
      proxies.push(proxy);
      const dexie = tinyDexie();
      const pouch = localPouch();
      const bridge = new SyncBridge(dexie, pouch, { tables: TABLES, author: () => `R${i}` });
      await bridge.start();
      const replication = replicate(
        pouch,
        new PouchDB(`${proxy.url}/${dbName}`, { fetch: answeringFetch() }),
        () => {},
        {
          backOff: (d) => Math.min(Math.max(d * 2, 100), 800),
        },
      );
      replicas.push({ dexie, pouch, bridge, replication });
    }
    const ids = Array.from({ length: 12 }, (_, i) => `n${i}`);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
    for (let step = 0; step < STEPS; step++) {
      const r = pick(replicas);
      const id = pick(ids);
      const roll = random();
      const notes = r.dexie.table('notes');
      if (roll < 0.08) {
        const proxy = pick(proxies);
        proxy.online = !proxy.online;
      } else if (roll < 0.2) {
        await notes.delete(id);
      } else if (roll < 0.3) {
        await r.dexie
          .table('entryTags')
          .put({ targetId: 'e', tag: `t${Math.floor(random() * 5)}`, createdAt: step });
      } else if (roll < 0.35) {
        await r.dexie.table('entryTags').delete(['e', `t${Math.floor(random() * 5)}`]);
      } else {
        const existing = (await notes.get(id)) as { body: string; createdAt: number } | undefined;
        await notes.put({
          id,
          targetId: 'e',
          body: `${existing?.body ?? ''}${step % 10}`.slice(-40),
          createdAt: existing?.createdAt ?? step,
          updatedAt: step,
        });
      }
      if (random() < 0.3) await new Promise((res) => setTimeout(res, Math.floor(random() * 30)));
    }
    for (const p of proxies) {
      p.online = true;
      p.dropRate = 0;
      p.maxDelayMs = 20;
    }
    await eventually(async () => {
      for (const r of replicas) await r.bridge.idle();
      const [first, ...rest] = await Promise.all(replicas.map((r) => snapshot(r.dexie)));
      for (const other of rest) expect(other).toEqual(first);
      const winners = await Promise.all(
        replicas.map(async (r) =>
          (await r.pouch.allDocs()).rows.map((row) => `${row.id}@${row.value.rev}`).join(' '),
        ),
      );
      expect(new Set(winners).size).toBe(1);
      // What Dexie holds is exactly the replicated winners.
      expect(first!.notes.length).toBe(winners[0]!.split(' ').filter((w) => w.startsWith('notes:')).length);
    }, 45_000);
    for (const r of replicas) {
      r.replication.cancel();
      await r.bridge.stop();
    }
    for (const p of proxies) await p.close();
  }, 90_000);
});
