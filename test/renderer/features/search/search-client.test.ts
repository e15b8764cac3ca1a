// In vitest there is no Worker: the client falls back to the same engine in the page (a fake one
// stands in where the messages to the worker are the point).
import { describe, expect, it } from 'vitest';
import {
  ADD_SLICE,
  AddedItems,
  createSearchClient,
  deferredSearchClient,
  sharedSearchClient,
} from '../../../../renderer/src/features/search/search-client';
import { toItems } from '../../../../electron/shared/items';
import { entry, SMALL as SMALL_CATALOGUE } from '../../../electron/shared/search/fixtures';

const SMALL = toItems(SMALL_CATALOGUE);

describe('search client (in-thread fallback)', () => {
  it('answers with the engine, including the user’s notes', async () => {
    const client = createSearchClient(SMALL, Promise.resolve(undefined));
    expect((await client.search('maraichers', 10))?.hits[0]?.id).toBe('maraichers');
    client.setUserDocuments([{ targetId: 'oeuvre', text: 'tag: priorité' }]);
    expect((await client.search('priorite', 10))?.hits.map((h) => h.id)).toEqual(['oeuvre']);
  });
  it('drops answers to queries a newer keystroke superseded', async () => {
    const client = createSearchClient(SMALL, Promise.resolve(undefined));
    const first = client.search('m', 10);
    const second = client.search('maraichers', 10);
    expect(await first).toBeNull();
    expect((await second)?.hits[0]?.id).toBe('maraichers');
  });
  it('lets two views share one client without cancelling each other', async () => {
    const client = createSearchClient(SMALL, Promise.resolve(undefined));
    const list = client.search('maraichers', 10, 1);
    const map = client.search('clauses', 10, 2);
    expect((await list)?.hits[0]?.id).toBe('maraichers');
    expect((await map)?.hits[0]?.id).toBe('clauses');
    // Within one lane, a newer query still supersedes the older one.
    const older = client.search('m', 10, 1);
    const newer = client.search('maraichers', 10, 1);
    expect(await older).toBeNull();
    expect(await newer).not.toBeNull();
  });
  it('builds one client per catalogue, whatever the number of views, after the first paint', async () => {
    let loads = 0;
    const load = () => {
      loads++;
      return Promise.resolve(undefined);
    };
    const items = toItems(SMALL_CATALOGUE);
    expect(sharedSearchClient(items, load)).toBe(sharedSearchClient(items, load));
    // Nothing is read while the first list is being drawn.
    expect(loads).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(loads).toBe(1);
  });
  it('starts at once for a search, with what the views handed it before', async () => {
    const created: string[] = [];
    const client = deferredSearchClient(() => {
      created.push('client');
      return createSearchClient(SMALL, Promise.resolve(undefined));
    });
    client.setUserDocuments([{ targetId: 'oeuvre', text: 'tag: priorité' }]);
    expect(created).toEqual([]);
    expect((await client.search('priorite', 10))?.hits.map((h) => h.id)).toEqual(['oeuvre']);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(created).toEqual(['client']);
  });
});

describe('added items (the user’s documents)', () => {
  const imported = toItems({
    ...SMALL_CATALOGUE,
    entries: [
      entry({ id: 'doc-a-ressourcerie', title: 'Ressourcerie de Tulle', text: 'valoristes en insertion' }),
      entry({ id: 'doc-b-jardins', title: 'Jardins partagés', text: 'potager' }),
    ],
  });
  it('sends only what changed: a renamed item is replaced, a removed one dropped', () => {
    const sent = new AddedItems();
    expect(sent.update(imported)).toEqual({ added: imported, removed: [] });
    expect(sent.update(imported)).toEqual({ added: [], removed: [] });
    const renamed = { ...imported[0]!, title: 'Recyclerie de Tulle' };
    expect(sent.update([renamed, imported[1]!])).toEqual({
      added: [renamed],
      removed: ['doc-a-ressourcerie'],
    });
    expect(sent.update([imported[1]!])).toEqual({ added: [], removed: ['doc-a-ressourcerie'] });
  });
  it('finds added items and forgets removed ones, before and after the engine is ready', async () => {
    const client = createSearchClient(SMALL, Promise.resolve(undefined));
    client.setAddedItems(imported);
    expect((await client.search('ressourcerie', 10))?.hits.map((h) => h.id)).toEqual(['doc-a-ressourcerie']);
    client.setAddedItems([imported[1]!]);
    expect((await client.search('ressourcerie', 10))?.hits).toEqual([]);
    expect((await client.search('potager', 10))?.hits.map((h) => h.id)).toEqual(['doc-b-jardins']);
  });
});

