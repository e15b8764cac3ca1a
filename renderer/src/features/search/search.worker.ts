// The search engine off the main thread: typing never waits for a search. The imported
// documents' entries are read here from IndexedDB (worker-items.ts): the window only says which
// documents it lists.
import { SearchEngine } from '../../../../electron/shared/search';
import type { FromWorker, ToWorker } from './protocol';
import { WorkerItems } from './worker-items';
import { readHeadsById } from '../../db/documents';

let engine: SearchEngine | null = null;
let items: WorkerItems | null = null;
const latest = new Map<number, Extract<ToWorker, { type: 'search' }>>();
let scheduled = false;
/** Messages are handled in order, each after the previous one's reads: a search sees every change before it. */
let queue: Promise<void> = Promise.resolve();

const post = (message: FromWorker) => (self as unknown as Worker).postMessage(message);

function runLatest(): void {
  scheduled = false;
  const requests = [...latest.values()];
  latest.clear();
  for (const request of requests) run(request);
}

function run(request: Extract<ToWorker, { type: 'search' }>): void {
  if (!engine) {
    post({ type: 'error', seq: request.seq, message: 'Index de recherche non initialisé.' });
    return;
  }
  try {
    post({
      type: 'result',
      seq: request.seq,
      result: engine.search(request.query, { limit: request.limit }),
    });
  } catch (error) {
    post({ type: 'error', seq: request.seq, message: String(error) });
  }
}

async function handle(message: ToWorker): Promise<void> {
  if (message.type === 'init') {
    engine = new SearchEngine(message.items, message.index);
    items = new WorkerItems(engine, readHeadsById);
  } else if (message.type === 'user') {
    engine?.setUserDocuments(message.docs);
  } else if (message.type === 'add') {
    items?.add(message.items);
  } else if (message.type === 'remove') {
    items?.remove(message.ids);
  } else if (message.type === 'documents') {
    try {
      await items?.setDocuments(message.stamps);
    } catch (error) {
      // The window sends the documents' items itself from then on.
      post({ type: 'documents-unreadable', message: String(error) });
    }
  } else {
    // Keystrokes that arrive while a search runs replace each other: only the last one of each
    // lane is worth computing.
    latest.set(message.lane, message);
    if (!scheduled) {
      scheduled = true;
      setTimeout(runLatest, 0);
    }
  }
}

self.addEventListener('message', (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  queue = queue.then(() => handle(message)).catch((error: unknown) => console.error('Recherche :', error));
});
