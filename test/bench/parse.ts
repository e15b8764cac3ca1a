// Parsing all five documents, and the size of the bundled catalogue.
import { gzipSync } from 'node:zlib';
import { buildCatalogue } from '../../electron/pipeline';
import { readDocuments } from '../../electron/cli/documents';
import { percentile, printTable, record } from './report';

export async function run(): Promise<void> {
  const docs = readDocuments();
  const cold = performance.now();
  buildCatalogue(docs);
  const first = performance.now() - cold;
  // Warm-up: the parsers' hot functions are optimised and their regexes compiled after a few runs.
  for (let i = 0; i < 5; i++) buildCatalogue(docs);
  const times: number[] = [];
  for (let i = 0; i < 40; i++) {
    const t0 = performance.now();
    buildCatalogue(docs);
    times.push(performance.now() - t0);
  }
  const { catalogue } = buildCatalogue(docs);
  const json = JSON.stringify(catalogue);
  const rows = [
    ['parse all 5 documents, median (ms)', percentile(times, 50), 100],
    ['parse all 5 documents, p95 (ms)', percentile(times, 95), 100],
    ['parse all 5 documents, fastest (ms)', Math.min(...times), null],
    ['first parse, before warm-up (ms)', first, null],
    ['catalogue JSON (KiB)', json.length / 1024, null],
    ['catalogue JSON gzip (KiB)', gzipSync(json).length / 1024, null],
    ['entries', catalogue.entries.length, null],
    ['events', catalogue.events.length, null],
  ] as const;
  printTable('Catalogue', rows);
  await record('parse', Object.fromEntries(rows.map(([k, v]) => [k, v])));
}
