// Where the start-up goes: one load of the browser build under a Chromium performance trace,
// from navigation to the app's `reperes:interactive` mark, summarised as main-thread time by
// trace event (compile, evaluate, style, layout…) and CPU time by function (the V8 sampling
// profiler in the trace). Not a benchmark: a tool to decide what to cut, then measure with
// `npm run bench -- startup`.
//   npx tsx test/bench/startup-trace.ts [--warm] [--runs N] [--no-cpu] [--evaluation | --after-paint] [--dir out/web]
//     [--out trace.json]
// --evaluation counts CPU samples only while the entry chunk's module is evaluated; --after-paint
// only from the first frame's paint to the mark (the effects the mark waits for).
// --warm loads the page in one persistent profile N times and traces the last (HTTP cache
// in place, as in the bench's repeat starts); otherwise one load in a fresh context.
// CHROMIUM_ARGS adds switches, e.g. CHROMIUM_ARGS=--disable-features=BackgroundResourceFetch
// (a later --disable-features replaces Playwright's list): with that feature on, Chromium 156
// streams module scripts at every load and never uses their code cache (no consumedCacheSize
// on v8.compileModule below).
// --no-cpu leaves the sampling profiler out: it slows the page down, the phases are then truer.
// Each thread's processor time up to the mark is printed too (thread time beside wall time).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { cpuSamples, sourceLocator, topTimes, type TraceEvent } from './trace-profile';
import { serveBuild } from './serve-build';
import { waitForMark } from './mark';

const root = resolve(__dirname, '../..');
const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i === -1 ? undefined : process.argv[i + 1];
};
const warm = process.argv.includes('--warm');
const runs = Number(arg('--runs') ?? 4);
const dir = resolve(arg('--dir') ?? join(root, 'out/web'));
const port = Number(process.env.BENCH_PORT ?? 5191) + 5;
const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'v8',
  'blink.user_timing',
  'loading',
  // Font lookups: each new size and weight of the system font asks the browser process
  // synchronously on Linux (a « strike »), inside the first layout.
  'fonts',
  // The sampling profiler and V8's compile events change V8's flags, and a code cache made
  // under other flags is rejected: --no-cpu leaves both out, so a warm load uses its cache.
  ...(process.argv.includes('--no-cpu')
    ? []
    : ['disabled-by-default-v8.cpu_profiler', 'disabled-by-default-v8.compile']),
].join(',');

async function traced(page: Page, url: string): Promise<TraceEvent[]> {
  const session = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  session.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const done = new Promise<void>((r) => session.once('Tracing.tracingComplete', () => r()));
  await session.send('Tracing.start', {
    categories: CATEGORIES,
    transferMode: 'ReportEvents',
    options: 'sampling-frequency=10000',
  } as never);
  await page.goto(url);
  await waitForMark(page, 'reperes:interactive');
  await page.waitForTimeout(300);
  await session.send('Tracing.end');
  await done;
  return events;
}

/**
 * Processor time of every traced thread, navigation → mark: each thread's outermost tasks,
 * their thread time (`tdur`: what ran) beside their wall time. On this 2-core machine the
 * renderer's main thread waits for a processor in many of its tasks (wall ≫ thread), while the
 * browser and the script-streaming thread run: work moved off the main thread still delays
 * the start, and only work removed shortens it.
 */
function threadTimes(events: TraceEvent[], start: number, end: number): void {
  const names = new Map<string, string>();
  for (const e of events) {
    if (e.ph !== 'M') continue;
    if (e.name === 'process_name') names.set(`${e.pid}`, String(e.args?.name ?? e.pid));
    if (e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, String(e.args?.name ?? e.tid));
  }
  const outer = events
    .filter((e) => e.ph === 'X' && e.tdur !== undefined && e.ts >= start && e.ts <= end)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const until = new Map<string, number>();
  const times = new Map<string, { cpu: number; wall: number }>();
  for (const e of outer) {
    const key = `${e.pid}:${e.tid}`;
    if ((until.get(key) ?? -Infinity) > e.ts) continue; // inside a task already counted
    until.set(key, e.ts + (e.dur ?? 0));
    // Pools of worker threads are numbered (ThreadPoolForegroundWorker3…): one row per pool.
    const label = `${names.get(`${e.pid}`) ?? e.pid} ${(names.get(key) ?? String(e.tid)).replace(/\d+$/, '')}`;
    const t = times.get(label) ?? { cpu: 0, wall: 0 };
    t.cpu += e.tdur ?? 0;
    t.wall += e.dur ?? 0;
    times.set(label, t);
  }
  const total = [...times.values()].reduce((s, t) => s + t.cpu, 0);
  console.log(
    `\nthread time by thread, navigation → mark (ms; wall in brackets), all ${(total / 1000).toFixed(1)}:`,
  );
  for (const [label, t] of [...times].sort((a, b) => b[1].cpu - a[1].cpu).slice(0, 10)) {
    console.log(`  ${(t.cpu / 1000).toFixed(1).padStart(7)}  (${(t.wall / 1000).toFixed(1)})  ${label}`);
  }
}

