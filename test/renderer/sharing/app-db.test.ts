// The app's own database with sharing: the v6 upgrade from a v3 database with data, and every
// table of the registry carried by the bridge between two copies of the real schema.
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { ReperesDb } from '../../../renderer/src/db/ReperesDb';
import { VERSIONS } from '../../../renderer/src/db/versions';
import { readAll, saveNote, toggleFavourite } from '../../../renderer/src/db/annotations';
import { SyncBridge } from '../../../renderer/src/sharing/bridge';
import { REPLICATED_TABLES } from '../../../renderer/src/sharing/registry';
import { replicate } from '../../../renderer/src/sharing/replication';
import { sampleData } from '../db/fixtures';
import { eventually, localPouch, startCouch, uniqueName, type CouchServer, remotePouch } from './support';

let server: CouchServer;
beforeAll(async () => {
  server = await startCouch(5961);
});
afterAll(async () => {
  await server.stop();
});

describe('sharing in the app database', () => {
  it('upgrades a version 3 database with data to the current version, keeping every record', async () => {
    const name = uniqueName('v3');
    const v3 = new Dexie(name);
    for (const v of VERSIONS.filter((x) => x.version <= 3)) v3.version(v.version).stores(v.stores);
    await v3.open();
    const data = sampleData();
    await v3.table('notes').bulkAdd(data.notes);
    await v3.table('highlights').bulkAdd(data.highlights);
    v3.close();
    const db = new ReperesDb(name);
    await db.open();
    expect(db.verno).toBe(VERSIONS.at(-1)!.version);
    const after = await readAll(db);
    expect(after.notes).toEqual(data.notes);
    expect(after.highlights).toEqual(data.highlights);
    expect(await db.syncState.count()).toBe(0);
    expect(await db.syncConflicts.count()).toBe(0);
    db.close();
  });

  it('replicates every shared table and keeps favourites personal', async () => {
    const remote = await server.database();
    const [a, b] = [new ReperesDb(uniqueName('app-a')), new ReperesDb(uniqueName('app-b'))];
    const pa = localPouch();
    const pb = localPouch();
    const bridges = [
      new SyncBridge(a, pa, { author: () => 'A' }),
      new SyncBridge(b, pb, { author: () => 'B' }),
    ];
    for (const br of bridges) await br.start();
    const reps = [replicate(pa, remotePouch(remote), () => {}), replicate(pb, remotePouch(remote), () => {})];
    const data = sampleData();
    await a.transaction('rw', a.tables, async () => {
      for (const t of ['notes', 'highlights', 'entryTags', 'collections', 'collectionItems'] as const) {
        await a.table(t).bulkPut(data[t]);
      }
    });
    await a.comparisons.put({
      id: 'cmp1',
      name: 'Nantes et Lyon',
      targetIds: ['x', 'y'],
      baselineId: null,
      differencesOnly: false,
      createdAt: 1,
      updatedAt: 1,
    });
    await toggleFavourite('fu-nantes-plie', a);
    await saveNote({ id: 'late', targetId: 'x', body: 'Écrite après' }, a);
    await eventually(async () => {
      const there = await readAll(b);
      const here = await readAll(a);
      for (const t of [
        'notes',
        'highlights',
        'entryTags',
        'collections',
        'collectionItems',
        'colors',
      ] as const) {
        expect(there[t]).toEqual(here[t]);
      }
      expect(await b.comparisons.get('cmp1')).toEqual(await a.comparisons.get('cmp1'));
    });
    expect(await b.favourites.count()).toBe(0);
    expect(Object.keys(REPLICATED_TABLES)).not.toContain('favourites');
    reps.forEach((r) => r.cancel());
    for (const br of bridges) await br.stop();
  });
});
