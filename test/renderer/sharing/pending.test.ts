// Deletions made while sharing was off: listed before sharing starts, and either brought back
// from the local replica or sent as deletions, as the user chooses.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { EntryTagRow, NoteRow } from '../../../renderer/src/db/rows';
import { SyncBridge } from '../../../renderer/src/sharing/bridge';
import { pendingDeletions } from '../../../renderer/src/sharing/pending';
import { docIdOf } from '../../../renderer/src/sharing/records';
import { localPouch, tinyDexie, uniqueName } from './support';

const TABLES = { notes: { schema: NoteRow }, entryTags: { schema: EntryTagRow } };
const note = (id: string, body: string) => ({ id, targetId: 'e', body, createdAt: 1, updatedAt: 1 });

async function sharedThenStopped() {
  const dexie = tinyDexie();
  const pouchName = uniqueName('pending-pouch');
  const pouch = localPouch(pouchName);
  const bridge = new SyncBridge(dexie, pouch, { tables: TABLES, author: () => 'A' });
  await bridge.start();
  await dexie.table('notes').bulkPut([note('n1', 'Gardée par l’équipe'), note('n2', 'Toujours là')]);
  await dexie.table('entryTags').put({ targetId: 'e', tag: 'iae', createdAt: 1 });
  await bridge.idle();
  await bridge.stop();
  // Sharing off: the user deletes a note and a tag (or wipes everything).
  await dexie.table('notes').delete('n1');
  await dexie.table('entryTags').delete(['e', 'iae']);
  return { dexie, pouch };
}

describe('deletions made while sharing was off', () => {
  it('are listed, per table, and only those', async () => {
    const { dexie } = await sharedThenStopped();
    const pending = await pendingDeletions(dexie, TABLES);
    expect(pending.docIds.sort()).toEqual(
      [docIdOf('entryTags', ['e', 'iae']), docIdOf('notes', 'n1')].sort(),
    );
    expect(pending.byTable).toEqual({ notes: 1, entryTags: 1 });
  });

  it('come back from the local replica when the user asks, and the others are sent as deletions', async () => {
    const { dexie, pouch } = await sharedThenStopped();
    const bridge = new SyncBridge(dexie, pouch, { tables: TABLES, author: () => 'A' });
    expect(await bridge.restore([docIdOf('notes', 'n1')])).toBe(1);
    expect((await dexie.table('notes').get('n1'))?.body).toBe('Gardée par l’équipe');
    await bridge.start();
    await bridge.idle();
    // The restored note is still live in the replica; the tag, not restored, is deleted there.
    expect(((await pouch.get(docIdOf('notes', 'n1'))) as unknown as { row: { body: string } }).row.body).toBe(
      'Gardée par l’équipe',
    );
    await expect(pouch.get(docIdOf('entryTags', ['e', 'iae']))).rejects.toMatchObject({ status: 404 });
    expect((await pendingDeletions(dexie, TABLES)).docIds).toEqual([]);
    await bridge.stop();
  });

  it('restores nothing for ids it cannot read or the replica does not hold, and refuses to run once started', async () => {
    const { dexie, pouch } = await sharedThenStopped();
    const bridge = new SyncBridge(dexie, pouch, { tables: TABLES, author: () => 'A' });
    expect(await bridge.restore(['notes:"absente"', 'inconnue:"x"', 'pas un identifiant', '_design/x'])).toBe(
      0,
    );
    expect(await dexie.table('notes').count()).toBe(1);
    await bridge.start();
    await expect(bridge.restore([docIdOf('notes', 'n1')])).rejects.toThrow();
    await bridge.stop();
  });
});
