// The user's texts for the catalogue search, followed row by row through Dexie's change feed:
// each kind of change (a note saved, edited, deleted; a highlight's comment and tags; an entry
// tag; a wipe; a bulk import) shows in the documents, and a change reads only the rows it touched.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReperesDb } from '../../../renderer/src/db/ReperesDb';
import {
  addEntryTag,
  addHighlight,
  deleteHighlight,
  deleteNote,
  removeEntryTag,
  saveNote,
  updateHighlight,
  wipeAll,
  writeAll,
} from '../../../renderer/src/db/annotations';
import { DEFAULT_COLORS } from '../../../renderer/src/db/defaults';
import {
  addPassageCorrection,
  correctFact,
  deleteCorrection,
  updateCorrection,
} from '../../../renderer/src/db/corrections';
import { emptyData } from '../../../renderer/src/db/tables';
import { UserTextsStore, type UserSearchDocument } from '../../../renderer/src/db/user-texts';

const opened: { d: ReperesDb; store: UserTextsStore }[] = [];
let n = 0;
function fresh(): { d: ReperesDb; store: UserTextsStore } {
  const d = new ReperesDb(`user-texts-${n++}-${Date.now()}`);
  const store = new UserTextsStore(d);
  opened.push({ d, store });
  return { d, store };
}
afterEach(async () => {
  for (const { d, store } of opened.splice(0)) {
    store.stop();
    d.close();
    await Dexie.delete(d.name);
  }
});

/** The documents as a plain object, once the store has caught up with the writes. */
async function docs(store: UserTextsStore): Promise<Record<string, string>> {
  // The change feed fires when a transaction commits; let it reach the store's queue.
  await new Promise((r) => setTimeout(r, 20));
  const list: UserSearchDocument[] = await store.current();
  return Object.fromEntries(list.map((doc) => [doc.targetId, doc.text]));
}

const quote = (exact: string) => ({ type: 'TextQuoteSelector' as const, exact, prefix: '', suffix: '' });
const position = { type: 'TextPositionSelector' as const, start: 0, end: 5 };

describe('the user texts store', () => {
  it('follows notes, highlights and entry tags as they are written, edited and deleted', async () => {
    const { d, store } = fresh();
    await saveNote({ id: 'n1', targetId: 'e1', body: 'coordinateur financé' }, d);
    expect(await docs(store)).toEqual({ e1: 'coordinateur financé' });

    await saveNote({ id: 'n2', targetId: 'e2', body: 'comité de pilotage' }, d);
    await saveNote({ id: 'n1', targetId: 'e1', body: 'coordinateur payé par le PLIE' }, d);
    expect(await docs(store)).toEqual({ e1: 'coordinateur payé par le PLIE', e2: 'comité de pilotage' });

    const h = await addHighlight(
      {
        targetId: 'e2',
        sectionRef: 'operations:0',
        quote: quote('texte'),
        position,
        colorId: 'jaune',
        comment: '',
        tags: [],
      },
      d,
    );
    await updateHighlight(h.id, { comment: 'à relire', tags: ['financement'] }, d);
    expect((await docs(store)).e2).toBe('comité de pilotage\nà relire financement');

    await addEntryTag('e3', 'insertion', d);
    expect((await docs(store)).e3).toBe('insertion');
    await removeEntryTag('e3', 'insertion', d);
    await deleteHighlight(h.id, d);
    await deleteNote('n2', d);
    expect(await docs(store)).toEqual({ e1: 'coordinateur payé par le PLIE' });
  });

  it('follows the wording of corrected passages, not corrected facts (those reach search through the item)', async () => {
    const { d, store } = fresh();
    await saveNote({ id: 'n1', targetId: 'e1', body: 'à relire' }, d);
    expect(await docs(store)).toEqual({ e1: 'à relire' });
    const c = await addPassageCorrection(
      { targetId: 'e1', sectionRef: 'body:0', quote: quote('ily a'), position, corrected: 'il y a' },
      d,
    );
    await correctFact({ targetId: 'e2', field: 'territory', original: 'Drôme', corrected: 'Tain' }, d);
    expect(await docs(store)).toEqual({ e1: 'à relire\nil y a' });
    await updateCorrection(c.id, { corrected: 'il y avait' }, d);
    expect(await docs(store)).toEqual({ e1: 'à relire\nil y avait' });
    await deleteCorrection(c.id, d);
    expect(await docs(store)).toEqual({ e1: 'à relire' });
  });

  it('reads again what a wipe or an import replaced', async () => {
    const { d, store } = fresh();
    await saveNote({ id: 'n1', targetId: 'e1', body: 'avant' }, d);
    expect(await docs(store)).toEqual({ e1: 'avant' });
    await wipeAll(DEFAULT_COLORS, d);
    expect(await docs(store)).toEqual({});
    const data = emptyData();
    data.notes = Array.from({ length: 600 }, (_, i) => ({
      id: `imp${i}`,
      targetId: `t${i % 3}`,
      body: `importée ${i}`,
      createdAt: 1,
      updatedAt: 1,
    }));
    await writeAll(data, d);
    const after = await docs(store);
    expect(Object.keys(after).sort()).toEqual(['t0', 't1', 't2']);
    expect(after.t1!.split('\n')).toHaveLength(200);
  });

  it('re-reads only the changed rows after the first read', async () => {
    const { d, store } = fresh();
    for (let i = 0; i < 50; i++) await saveNote({ id: `n${i}`, targetId: `e${i}`, body: `note ${i}` }, d);
    await docs(store);
    const whole = vi.spyOn(d.notes, 'toArray');
    await saveNote({ id: 'n7', targetId: 'e7', body: 'modifiée' }, d);
    const after = await docs(store);
    expect(after.e7).toBe('modifiée');
    expect(Object.keys(after)).toHaveLength(50);
    expect(whole).not.toHaveBeenCalled();
  });

  it('keeps the same list when a change leaves every text as it was', async () => {
    const { d, store } = fresh();
    await saveNote({ id: 'n1', targetId: 'e1', body: 'même texte' }, d);
    const first = await store.current();
    await docs(store);
    const before = await store.current();
    await saveNote({ id: 'n1', targetId: 'e1', body: 'même texte' }, d);
    await docs(store);
    expect(await store.current()).toBe(before);
    expect(first).toBe(before);
  });

  it('skips a malformed row instead of failing', async () => {
    const { d, store } = fresh();
    await d.notes.put({ id: 'bad', targetId: '', body: 42 } as never);
    await saveNote({ id: 'ok', targetId: 'e1', body: 'lisible' }, d);
    expect(await docs(store)).toEqual({ e1: 'lisible' });
  });
});
