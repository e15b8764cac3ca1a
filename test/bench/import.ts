// Reading users' documents: the 87-page France urbaine PDF (19 cases) from bytes to validated
// entries, as the import worker does it. Target: 5 s on this machine. The first read includes
// loading pdf.js; later ones are what each further document costs. The 153-page VITA PDF (27
// experiences) is the long document: what a PDF costs per page.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { importDocument } from '../../electron/pipeline/generic';
import { extractDocument } from '../../electron/pipeline/formats';
import { percentile, printTable, record } from './report';

const FIXTURES = resolve(__dirname, '../fixtures/documents');

async function timed(run: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await run();
  return performance.now() - t0;
}

export async function run(): Promise<void> {
  const pdf = new Uint8Array(readFileSync(resolve(FIXTURES, 'france-urbaine.pdf')));
  const plain = new Uint8Array(readFileSync(resolve(FIXTURES, 'france-urbaine-sans-signets.pdf')));
  const docx = new Uint8Array(readFileSync(resolve(FIXTURES, 'france-urbaine.docx')));
  const vita = new Uint8Array(readFileSync(resolve(FIXTURES, 'vita.pdf')));
  let entries = 0;
  // Loading pdf.js happens once per worker; under tsx it includes transforming its 8 MB of
  // modules, which a bundled worker does not pay (plain Node loads them in about 0.25 s).
  const load = await timed(async () => {
    await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    await import('pdfjs-dist/legacy/build/pdf.mjs');
  });
  const first = await timed(async () => {
    const r = await importDocument(pdf, 'france-urbaine.pdf');
    entries = r.ok ? r.value.entries.filter((e) => e.kind === 'case').length : -1;
  });
  const times: number[] = [];
  const extractOnly: number[] = [];
  const withoutOutline: number[] = [];
  const docxTimes: number[] = [];
  const vitaTimes: number[] = [];
  for (let i = 0; i < 5; i++) {
    times.push(await timed(() => importDocument(pdf, 'france-urbaine.pdf')));
    extractOnly.push(await timed(() => extractDocument(pdf, 'france-urbaine.pdf')));
    withoutOutline.push(await timed(() => importDocument(plain, 'france-urbaine.pdf')));
    docxTimes.push(await timed(() => importDocument(docx, 'france-urbaine.docx')));
    vitaTimes.push(await timed(() => importDocument(vita, 'vita.pdf')));
  }
  const rows = [
    ['loading pdf.js, once per worker, under tsx (ms)', load, null],
    ['87-page PDF to entries, first read (ms)', first, 5000],
    ['87-page PDF to entries, median (ms)', percentile(times, 50), 5000],
    ['87-page PDF to entries, worst (ms)', Math.max(...times), 5000],
    ['  of which reading the PDF, median (ms)', percentile(extractOnly, 50), null],
    ['same PDF without bookmarks, median (ms)', percentile(withoutOutline, 50), 5000],
    ['same document as DOCX, median (ms)', percentile(docxTimes, 50), 5000],
    ['153-page VITA PDF to entries, median (ms)', percentile(vitaTimes, 50), null],
    ['cases found', entries, null],
  ] as const;
  printTable('Import de documents', rows);
  await record('import', Object.fromEntries(rows.map(([k, v]) => [k, v])));
}
