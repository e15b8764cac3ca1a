// Where the time goes when the entry carrying the large library's 800 highlights is opened:
// the same click as the start-up bench's « entry with 800 highlights opened → highlights shown »
// (annotations-window.ts), under a Chromium trace, summarised as main-thread slices and CPU
// self time by source file and function (source-mapped when the build has maps). Not a
// benchmark: a tool to decide what to cut, then measure with `npm run bench -- startup`.
//   npx tsx test/bench/heavy-entry-trace.ts [--dir out/web] [--profile DIR] [--runs N] [--first] [--no-trace]
//     [--out trace.json]
// --profile keeps the seeded profile in DIR between runs (seeding takes a minute); the port
// (BENCH_PORT) must stay the same for the database to be found again.
// --runs N times N openings without the trace (a new page each) before the traced one.
// --no-cpu leaves the sampling profiler out: thread times are then truer.
// --settle MS waits that long on « Mes annotations » before opening the entry (the bench: none).
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import type { Catalogue } from '../../electron/shared/schema';
import { largeLibrary, seed } from './large-library';
import { cpuSamples, sourceLocator, topTimes, type TraceEvent } from './trace-profile';
import { serveBuild } from './serve-build';

const root = resolve(__dirname, '../..');
const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i === -1 ? undefined : process.argv[i + 1];
};
const dir = resolve(arg('--dir') ?? join(root, 'out/web'));
const port = Number(process.env.BENCH_PORT ?? 5191);
const runs = Number(arg('--runs') ?? 0);
/** Until every highlight shown is marked, as the bench times it; --first: until the first one is. */
const all = !process.argv.includes('--first');
/** ms left to « Mes annotations » before the entry is opened (the bench leaves none). */
const settle = Number(arg('--settle') ?? 0);

/** Opens the page, waits as the bench does, goes to « Mes annotations », then times the entry. */
async function openHeavy(
  page: Page,
  url: string,
  heavy: string,
  visible: number,
  between?: () => Promise<void>,
) {
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('reperes:documents').length > 0, undefined, {
    timeout: 60_000,
  });
  await page.waitForTimeout(1000);
  await page.evaluate(() => {
    document.querySelector<HTMLElement>('a[data-label="Mes annotations"]')?.click();
  });
  await page.waitForSelector('.annotation-card');
  await page.waitForTimeout(settle);
  await between?.();
  return page.evaluate(
    ({ hash, want }) =>
      new Promise<{ ms: number; marks: number }>((done) => {
        const t0 = performance.now();
        const observer = new MutationObserver(() => {
          if (document.querySelectorAll('mark.hl[id]').length < want) return;
          observer.disconnect();
          requestAnimationFrame(() =>
            done({ ms: performance.now() - t0, marks: document.querySelectorAll('mark.hl[id]').length }),
          );
        });
        observer.observe(document.body, { childList: true, subtree: true });
        location.hash = hash;
      }),
    { hash: `#/fiche/${heavy}`, want: all ? visible : 1 },
  );
}

interface IdbRead {
  what: string;
  t0: number;
  t1?: number;
  n?: number;
  stack?: string;
}

/**
 * Runs in the page before its scripts: wraps the read requests of IndexedDB to log them. A string:
 * the bench's compiler would wrap named functions in a helper the page lacks.
 */
const logIndexedDbReads = `
  const log = [];
  window.idbLog = log;
  const wrap = (proto, kind, methods) => {
    for (const m of methods) {
      const original = proto[m];
      proto[m] = function (...args) {
        const request = original.apply(this, args);
        const name = 'objectStore' in this ? this.objectStore.name + '.' + this.name : this.name;
        const entry = { what: kind + ' ' + name + ' ' + m, t0: performance.now() };
        if (m === 'openCursor') entry.stack = new Error().stack.split('\\n').slice(2, 9).join(' < ');
        log.push(entry);
        request.addEventListener('success', () => {
          if (entry.t1 === undefined) entry.t1 = performance.now();
          if (Array.isArray(request.result)) entry.n = request.result.length;
        });
        return request;
      };
    }
  };
  wrap(IDBObjectStore.prototype, 'store', ['get', 'getAll', 'getAllKeys', 'openCursor', 'count']);
  wrap(IDBIndex.prototype, 'index', ['get', 'getAll', 'getAllKeys', 'openCursor', 'count']);
`;

