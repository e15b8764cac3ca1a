// The search engine off the main thread: typing never waits for a search.
import { toItems } from '../../core/items';
import { SearchEngine } from '../../core/search';
import type { FromWorker, ToWorker } from './protocol';

let engine: SearchEngine | null = null;
let latest: Extract<ToWorker, { type: 'search' }> | null = null;
let scheduled = false;

const post = (message: FromWorker) => (self as unknown as Worker).postMessage(message);

function runLatest(): void {
  scheduled = false;
  const request = latest;
  latest = null;
  if (!request) return;
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
    engine = new SearchEngine(toItems(message.catalogue), message.index);
  } else if (message.type === 'user') {
    engine?.setUserDocuments(message.docs);
  } else {
    // Keystrokes that arrive while a search runs replace each other: only the last one is worth computing.
    latest = message;
    if (!scheduled) {
      scheduled = true;
      setTimeout(runLatest, 0);
    }
  }
});
