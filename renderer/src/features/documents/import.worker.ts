// Reads one user's document off the main thread: bytes in, the pipeline's entries out. The
// file is untrusted: it is parsed only here, pdf.js runs with scripts and eval off, and the
// page that started this worker terminates it on « Annuler ».
//
// pdf.js runs inline in this worker (its worker module loaded here, the "fake worker"): a
// nested pdf.js worker handed over through `usePdfWorkerSrc` never answered in Chromium. pdf.js
// then also listens on this worker's port, but only to messages of its own protocol, and the
// page ignores the messages it posts ('ready').
import { importDocument, sizeRefusal } from '../../../../electron/pipeline/generic';
import type { FromImportWorker, ToImportWorker } from './protocol';

const post = (message: FromImportWorker) => (self as unknown as Worker).postMessage(message);

self.addEventListener('message', (event: MessageEvent<ToImportWorker>) => {
  const data = event.data as Partial<ToImportWorker> | null;
  if (typeof data?.name !== 'string' || !(data.bytes instanceof ArrayBuffer)) return;
  void read({ name: data.name, bytes: data.bytes });
});

async function read({ name, bytes }: ToImportWorker): Promise<void> {
  post({ type: 'progress', stage: 'received' });
  const refusal = sizeRefusal(bytes.byteLength);
  if (refusal) {
    post({ type: 'failed', error: { code: refusal.code, message: refusal.message } });
    return;
  }
  post({ type: 'progress', stage: 'reading' });
  try {
    const result = await importDocument(new Uint8Array(bytes), name);
    if (result.ok) post({ type: 'done', document: result.value });
    else post({ type: 'failed', error: result.error });
  } catch (error) {
    post({
      type: 'failed',
      error: {
        code: 'internal',
        message: 'Ce document n’a pas pu être lu à cause d’une erreur interne de Repères.',
        detail: String(error),
      },
    });
  }
}
