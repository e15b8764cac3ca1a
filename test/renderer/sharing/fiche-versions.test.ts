// « 2 versions » of a user fiche: a fiche edited on two replicas offline, through a real
// CouchDB-protocol server, shows the differing fields side by side; a field-by-field merge ends
// the conflict on both replicas.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { FicheRow, emptyFields } from '../../../renderer/src/db/fiche-rows';
import { CorrectionRow } from '../../../renderer/src/db/correction-rows';
import { BRIDGE_STORES, SyncBridge, type SyncConflictRow } from '../../../renderer/src/sharing/bridge';
import { docIdOf } from '../../../renderer/src/sharing/records';
import { replicate } from '../../../renderer/src/sharing/replication';
import { ficheDifferences, mergeFicheVersions } from '../../../renderer/src/core/fiche-versions';
import { eventually, localPouch, startCouch, uniqueName, type CouchServer, remotePouch } from './support';

const TABLES = { fiches: { schema: FicheRow }, corrections: { schema: CorrectionRow } };
const ID = 'fiche-0b7e2c1a-5d3f-4e9a-8c21-7f6d5e4c3b2a';
const DOC = docIdOf('fiches', ID);

function fiche(title: string, context: string, territory = 'Lille'): FicheRow {
  const fields = emptyFields();
  return {
    id: ID,
    fields: { ...fields, title, territory, sections: { ...fields.sections, context } },
    createdAt: 1000,
    updatedAt: 1000,
  };
}

let server: CouchServer;
beforeAll(async () => {
  server = await startCouch(5980);
});
afterAll(async () => {
  await server.stop();
});

async function client(remoteUrl: string, author: string) {
  const dexie = new Dexie(uniqueName('dexie'));
  dexie.version(1).stores({ fiches: 'id', corrections: 'id, targetId', ...BRIDGE_STORES });
  const pouch = localPouch();
  const bridge = new SyncBridge(dexie, pouch, { tables: TABLES, author: () => author });
  await bridge.start();
  const replication = replicate(pouch, remotePouch(remoteUrl), () => {});
  return { dexie, pouch, bridge, replication };
}

describe('« 2 versions » of a fiche', () => {
  it('keeps both versions, shows the fields that differ, and a field-by-field merge ends it everywhere', async () => {
    const remote = await server.database();
    const a = await client(remote, 'Alice');
    const b = await client(remote, 'Bruno');
    await a.dexie.table('fiches').put(fiche('Garage solidaire', 'Un quartier sans transport.'));
    await eventually(async () =>
      expect((await b.dexie.table('fiches').get(ID))?.fields.title).toBe('Garage solidaire'),
    );
    a.replication.cancel();
    b.replication.cancel();
    // Alice renames the fiche; Bruno rewrites its context and territory.
    await a.dexie
      .table('fiches')
      .put({ ...fiche('Garage solidaire de Fives', 'Un quartier sans transport.'), updatedAt: 3000 });
    await b.dexie.table('fiches').put({
      ...fiche('Garage solidaire', 'Trois bus par jour, <b>pas plus</b>.', 'Roubaix'),
      updatedAt: 3001,
    });
    await a.bridge.idle();
    await b.bridge.idle();
    a.replication = replicate(a.pouch, remotePouch(remote), () => {});
    b.replication = replicate(b.pouch, remotePouch(remote), () => {});
    let conflict: SyncConflictRow | undefined;
    for (const c of [a, b]) {
      await eventually(async () => {
        conflict = await c.dexie.table('syncConflicts').get(DOC);
        expect(conflict?.versions.map((v) => v.author).sort()).toEqual(['Alice', 'Bruno']);
      });
    }
    const rows = conflict!.versions.map((v) => v.row);
    const differences = ficheDifferences(rows);
    expect(differences.map((d) => d.label)).toEqual(['Titre', 'Territoire', 'Contexte']);
    const alice = conflict!.versions.findIndex((v) => v.author === 'Alice');
    const bruno = 1 - alice;
    expect(differences.find((d) => d.key === 'sections.context')?.values[bruno]).toBe(
      'Trois bus par jour, <b>pas plus</b>.',
    );
    // The merge: Alice's title, Bruno's territory and context.
    const merged = mergeFicheVersions(
      rows,
      { title: alice, territory: bruno, 'sections.context': bruno },
      5000,
    );
    expect(FicheRow.parse(merged).updatedAt).toBeGreaterThan(3001);
    await a.bridge.resolve(DOC, merged);
    for (const c of [a, b]) {
      await eventually(async () => {
        const row = (await c.dexie.table('fiches').get(ID)) as FicheRow | undefined;
        expect(row?.fields.title).toBe('Garage solidaire de Fives');
        expect(row?.fields.territory).toBe('Roubaix');
        expect(row?.fields.sections.context).toBe('Trois bus par jour, <b>pas plus</b>.');
        expect(await c.dexie.table('syncConflicts').get(DOC)).toBeUndefined();
      });
    }
    for (const c of [a, b]) {
      c.replication.cancel();
      await c.bridge.stop();
    }
  });

  it('lists no difference between identical versions and reads an unreadable row as empty', () => {
    const same = fiche('Titre', 'Texte');
    expect(ficheDifferences([same, structuredClone(same)])).toEqual([]);
    const differences = ficheDifferences([same, { id: ID, fields: { title: 42 } }]);
    expect(differences.find((d) => d.key === 'title')?.values).toEqual(['Titre', '']);
    // A pick naming a version that does not exist, or a field that is not one, changes nothing.
    const merged = mergeFicheVersions([same], { title: 3, constructor: 0, __proto__: 0 }, 1);
    expect(FicheRow.parse(merged).fields).toEqual(same.fields);
  });
});