function summarise(events: TraceEvent[], from: number, to: number): void {
  // The page's renderer: the one whose main thread set the start mark.
  const pid = events.find((e) => e.name === 'heavy:start')?.pid;
  const main = events.find(
    (e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && e.pid === pid,
  );
  const slices = events
    .filter((e) => e.pid === main?.pid && e.tid === main?.tid && e.ph === 'X' && (e.dur ?? 0) > 2000)
    .filter((e) => e.ts >= from && e.ts <= to)
    .filter((e) =>
      [
        'FunctionCall',
        'RunMicrotasks',
        'Layout',
        'UpdateLayoutTree',
        'Paint',
        'TimerFire',
        'FireAnimationFrame',
        'v8.compile',
        'EventDispatch',
        'PrePaint',
        'Commit',
        'HitTest',
        'RunTask',
        'v8.callFunction',
        'Layerize',
      ].includes(e.name),
    );
  if (pid === undefined || !main) throw new Error('no heavy:start mark in the trace');
  const samples = cpuSamples(events, pid, from, to, main.tid);
  const where = sourceLocator(dir);
  const tally = (list: typeof samples) => {
    const selfFn = new Map<string, number>();
    const selfFile = new Map<string, number>();
    const inclusive = new Map<string, number>();
    for (const s of list) {
      const w = where(s.nodes, s.node);
      if (!w) continue;
      selfFn.set(w.fn, (selfFn.get(w.fn) ?? 0) + s.dt);
      selfFile.set(w.file, (selfFile.get(w.file) ?? 0) + s.dt);
      // Every app function on the stack, once per sample: where the time goes from.
      const seen = new Set<string>();
      for (let n: number | undefined = s.node; n !== undefined; n = s.nodes.get(n)?.parent) {
        const up = where(s.nodes, n);
        if (up && up.fn.includes('renderer/src') && !seen.has(up.fn)) {
          seen.add(up.fn);
          inclusive.set(up.fn, (inclusive.get(up.fn) ?? 0) + s.dt);
        }
      }
    }
    return { selfFn, selfFile, inclusive };
  };
  const top = topTimes;
  console.log('\nmain-thread slices over 2 ms (offset, duration; the top functions of those over 10 ms):');
  for (const e of slices) {
    const data = (e.args?.data ?? {}) as Record<string, unknown>;
    console.log(
      `  +${((e.ts - from) / 1000).toFixed(1).padStart(6)} ${((e.dur ?? 0) / 1000).toFixed(1).padStart(6)} ${`(${((e.tdur ?? 0) / 1000).toFixed(1)})`.padStart(8)}  ${e.name} ${String(data.functionName ?? data.url ?? '').replace(/.*\//, '')}`,
    );
    if ((e.dur ?? 0) > 10_000 && e.name !== 'RunTask') {
      const within = tally(samples.filter((s) => s.t >= e.ts && s.t <= e.ts + (e.dur ?? 0)));
      for (const line of top(within.inclusive, 4)) console.log(`           incl ${line}`);
      for (const line of top(within.selfFn, 3)) console.log(`           self ${line}`);
    }
  }
  // On a shared machine the wall times above include waits for a processor; thread time does not.
  const tasks = events.filter(
    (e) => e.pid === main?.pid && e.tid === main?.tid && e.name === 'RunTask' && e.ts >= from && e.ts <= to,
  );
  const cpu = tasks.reduce((n, e) => n + (e.tdur ?? 0), 0);
  console.log(`\nmain thread: ${(cpu / 1000).toFixed(1)} ms of thread time in ${tasks.length} tasks`);
  const all = tally(samples);
  console.log('\nCPU self time by source file (ms):');
  for (const line of top(all.selfFile, 25)) console.log(`  ${line}`);
  console.log('\nCPU self time by function (ms):');
  for (const line of top(all.selfFn, 35)) console.log(`  ${line}`);
  console.log('\nCPU time by app function on the stack, inclusive (ms):');
  for (const line of top(all.inclusive, 35)) console.log(`  ${line}`);
}

async function main(): Promise<void> {
  const server = await serveBuild(dir, port);
  const url = `http://127.0.0.1:${port}/#/catalogue`;
  const kept = arg('--profile');
  const profileDir = kept ? resolve(kept) : join(tmpdir(), `reperes-heavy-${Date.now()}`);
  const seeded = existsSync(join(profileDir, 'heavy-entry'));
  mkdirSync(profileDir, { recursive: true });
  let context: BrowserContext | null = null;
  try {
    context = await chromium.launchPersistentContext(join(profileDir, 'chromium'), {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
    let heavy: string;
    let visible: number;
    if (seeded)
      [heavy, visible] = JSON.parse(readFileSync(join(profileDir, 'heavy-entry'), 'utf8')) as [
        string,
        number,
      ];
    else {
      const catalogue = JSON.parse(readFileSync(join(root, 'resources/catalogue.json'), 'utf8')) as Catalogue;
      const library = await largeLibrary(catalogue);
      const page = await context.newPage();
      await page.goto(url);
      await page.waitForFunction(
        () => performance.getEntriesByName('reperes:documents').length > 0,
        undefined,
        {
          timeout: 60_000,
        },
      );
      await seed(page, library);
      await page.close();
      heavy = library.heavyEntry;
      visible = library.heavyVisible;
      writeFileSync(join(profileDir, 'heavy-entry'), JSON.stringify([heavy, visible]));
    }
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const page = await context.newPage();
      const r = await openHeavy(page, url, heavy, visible);
      times.push(r.ms);
      console.log(`run ${i + 1}: ${r.ms.toFixed(1)} ms, ${r.marks} highlights marked when the timer stopped`);
      await page.close();
    }
    if (times.length)
      console.log(
        `median ${[...times].sort((a, b) => a - b)[Math.floor((times.length - 1) / 2)]!.toFixed(1)} ms`,
      );
    if (process.argv.includes('--no-trace')) return;
    const page = await context.newPage();
    // --idb: every IndexedDB read of the page's main thread, with when it was asked and answered.
    if (process.argv.includes('--idb')) await page.addInitScript({ content: logIndexedDbReads });
    const session = await context.newCDPSession(page);
    const events: TraceEvent[] = [];
    session.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
    const done = new Promise<void>((r) => session.once('Tracing.tracingComplete', () => r()));
    let from = 0;
    const r = await openHeavy(page, url, heavy, visible, async () => {
      await session.send('Tracing.start', {
        categories: [
          'devtools.timeline',
          'disabled-by-default-devtools.timeline',
          'v8.execute',
          'blink.user_timing',
          ...(process.argv.includes('--no-cpu') ? [] : ['disabled-by-default-v8.cpu_profiler']),
        ].join(','),
        transferMode: 'ReportEvents',
        options: 'sampling-frequency=10000',
      } as never);
      await page.evaluate(() => performance.mark('heavy:start'));
    });
    await page.evaluate(() => performance.mark('heavy:end'));
    await page.waitForTimeout(300);
    await session.send('Tracing.end');
    await done;
    const out = arg('--out');
    if (out) writeFileSync(out, JSON.stringify({ traceEvents: events }));
    from = events.find((e) => e.name === 'heavy:start')?.ts ?? 0;
    const to = events.find((e) => e.name === 'heavy:end')?.ts ?? Infinity;
    console.log(
      `\ntraced opening: ${r.ms.toFixed(1)} ms (${r.marks} highlights marked), trace window ${((to - from) / 1000).toFixed(1)} ms`,
    );
    summarise(events, from, to);
    if (process.argv.includes('--idb')) {
      const { log, start } = await page.evaluate(() => ({
        log: (window as unknown as { idbLog: IdbRead[] }).idbLog,
        start: performance.getEntriesByName('heavy:start')[0]!.startTime,
      }));
      console.log(
        `\nIndexedDB reads answered after the click (asked, answered, ms from the click; ${log.length} in all):`,
      );
      for (const e of log.filter((x) => x.t1 === undefined || x.t1 >= start))
        console.log(
          `  ${(e.t0 - start).toFixed(0).padStart(6)} ${e.t1 === undefined ? '     …' : (e.t1 - start).toFixed(0).padStart(6)}  ${e.what} ${e.n ?? ''}${process.argv.includes('--stacks') && e.stack ? `\n         ${e.stack}` : ''}`,
        );
    }
  } finally {
    await context?.close();
    server.kill();
    if (!kept) rmSync(profileDir, { recursive: true, force: true });
  }
}

void main();
