// Start-up and footprint of the renderer in Chromium: time from navigation to the catalogue
// being interactive (the app's own performance mark), JS heap after start, bundle size.
// Beside it, the same measure on a page that only renders one element with the app's React:
// the floor of the stack on this machine, loaded in turn with the app so both see the same noise.
// And the app again on a profile holding a large personal library (large-library.ts): start-up
// must not grow with what the user added.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import type { Catalogue } from '../../electron/shared/schema';
import { DOCUMENTS, HIGHLIGHTS, largeLibrary, NOTES, ON_ONE_ENTRY, seed } from './large-library';
import { measureWindowAnnotations } from './annotations-window';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { percentile, printTable, record } from './report';

const root = resolve(__dirname, '../..');
const web = process.env.BENCH_WEB ? resolve(process.env.BENCH_WEB) : join(root, 'out/web');
const floorOut = join(root, 'out/bench-floor');

async function buildFloor(): Promise<void> {
  await build({
    root: join(__dirname, 'floor'),
    base: './',
    configFile: false,
    logLevel: 'warn',
    plugins: [react()],
    build: { outDir: floorOut, emptyOutDir: true, minify: 'esbuild' },
  });
}

function serve(dir: string, port: number) {
  return spawn(process.execPath, [join(root, 'electron/cli/serve-web.mjs'), dir], {
    env: { ...process.env, PORT: String(port) },
    stdio: 'ignore',
  });
}

/** The time of a performance mark of the page, once it is set. */
async function markTime(page: Page, name: string): Promise<number> {
  const t = await page.waitForFunction((n) => performance.getEntriesByName(n)[0]?.startTime, name, {
    timeout: 60_000,
  });
  return Number(await t.jsonValue());
}

/** Loads url in a fresh context (nothing cached) and returns the interactive mark, and the heap after it. */
async function load(browser: Browser, url: string): Promise<{ time: number; heap: number }> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(url);
    const time = await markTime(page, 'reperes:interactive');
    const session = await context.newCDPSession(page);
    await session.send('HeapProfiler.collectGarbage');
    const { usedSize } = (await session.send('Runtime.getHeapUsage')) as { usedSize: number };
    return { time, heap: usedSize / 1048576 };
  } finally {
    await context.close();
  }
}

/** Loads url in a new page of the profile holding the large library: interactive, then documents joined. */
async function loadLarge(context: BrowserContext, url: string): Promise<{ time: number; documents: number }> {
  const page = await context.newPage();
  try {
    await page.goto(url);
    const time = await markTime(page, 'reperes:interactive');
    return { time, documents: await markTime(page, 'reperes:documents') };
  } finally {
    await page.close();
  }
}

/** A profile of the app's origin with the large library in its IndexedDB. */
async function largeProfile(
  url: string,
): Promise<{ context: BrowserContext; dir: string; heavyEntry: string }> {
  const catalogue = JSON.parse(readFileSync(join(root, 'resources/catalogue.json'), 'utf8')) as Catalogue;
  const library = await largeLibrary(catalogue);
  const dir = mkdtempSync(join(tmpdir(), 'reperes-bench-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const page = await context.newPage();
  await page.goto(url);
  await markTime(page, 'reperes:documents'); // the app has created its database
  await seed(page, library);
  await page.close();
  return { context, dir, heavyEntry: library.heavyEntry };
}

function bundleSizes(): { js: number; jsGzip: number; css: number; entry: number } {
  const assets = join(web, 'assets');
  let js = 0;
  let jsGzip = 0;
  let css = 0;
  // The chunk index.html loads: what the page evaluates before anything shows; views come later.
  const entryName = /<script type="module"[^>]*src="\.\/assets\/([^"]+)"/.exec(
    readFileSync(join(web, 'index.html'), 'utf8'),
  )?.[1];
  const entry = entryName ? statSync(join(assets, entryName)).size : 0;
  for (const f of readdirSync(assets)) {
    const path = join(assets, f);
    if (f.endsWith('.js')) {
      js += statSync(path).size;
      jsGzip += gzipSync(readFileSync(path)).length;
    } else if (f.endsWith('.css')) css += statSync(path).size;
  }
  return { js, jsGzip, css, entry };
}