function summarise(events: TraceEvent[]): void {
  const mark = events.find((e) => e.cat.includes('blink.user_timing') && e.name === 'reperes:interactive');
  if (!mark) throw new Error('no reperes:interactive mark in the trace');
  const pid = mark.pid;
  const nav = events
    .filter((e) => e.pid === pid && e.name === 'navigationStart' && e.ts <= mark.ts)
    .sort((a, b) => b.ts - a.ts)[0];
  const start = nav?.ts ?? 0;
  const end = mark.ts;
  const main = events.find(
    (e) => e.pid === pid && e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain',
  )?.tid;
  console.log(`navigation → interactive: ${((end - start) / 1000).toFixed(1)} ms (renderer pid ${pid})`);

  // Main-thread self time by event name, within [start, end].
  const slices = events
    .filter((e) => e.pid === pid && e.tid === main && e.ph === 'X' && e.dur !== undefined)
    .filter((e) => e.ts + (e.dur ?? 0) > start && e.ts < end)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const self = new Map<string, number>();
  const stack: { e: TraceEvent; end: number; child: number }[] = [];
  const close = (upTo: number) => {
    while (stack.length > 0 && stack[stack.length - 1]!.end <= upTo) {
      const top = stack.pop()!;
      const clipped = Math.min(top.end, end) - Math.max(top.e.ts, start);
      self.set(top.e.name, (self.get(top.e.name) ?? 0) + clipped - top.child);
      const parent = stack[stack.length - 1];
      if (parent) parent.child += clipped;
    }
  };
  for (const e of slices) {
    close(e.ts);
    stack.push({ e, end: e.ts + (e.dur ?? 0), child: 0 });
  }
  close(Infinity);
  let busy = 0;
  for (const [name, t] of self) if (name !== 'RunTask' && name !== 'ThreadControllerImpl::RunTask') busy += t;
  console.log(`\nmain thread, self time by trace event (ms), busy ${(busy / 1000).toFixed(1)}:`);
  for (const [name, t] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 22)) {
    console.log(`  ${(t / 1000).toFixed(1).padStart(7)}  ${name}`);
  }
  const top = slices.filter(
    (e) =>
      (e.dur ?? 0) > 3000 &&
      [
        'v8.compile',
        'v8.compileModule',
        'v8.evaluateModule',
        'EvaluateScript',
        'FunctionCall',
        'v8.run',
        'RunMicrotasks',
        'ParseHTML',
        'Layout',
        'UpdateLayoutTree',
        'Paint',
        'TimerFire',
        'FireAnimationFrame',
        'ResourceReceivedData',
        'v8.produceModuleCache',
        'v8.produceCache',
        'v8.deserializeCache',
      ].includes(e.name),
  );
  console.log('\nmain-thread slices over 3 ms (start offset, duration):');
  for (const e of top) {
    const data = (e.args?.data ?? e.args ?? {}) as Record<string, unknown>;
    const what = String(data.url ?? data.fileName ?? data.functionName ?? '').replace(/.*\//, '');
    const cache = data.cacheConsumeOptions ?? data.consumedCacheSize ?? data.cacheRejected ?? '';
    console.log(
      `  +${((e.ts - start) / 1000).toFixed(1).padStart(6)}  ${((e.dur ?? 0) / 1000).toFixed(1).padStart(6)}  ${e.name} ${what} ${cache === '' ? '' : JSON.stringify(cache)}`,
    );
  }
  // Each distinct (size, bold) pair of the first screen is one strike: a synchronous call to the
  // browser process in the middle of the first layout (≈0.5 ms each here, more under load). The
  // first screen's type scale decides how many there are.
  // Chromium traces each platform font lookup twice, one event inside the other: only the
  // outermost counts (summing both doubled the figure).
  const fonts = (name: string) => {
    const found: TraceEvent[] = [];
    for (const e of slices.filter((x) => x.name === name && x.ts < end).sort((x, y) => x.ts - y.ts)) {
      const last = found.at(-1);
      if (!last || e.ts >= last.ts + (last.dur ?? 0)) found.push(e);
    }
    return `${found.length} (${(found.reduce((t, e) => t + (e.dur ?? 0), 0) / 1000).toFixed(1)} ms)`;
  };
  console.log(
    `\nfont lookups before the mark: platform fonts ${fonts('FontCache::GetFontPlatformData')}, strikes ${fonts('WebSandboxSupportLinux::GetWebFontRenderStyleForStrike')}`,
  );
  threadTimes(events, start, end);
  const caches = events.filter((e) => e.pid === pid && /cache/i.test(e.name) && e.ts >= start && e.ts <= end);
  const cacheNames = new Map<string, number>();
  for (const e of caches) cacheNames.set(e.name, (cacheNames.get(e.name) ?? 0) + 1);
  console.log('\ncode cache events:', JSON.stringify(Object.fromEntries(cacheNames)));
  for (const e of events
    .filter(
      (x) => (x.pid === pid && x.name === 'v8.compileModule') || (x.pid === pid && x.name === 'v8.compile'),
    )
    .filter((x) => x.ts >= start && x.ts <= end)
    .slice(0, 12)) {
    console.log('  ', e.name, ((e.dur ?? 0) / 1000).toFixed(1), JSON.stringify(e.args).slice(0, 300));
  }

  // CPU samples by function, within [start, end], or within the entry module's evaluation.
  const evaluation = process.argv.includes('--evaluation')
    ? slices.find((e) => e.name === 'v8.evaluateModule')
    : undefined;
  // --after-paint: from the first frame's paint to the mark, the effects the mark waits for.
  const paint = process.argv.includes('--after-paint')
    ? slices.filter((e) => e.name === 'Paint' && e.ts < end).at(-1)
    : undefined;
  const [from, to] = evaluation
    ? [evaluation.ts, evaluation.ts + (evaluation.dur ?? 0)]
    : paint
      ? [paint.ts + (paint.dur ?? 0), end]
      : [start, end];
  const samples = cpuSamples(events, pid, from, to);
  const where = sourceLocator(dir);
  const selfCpu = new Map<string, number>();
  const byUrl = new Map<string, number>();
  for (const sample of samples) {
    const w = where(sample.nodes, sample.node);
    if (!w) continue;
    selfCpu.set(w.fn, (selfCpu.get(w.fn) ?? 0) + sample.dt);
    byUrl.set(w.file, (byUrl.get(w.file) ?? 0) + sample.dt);
  }
  console.log('\nCPU self time by source file (ms):');
  for (const line of topTimes(byUrl, 30)) console.log(`  ${line}`);
  console.log('\nCPU self time by function (ms):');
  for (const line of topTimes(selfCpu, 30)) console.log(`  ${line}`);
}

async function main(): Promise<void> {
  const server = await serveBuild(dir, port);
  const url = `http://127.0.0.1:${port}/${arg('--path') ?? '#/catalogue'}`;
  const profile = mkdtempSync(join(tmpdir(), 'reperes-trace-'));
  const options = {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      ...(process.env.CHROMIUM_ARGS?.split(' ').filter(Boolean) ?? []),
    ],
  };
  let context: BrowserContext;
  const browser = warm ? null : await chromium.launch(options);
  try {
    context = warm ? await chromium.launchPersistentContext(profile, options) : await browser!.newContext();
    if (warm) {
      for (let i = 0; i < runs - 1; i++) {
        const page = await context.newPage();
        await page.goto(url);
        await waitForMark(page, 'reperes:interactive');
        await page.waitForTimeout(1000);
        await page.close();
      }
    }
    const page = await context.newPage();
    const events = await traced(page, url);
    const out = arg('--out');
    if (out) writeFileSync(out, JSON.stringify({ traceEvents: events }));
    summarise(events);
    await context.close();
  } finally {
    await browser?.close();
    server.kill();
    rmSync(profile, { recursive: true, force: true });
  }
}

void main();
