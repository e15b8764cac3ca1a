// The search engine off the main thread: typing never waits for a search.
import { SearchEngine } from '../../../../electron/shared/search';
import type { FromWorker, ToWorker } from './protocol';

let engine: SearchEngine | null = null;
const latest = new Map<number, Extract<ToWorker, { type: 'search' }>>();
let scheduled = false;

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

self.addEventListener('message', (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.type === 'init') {
    engine = new SearchEngine(message.items, message.index);
  } else if (message.type === 'user') {
    engine?.setUserDocuments(message.docs);
  } else if (message.type === 'add') {
    engine?.addItems(message.items);
  } else if (message.type === 'remove') {
    engine?.removeItems(message.ids);
  } else {
    // Keystrokes that arrive while a search runs replace each other: only the last one of each
    // lane is worth computing.
    latest.set(message.lane, message);
    if (!scheduled) {
      scheduled = true;
      setTimeout(runLatest, 0);
    }
  }
});