export async function run(): Promise<void> {
  const port = Number(process.env.BENCH_PORT ?? 5191);
  await buildFloor();
  const servers = [serve(web, port), serve(floorOut, port + 1)];
  await new Promise((r) => setTimeout(r, 500));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--enable-precise-memory-info',
    ],
  });
  const url = `http://127.0.0.1:${port}/#/catalogue`;
  const large = await largeProfile(url);
  try {
    const times: number[] = [];
    const heaps: number[] = [];
    const floor: number[] = [];
    const largeTimes: number[] = [];
    const largeDocuments: number[] = [];
    for (let i = 0; i < 13; i++) {
      const app = await load(browser, url);
      const bare = await load(browser, `http://127.0.0.1:${port + 1}/`);
      const big = await loadLarge(large.context, url);
      if (i === 0) continue; // the first loads warm the disk cache
      times.push(app.time);
      heaps.push(app.heap);
      floor.push(bare.time);
      largeTimes.push(big.time);
      largeDocuments.push(big.documents);
    }
    const sizes = bundleSizes();
    const rows = [
      ['start → catalogue interactive, median (ms)', percentile(times, 50), 300],
      ['start → catalogue interactive, p95 (ms)', percentile(times, 95), 300],
      ['floor: React alone, one element, median (ms)', percentile(floor, 50), null],
      ['app above the floor, median (ms)', percentile(times, 50) - percentile(floor, 50), null],
      ['app ÷ floor', percentile(times, 50) / percentile(floor, 50), 1.5],
      ['large library: start → catalogue interactive, median (ms)', percentile(largeTimes, 50), null],
      ['large library ÷ floor', percentile(largeTimes, 50) / percentile(floor, 50), 2],
      [
        `large library: start → ${DOCUMENTS} documents listed, median (ms)`,
        percentile(largeDocuments, 50),
        null,
      ],
      ['JS heap after start, median (MiB)', percentile(heaps, 50), null],
      ['renderer JS loaded at start (KiB)', sizes.entry / 1024, null],
      ['renderer JS bundle, all chunks (KiB)', sizes.js / 1024, null],
      ['renderer JS bundle gzip (KiB)', sizes.jsGzip / 1024, null],
      ['renderer CSS (KiB)', sizes.css / 1024, null],
    ] as const;
    printTable(
      `Démarrage et empreinte (Chromium, build navigateur ; grande bibliothèque : ${DOCUMENTS} documents, ${HIGHLIGHTS + NOTES} annotations)`,
      rows,
      'startup',
    );
    await record('startup', Object.fromEntries(rows.map(([k, v]) => [k, v])));

    const windowFigures: { annotationsView: number[]; heavyEntry: number[]; longestTaskTyping: number[] } = {
      annotationsView: [],
      heavyEntry: [],
      longestTaskTyping: [],
    };
    for (let i = 0; i < 3; i++) {
      const f = await measureWindowAnnotations(large.context, url, large.heavyEntry);
      windowFigures.annotationsView.push(f.annotationsView);
      windowFigures.heavyEntry.push(f.heavyEntry);
      windowFigures.longestTaskTyping.push(f.longestTaskTyping);
    }
    const annotationRows = [
      [
        '« Mes annotations » opened → listed, median (ms)',
        percentile(windowFigures.annotationsView, 50),
        300,
      ],
      [
        `entry with ${ON_ONE_ENTRY} highlights opened → highlights shown, median (ms)`,
        percentile(windowFigures.heavyEntry, 50),
        300,
      ],
      ['typing a note: longest main-thread task, max (ms)', Math.max(...windowFigures.longestTaskTyping), 50],
    ] as const;
    printTable(
      `Annotations dans la fenêtre (${HIGHLIGHTS + NOTES} annotations, ${DOCUMENTS} documents)`,
      annotationRows,
      'annotations-window',
    );
    await record('annotations-window', Object.fromEntries(annotationRows.map(([k, v]) => [k, v])));
  } finally {
    await large.context.close();
    rmSync(large.dir, { recursive: true, force: true });
    await browser.close();
    for (const server of servers) server.kill();
  }
}
