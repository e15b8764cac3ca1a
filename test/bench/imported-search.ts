// Search with the user's documents: 200 imported documents (France urbaine's DOCX, 19 cases and
// more, read by the pipeline and stored under 200 names: about 5,000 entries) added one by one
// to the engine as the app's worker does; the time to add one more document, and the latency per
// keystroke (every prefix of every bench query) once they are all in.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildCatalogue } from '../../electron/pipeline';
import { importDocument } from '../../electron/pipeline/generic';
import { readDocuments } from '../../electron/cli/documents';
import { toItems } from '../../electron/shared/items';
import { APP_LIMIT, SearchEngine } from '../../electron/shared/search';
import { namespaced } from '../../renderer/src/core/imported-documents';
import { QUERIES } from './queries';
import { percentile, printTable, record } from './report';

const ROOT = resolve(__dirname, '../..');

export async function run(): Promise<void> {
  const name = 'france-urbaine.docx';
  const read = await importDocument(
    new Uint8Array(readFileSync(resolve(ROOT, 'test/fixtures/documents', name))),
    name,
  );
  if (!read.ok) throw new Error(read.error.message);
  const doc = read.value;
  const base = buildCatalogue(readDocuments()).catalogue;
  const engine = new SearchEngine(toItems(base));
  const documentItems = (k: number) => {
    const sha = k.toString(16).padStart(64, '0');
    const { source, entries } = namespaced(sha, doc.source, doc.entries, `${doc.source.title} ${k}`);
    return toItems({ ...base, sources: [source], entries, events: [] });
  };
  const addTimes: number[] = [];
  let count = 0;
  for (let k = 1; k <= 200; k++) {
    const items = documentItems(k);
    const t = performance.now();
    engine.addItems(items);
    addTimes.push(performance.now() - t);
    count += items.length;
  }
  const one = documentItems(201);
  const t0 = performance.now();
  engine.addItems(one);
  const lastAdd = performance.now() - t0;
  const keystrokes: number[] = [];
  for (const q of QUERIES.slice(0, 40)) {
    for (let i = 1; i <= q.q.length; i++) {
      const t = performance.now();
      engine.search(q.q.slice(0, i), { limit: APP_LIMIT });
      keystrokes.push(performance.now() - t);
    }
  }
  const rows = [
    ['imported entries in the engine', count + one.length, null],
    ['adding the 201st document (ms)', lastAdd, 1000],
    ['adding a document, p95 over 200 (ms)', percentile(addTimes, 95), 1000],
    ['keystroke with 200 documents, median (ms)', percentile(keystrokes, 50), null],
    ['keystroke with 200 documents, p95 (ms)', percentile(keystrokes, 95), 50],
  ] as const;
  printTable('Recherche avec 200 documents importés (moteur, Node)', rows, 'imported-search');
  await record('imported-search', Object.fromEntries(rows.map(([k, v]) => [k, v])));
}
