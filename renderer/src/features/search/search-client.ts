// One search client per loaded catalogue: a Web Worker when the platform has one, the same
// engine in the page otherwise (tests, old runtimes). Answers to superseded queries are dropped.
import type { CatalogueItem } from '../../../../electron/shared/items';
import type { EngineResult, SearchEngine, UserDocument } from '../../../../electron/shared/search';
import type { FromWorker, ToWorker } from './protocol';
import type { DocumentStamp } from './worker-items';
import { afterFirstPaint } from '../../services/after-paint';

/** The imported documents the catalogue lists, for a worker that reads their entries itself. */
export interface ImportedDocuments {
  stamps: DocumentStamp[];
  /** Whether an item is a document's own, as the worker reads it (a corrected one is not). */
  own: (item: CatalogueItem) => boolean;
}

export interface SearchClient {
  setUserDocuments(docs: UserDocument[]): void;
  /**
   * The items of the user's imported documents as they are now: only the difference with the
   * last call reaches the engine (added documents indexed on their own, removed ones dropped).
   * With `documents`, a worker reads those documents' own items from IndexedDB instead of
   * receiving them: the window no longer clones their text.
   */
  setAddedItems(items: readonly CatalogueItem[], documents?: ImportedDocuments): void;
  /**
   * Resolves with the result, or null when a newer query of the same lane superseded this one.
   * Each user of a shared client takes its own lane, so views never cancel each other.
   */
  search(query: string, limit: number, lane?: number): Promise<EngineResult | null>;
  dispose(): void;
}

/** What was last sent of the added items, to send only what changed. */
export class AddedItems {
  private sent = new Map<string, CatalogueItem>();

  current(): CatalogueItem[] {
    return [...this.sent.values()];
  }

  /** An item whose object changed (renamed, edited) is removed and added again. */
  update(next: readonly CatalogueItem[]): { added: CatalogueItem[]; removed: string[] } {
    const nextById = new Map(next.map((i) => [i.id, i]));
    const removed = [...this.sent.keys()].filter((id) => nextById.get(id) !== this.sent.get(id));
    const added = next.filter((i) => this.sent.get(i.id) !== i);
    this.sent = nextById;
    return { added, removed };
  }
}

/**
 * The bundled items the engine is built on, or their promise: the window's catalogue reads its
 * entries' sections after the first screen (electron/shared/window-catalogue.ts), and the search
 * indexes them.
 */
export type BundledItems = readonly CatalogueItem[] | Promise<readonly CatalogueItem[]>;

function createInThreadClient(items: BundledItems, index: Promise<unknown>): SearchClient {
  let engine: SearchEngine | null = null;
  let docs: UserDocument[] = [];
  const added = new AddedItems();
  let seq = 0;
  const latestOfLane = new Map<number, number>();
  // Loaded on demand: with a worker (the usual case) the page never needs the engine's code.
  const ready = Promise.all([items, index, import('../../../../electron/shared/search')]).then(
    ([items, value, { SearchEngine }]) => {
      engine = new SearchEngine(items, value);
      engine.addItems(added.current());
      engine.setUserDocuments(docs);
      return engine;
    },
  );
  return {
    setUserDocuments(next) {
      docs = next;
      engine?.setUserDocuments(next);
    },
    setAddedItems(next) {
      const change = added.update(next);
      if (!engine) return;
      if (change.removed.length) engine.removeItems(change.removed);
      if (change.added.length) engine.addItems(change.added);
    },
    async search(query, limit, lane = 0) {
      const mine = ++seq;
      latestOfLane.set(lane, mine);
      const e = await ready;
      // Let a following keystroke supersede this one before computing.
      await new Promise((r) => setTimeout(r, 0));
      if (mine !== latestOfLane.get(lane)) return null;
      return e.search(query, { limit });
    },
    dispose() {
      latestOfLane.clear();
    },
  };
}

/** The next idle period (the next task where there is none): slices yield to what the user does. */
const idle = () =>
  new Promise<void>((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 1000 });
    else setTimeout(resolve, 0);
  });

/** Items per message to the worker: each slice is cloned in well under 50 ms. */
export const ADD_SLICE = 20;

