// A hostile or broken server: records of the wrong shape, huge ones, ids that do not match their
// rows, tables that are not shared, HTML in fields. Nothing it sends may corrupt local data.
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NoteRow, EntryTagRow } from '../../../renderer/src/db/rows';
import { SyncBridge, type Rejection } from '../../../renderer/src/sharing/bridge';
import { docIdOf } from '../../../renderer/src/sharing/records';
import { PouchDB, localPouch, tinyDexie } from './support';
import { startHostileServer, type HostileServer } from './hostile-server';

const TABLES = { notes: { schema: NoteRow }, entryTags: { schema: EntryTagRow } };
const mine = { id: 'mine', targetId: 'entry-1', body: 'Ma note, à garder', createdAt: 1, updatedAt: 1 };
const envelope = (id: string, row: unknown, extra: Record<string, unknown> = {}) => ({
  _id: id,
  _rev: '1-aaaa',
  table: 'notes',
  author: 'Serveur',
  at: 5,
  row,
  ...extra,
});
const HTML = '<img src=x onerror="globalThis.__pwned=1"><script>globalThis.__pwned=1</script>';

let server: HostileServer;
beforeAll(async () => {
  server = await startHostileServer(5962, [
    // Wrong shapes.
    envelope(docIdOf('notes', 'shape'), { id: 'shape', targetId: 'e', body: 42, createdAt: 1, updatedAt: 1 }),
    envelope(docIdOf('notes', 'no-row'), undefined),
    { _id: docIdOf('notes', 'bare'), _rev: '1-bbbb', body: 'pas d’enveloppe' },
    // A second version of the local note with a wrong shape: the local one must stay.
    envelope(docIdOf('notes', 'mine'), { ...mine, body: { $gt: '' } }, { _rev: '9-cccc' }),
    // The id says one note, the row another.
    envelope(docIdOf('notes', 'mine'), { ...mine, id: 'other', body: 'usurpée' }, { _rev: '9-dddd' }),
    // A table that is not shared, and one that does not exist.
    envelope('favourites:"x"', { targetId: 'x', createdAt: 1 }, { table: 'favourites' }),
    envelope('constructor:"x"', { id: 'x' }, { table: 'constructor' }),
    // Huge.
    envelope(docIdOf('notes', 'huge'), { ...mine, id: 'huge', body: 'x'.repeat(6_000_000) }),
    // HTML in fields: a valid note whose text looks like markup stays text.
    envelope(docIdOf('notes', 'html'), { ...mine, id: 'html', body: HTML }, { author: '<b>Mallory</b>' }),
  ]);
});
afterAll(async () => {
  await server.close();
});

describe('a hostile server', () => {
  it('gets every malformed record refused, and the local data stays as it was', async () => {
    const dexie = tinyDexie();
    await dexie.table('notes').put(mine);
    const pouch = localPouch();
    const rejected: Rejection[] = [];
    const bridge = new SyncBridge(dexie, pouch, {
      tables: TABLES,
      author: () => 'Moi',
      onReject: (r) => rejected.push(r),
    });
    await bridge.start();
    await bridge.idle();
    await pouch.replicate.from(new PouchDB(server.url));
    await new Promise((r) => setTimeout(r, 300));
    await bridge.idle();
    const notes = await dexie.table('notes').toArray();
    expect(notes.map((n: { id: string }) => n.id).sort()).toEqual(['html', 'mine']);
    expect(await dexie.table('notes').get('mine')).toEqual(mine);
    expect((await dexie.table('notes').get('html'))?.body).toBe(HTML);
    expect(typeof (await dexie.table('notes').get('html'))?.body).toBe('string');
    expect((globalThis as { __pwned?: number }).__pwned).toBeUndefined();
    const reasons = rejected.map((r) => r.reason);
    expect(reasons).toContain('enregistrement de forme inattendue');
    expect(reasons).toContain('enregistrement trop volumineux');
    expect(reasons).toContain('identifiant inconnu');
    expect(reasons.some((r) => r.startsWith('contenu invalide'))).toBe(true);
    await bridge.stop();
  });
});
