// One search client per loaded catalogue: a Web Worker when the platform has one, the same
// engine in the page otherwise (tests, old runtimes). Answers to superseded queries are dropped.
import type { Catalogue } from '../../../../electron/shared/schema';
import { toItems } from '../../core/items';
import { SearchEngine, type EngineResult, type UserDocument } from '../../core/search';
import type { FromWorker, ToWorker } from './protocol';

export interface SearchClient {
  setUserDocuments(docs: UserDocument[]): void;
  /** Resolves with the result, or null when a newer query superseded this one. */
  search(query: string, limit: number): Promise<EngineResult | null>;
  dispose(): void;
}

function createInThreadClient(catalogue: Catalogue, index: Promise<unknown>): SearchClient {
  let engine: SearchEngine | null = null;
  let docs: UserDocument[] = [];
  let seq = 0;
  const ready = index.then((value) => {
    engine = new SearchEngine(toItems(catalogue), value);
    engine.setUserDocuments(docs);
    return engine;
  });
  return {
    setUserDocuments(next) {
      docs = next;
      engine?.setUserDocuments(next);
    },
    async search(query, limit) {
      const mine = ++seq;
      const e = await ready;
      // Let a following keystroke supersede this one before computing.
      await new Promise((r) => setTimeout(r, 0));
      if (mine !== seq) return null;
      return e.search(query, { limit });
    },
    dispose() {
      seq++;
    },
  };
}

function createWorkerClient(catalogue: Catalogue, index: Promise<unknown>): SearchClient {
  const worker = new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module' });
  const send = (message: ToWorker) => worker.postMessage(message);
  const waiting = new Map<number, (result: EngineResult | null) => void>();
  let seq = 0;
  let disposed = false;
  const ready = index.then((value) => {
    if (!disposed) send({ type: 'init', catalogue, index: value });
  });
  worker.addEventListener('message', (event: MessageEvent<FromWorker>) => {
    const message = event.data;
    // Everything older than the answer can no longer be current.
    for (const [s, resolve] of waiting) {
      if (s < message.seq) {
        resolve(null);
        waiting.delete(s);
      }
    }
    const resolve = waiting.get(message.seq);
    waiting.delete(message.seq);
    if (!resolve) return;
    if (message.type === 'result') resolve(message.seq === seq ? message.result : null);
    else {
      console.error('Recherche :', message.message);
      resolve(null);
    }
  });
  return {
    setUserDocuments(docs) {
      void ready.then(() => !disposed && send({ type: 'user', docs }));
    },
    search(query, limit) {
      const mine = ++seq;
      return new Promise((resolve) => {
        for (const [s, r] of waiting) {
          r(null);
          waiting.delete(s);
        }
        waiting.set(mine, resolve);
        void ready.then(() => !disposed && send({ type: 'search', seq: mine, query, limit }));
      });
    },
    dispose() {
      disposed = true;
      for (const r of waiting.values()) r(null);
      waiting.clear();
      worker.terminate();
    },
  };
}

export function createSearchClient(catalogue: Catalogue, index: Promise<unknown>): SearchClient {
  if (typeof Worker === 'undefined') return createInThreadClient(catalogue, index);
  try {
    return createWorkerClient(catalogue, index);
  } catch {
    return createInThreadClient(catalogue, index);
  }
}