function createWorkerClient(bundled: BundledItems, index: Promise<unknown>): SearchClient {
  const worker = new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module' });
  const send = (message: ToWorker) => worker.postMessage(message);
  const waiting = new Map<number, { lane: number; resolve: (result: EngineResult | null) => void }>();
  const latestOfLane = new Map<number, number>();
  let seq = 0;
  let disposed = false;
  const added = new AddedItems();
  const ready = Promise.all([bundled, index]).then(([items, value]) => {
    if (!disposed) send({ type: 'init', items, index: value });
  });
  // The documents the worker was last told of, and whether it can read them (else the window
  // sends their items as before).
  let stampsSent = '';
  let workerReads = true;
  let last: readonly CatalogueItem[] = [];
  // Added items go to the worker in slices, each posted in an idle period of its own: cloning the text
  // of 4,600 imported entries in one message blocked the window for seconds (typing included).
  // Searches wait for the slices already queued, so a result covers every item added before it.
  let sending: Promise<void> = ready;
  const sendAdded = async (change: { added: CatalogueItem[]; removed: string[] }) => {
    if (disposed) return;
    if (change.removed.length) send({ type: 'remove', ids: change.removed });
    for (let i = 0; i < change.added.length; i += ADD_SLICE) {
      if (i > 0) await idle();
      if (disposed) return;
      send({ type: 'add', items: change.added.slice(i, i + ADD_SLICE) });
    }
  };
  const setAddedItems = (next: readonly CatalogueItem[], documents?: ImportedDocuments) => {
    last = next;
    const read = documents !== undefined && workerReads;
    if (read) {
      const key = documents.stamps.map((d) => `${d.id}@${d.updatedAt}`).join(' ');
      if (key !== stampsSent) {
        stampsSent = key;
        sending = sending.then(() => {
          if (!disposed) send({ type: 'documents', stamps: documents.stamps });
        });
      }
    }
    const change = added.update(read ? next.filter((item) => !documents.own(item)) : next);
    if (change.added.length === 0 && change.removed.length === 0) return;
    sending = sending
      .then(() => sendAdded(change))
      .catch((error: unknown) => console.error('Recherche :', error));
  };
  worker.addEventListener('message', (event: MessageEvent<FromWorker>) => {
    const message = event.data;
    if (message.type === 'documents-unreadable') {
      console.error('Recherche : documents illisibles dans le worker,', message.message);
      workerReads = false;
      setAddedItems(last);
      return;
    }
    const request = waiting.get(message.seq);
    waiting.delete(message.seq);
    if (!request) return;
    // Everything older than the answer in the same lane can no longer be current.
    for (const [s, other] of waiting) {
      if (s < message.seq && other.lane === request.lane) {
        other.resolve(null);
        waiting.delete(s);
      }
    }
    const { resolve } = request;
    if (message.type === 'result')
      resolve(message.seq === latestOfLane.get(request.lane) ? message.result : null);
    else {
      console.error('Recherche :', message.message);
      resolve(null);
    }
  });
  return {
    setUserDocuments(docs) {
      void ready.then(() => !disposed && send({ type: 'user', docs }));
    },
    setAddedItems,
    search(query, limit, lane = 0) {
      const mine = ++seq;
      latestOfLane.set(lane, mine);
      return new Promise((resolve) => {
        for (const [s, other] of waiting) {
          if (other.lane !== lane) continue;
          other.resolve(null);
          waiting.delete(s);
        }
        waiting.set(mine, { lane, resolve });
        void sending.then(() => !disposed && send({ type: 'search', seq: mine, lane, query, limit }));
      });
    },
    dispose() {
      disposed = true;
      for (const r of waiting.values()) r.resolve(null);
      waiting.clear();
      worker.terminate();
    },
  };
}

/** `items`: the catalogue's items as the app already made them (toItems runs once, in CatalogueContext). */
export function createSearchClient(items: BundledItems, index: Promise<unknown>): SearchClient {
  if (typeof Worker === 'undefined') return createInThreadClient(items, index);
  try {
    return createWorkerClient(items, index);
  } catch {
    return createInThreadClient(items, index);
  }
}

/**
 * A client that starts `create` (the worker, and the prebuilt index it reads) after the first
 * frame, or at the first search if that comes sooner: with a blank query the first list needs
 * neither, and on two busy cores the worker's start competed with it. What the views hand it
 * before then is kept and passed on when it starts.
 */
export function deferredSearchClient(create: () => SearchClient): SearchClient {
  let client: SearchClient | null = null;
  let disposed = false;
  let docs: UserDocument[] | null = null;
  let added: readonly CatalogueItem[] | null = null;
  let documents: ImportedDocuments | undefined;
  const start = (): SearchClient | null => {
    if (!client && !disposed) {
      client = create();
      if (added) client.setAddedItems(added, documents);
      if (docs) client.setUserDocuments(docs);
    }
    return client;
  };
  const cancel = afterFirstPaint(() => void start());
  return {
    setUserDocuments(next) {
      if (client) client.setUserDocuments(next);
      else docs = next;
    },
    setAddedItems(next, docs) {
      if (client) client.setAddedItems(next, docs);
      else {
        added = next;
        documents = docs;
      }
    },
    search(query, limit, lane) {
      return start()?.search(query, limit, lane) ?? Promise.resolve(null);
    },
    dispose() {
      disposed = true;
      cancel();
      client?.dispose();
    },
  };
}

const shared = new WeakMap<BundledItems, SearchClient>();

/**
 * The one client of a loaded catalogue, shared by every view: the worker starts and builds its
 * engine once, not at each navigation, after the first paint. It lives as long as the catalogue does.
 */
export function sharedSearchClient(items: BundledItems, index: () => Promise<unknown>): SearchClient {
  let client = shared.get(items);
  if (!client) {
    client = deferredSearchClient(() => createSearchClient(items, index()));
    shared.set(items, client);
  }
  return client;
}
