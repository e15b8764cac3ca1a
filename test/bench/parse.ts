// Parsing all five documents, and the size of the bundled catalogue.
import { gzipSync } from 'node:zlib';
import { buildCatalogue } from '../../electron/pipeline';
import { readDocuments } from '../../electron/cli/documents';
import { percentile, printTable, record } from './report';
import { sourceRates } from '../../electron/pipeline/common/lexicon';
import { cimeHistoryParser } from '../../electron/pipeline/cime';

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

  // Reading quality: the share of words the French word list does not know, per source. The
  // clean France urbaine text is the floor (terms the list lacks); VITA's OCR is to reach it.
  const rates = sourceRates(catalogue);
  const floor = rates.find((r) => r.label.startsWith('France urbaine'))?.rate ?? null;
  const quality = rates.map(
    (r) =>
      [
        `non-words, ${r.label} (%)`,
        r.rate * 100,
        r.label.startsWith('VITA') && floor !== null ? floor * 100 : null,
      ] as const,
  );
  printTable('Texte (mots hors dictionnaire)', quality);
  await record('text', Object.fromEntries(quality.map(([k, v]) => [k, v])));

  // The Cime history parser on a 600 KB history (the document repeated, every milestone a
  // duplicate): quadratic once (72 s), linear now.
  const history = docs.find((d) => cimeHistoryParser.recognise(d.text) > 0.5);
  if (history) {
    let big = history.text;
    while (big.length < 600_000) big += '\n\n2001 : Même jalon\nTexte du jalon.';
    const t0 = performance.now();
    cimeHistoryParser.parse({ file: history.file, text: big });
    const cime = [['Cime history, 600 KB repeated (ms)', performance.now() - t0, 1000]] as const;
    printTable('Cime, grande entrée', cime);
    await record('cime-large', Object.fromEntries(cime.map(([k, v]) => [k, v])));
  }
}