describe('the worker client with many added items', () => {
  it('posts them in slices, each in a task of its own, and a search after all of them', async () => {
    const posted: { type: string; size: number; task: number }[] = [];
    let task = 0;
    class FakeWorker {
      postMessage(m: { type: string; items?: unknown[] }) {
        posted.push({ type: m.type, size: m.items?.length ?? 0, task });
      }
      addEventListener() {}
      terminate() {}
    }
    const original = globalThis.Worker;
    globalThis.Worker = FakeWorker as unknown as typeof Worker;
    try {
      const many = toItems({
        ...SMALL_CATALOGUE,
        entries: Array.from({ length: 2 * ADD_SLICE + 5 }, (_, i) =>
          entry({ id: `doc-${i}`, title: `Document ${i}`, text: 'texte' }),
        ),
      });
      const client = createSearchClient(SMALL, Promise.resolve(undefined));
      client.setAddedItems(many);
      void client.search('texte', 10);
      // Count the tasks: a slice posted in the same task as the one before would share its number.
      for (let i = 0; i < 10; i++) {
        await new Promise((r) => setTimeout(r, 0));
        task++;
      }
      expect(posted.map((p) => p.type)).toEqual(['init', 'add', 'add', 'add', 'search']);
      const adds = posted.filter((p) => p.type === 'add');
      expect(adds.map((p) => p.size)).toEqual([ADD_SLICE, ADD_SLICE, 5]);
      expect(new Set(adds.map((p) => p.task)).size).toBe(3);
      client.dispose();
    } finally {
      globalThis.Worker = original;
    }
  });
});

describe('the worker client with the user’s documents', () => {
  it('tells the worker which documents to read and sends only the items it cannot read itself', async () => {
    const posted: { type: string; ids: string[]; stamps?: unknown }[] = [];
    let listener: ((e: { data: unknown }) => void) | null = null;
    class FakeWorker {
      postMessage(m: { type: string; items?: { id: string }[]; stamps?: unknown }) {
        posted.push({ type: m.type, ids: (m.items ?? []).map((i) => i.id), stamps: m.stamps });
      }
      addEventListener(_: string, l: (e: { data: unknown }) => void) {
        listener = l;
      }
      terminate() {}
    }
    const original = globalThis.Worker;
    globalThis.Worker = FakeWorker as unknown as typeof Worker;
    const settle = async () => {
      for (let i = 0; i < 10; i++) await new Promise((r) => setTimeout(r, 0));
    };
    try {
      const own = toItems({
        ...SMALL_CATALOGUE,
        entries: [
          entry({ id: 'doc-1', title: 'Document 1', text: 'texte' }),
          entry({ id: 'doc-2', title: 'Document 2', text: 'texte' }),
        ],
      });
      const corrected = { ...own[1]!, territory: 'Tulle' };
      const fiche = { ...own[0]!, id: 'fiche-1', source: 'mes-fiches' };
      const documents = {
        stamps: [{ id: 'a'.repeat(64), updatedAt: 5 }],
        own: (item: { source: string; id: string }) => item.source === own[0]!.source && item.id !== 'doc-2',
      };
      const client = createSearchClient(SMALL, Promise.resolve(undefined));
      client.setAddedItems([own[0]!, corrected, fiche], documents);
      await settle();
      expect(posted.map((p) => p.type)).toEqual(['init', 'documents', 'add']);
      expect(posted[1]!.stamps).toEqual(documents.stamps);
      expect(posted[2]!.ids).toEqual(['doc-2', 'fiche-1']);
      // The same documents again: nothing to tell the worker.
      client.setAddedItems([own[0]!, corrected, fiche], { ...documents });
      await settle();
      expect(posted).toHaveLength(3);
      // A worker that cannot read IndexedDB: the window sends the documents' items after all.
      listener!({ data: { type: 'documents-unreadable', message: 'pas de base' } });
      await settle();
      expect(posted.slice(3).map((p) => [p.type, p.ids])).toEqual([['add', ['doc-1']]]);
      client.dispose();
    } finally {
      globalThis.Worker = original;
    }
  });
});
