// Compares builds of the browser renderer at start-up, to decide whether a change is worth keeping
// (issue 16). Each build (and the floor, React alone) is served and opened in its own persistent
// profile, in turn, round after round, as the bench does. Per build:
// - « mark »: navigation → `reperes:interactive`, median, and the median of the per-round
//   differences with the first build: rounds share the machine's load, so paired differences
//   see through noise that moves both (here the floor moves by 30 % between runs);
// - « CPU »: the renderer main thread's own time (trace thread time) up to the mark, and its
//   layout and style parts. Work moved or removed shows here with a few rounds, where a wall-clock
//   difference of 10 ms needs dozens (a 30-round run saw ±15 ms between two copies of one build).
// Not a benchmark with targets: `npm run bench -- startup` is.
//   npx tsx test/bench/startup-ab.ts [--rounds 12] [--path '#/catalogue'] out/web out/other-build …
// Build a variant with `npx vite build --config renderer/vite.config.ts --outDir "$PWD/out/x"`.
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import type { TraceEvent } from './trace-profile';
import { buildFloor, floorOut } from './floor/build';
import { percentile } from './report';
import { serveBuild } from './serve-build';
import { waitForMark } from './mark';

const root = resolve(__dirname, '../..');
const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  if (i === -1) return fallback;
  return args.splice(i, 2)[1] ?? fallback;
};
const rounds = Number(option('--rounds', '12'));
const path = option('--path', '#/catalogue');
const builds = args.map((d) => resolve(d));
const BASE_PORT = Number(process.env.BENCH_PORT ?? 5191) + 20;
const MARK = 'reperes:interactive';

interface Load {
  mark: number;
  cpu: number;
  layout: number;
  style: number;
}

/** One traced load: the mark, and the main thread's own time up to it. */
async function load(page: Page, url: string): Promise<Load> {
  const session = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  session.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const complete = new Promise<void>((r) => session.once('Tracing.tracingComplete', () => r()));
  await session.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline,blink.user_timing,loading',
    transferMode: 'ReportEvents',
  } as never);
  await page.goto(url);
  const mark = await waitForMark(page, MARK);
  await page.waitForTimeout(300); // the mark's trace event is flushed
  await session.send('Tracing.end');
  await complete;
  const traced = events.find((e) => e.name === MARK && e.cat.includes('blink.user_timing'));
  if (!traced) throw new Error('no mark in the trace');
  const from = traced.ts - mark * 1000;
  const main = events.find(
    (e) =>
      e.pid === traced.pid && e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain',
  )?.tid;
  const own = (name: (n: string) => boolean) =>
    events
      .filter((e) => e.pid === traced.pid && e.tid === main && e.ph === 'X' && name(e.name))
      .filter((e) => e.ts >= from && e.ts <= traced.ts)
      .reduce((sum, e) => sum + (e.tdur ?? e.dur ?? 0), 0) / 1000;
  return {
    mark,
    cpu: own((n) => n === 'ThreadControllerImpl::RunTask' || n === 'RunTask'),
    layout: own((n) => n === 'Layout'),
    style: own((n) => n === 'UpdateLayoutTree'),
  };
}

async function main(): Promise<void> {
  if (builds.length === 0) throw new Error('name at least one build directory (out/web)');
  await buildFloor();
  const dirs = [...builds, floorOut];
  const servers: ChildProcess[] = [];
  const profiles: { dir: string; context: BrowserContext }[] = [];
  try {
    for (const [i, dir] of dirs.entries()) servers.push(await serveBuild(dir, BASE_PORT + i));
    for (const _ of dirs) {
      const dir = mkdtempSync(join(tmpdir(), 'reperes-ab-'));
      const context = await chromium.launchPersistentContext(dir, {
        executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
      });
      profiles.push({ dir, context });
    }
    const loads: Load[][] = dirs.map(() => []);
    const DISCARDED = 2; // the profiles' caches fill
    for (let round = 0; round < DISCARDED + rounds; round++) {
      for (const [i, profile] of profiles.entries()) {
        const page = await profile.context.newPage();
        const url = `http://127.0.0.1:${BASE_PORT + i}/${i === dirs.length - 1 ? '' : path}`;
        try {
          if (round < DISCARDED) {
            await page.goto(url);
            await waitForMark(page, MARK);
          } else loads[i]!.push(await load(page, url));
        } finally {
          await page.close();
        }
      }
    }
    const median = (values: number[]) => percentile(values, 50);
    const floor = median(loads[dirs.length - 1]!.map((l) => l.mark));
    console.log(`\n${rounds} rounds, ${path}; CPU = renderer main thread's own time up to the mark (ms)`);
    for (const [i, dir] of dirs.entries()) {
      const own = loads[i]!;
      const marks = own.map((l) => l.mark);
      const paired = i > 0 && i < dirs.length - 1 ? own.map((l, k) => l.mark - loads[0]![k]!.mark) : null;
      console.log(
        [
          (i === dirs.length - 1 ? 'floor (React alone)' : relative(root, dir) || dir).padEnd(26),
          `mark ${median(marks).toFixed(1)}`,
          `÷ floor ${(median(marks) / floor).toFixed(2)}`,
          paired ? `paired − first ${median(paired).toFixed(1)}` : ''.padEnd(20),
          `CPU ${median(own.map((l) => l.cpu)).toFixed(1)}`,
          `layout ${median(own.map((l) => l.layout)).toFixed(1)}`,
          `style ${median(own.map((l) => l.style)).toFixed(1)}`,
        ].join('  '),
      );
    }
  } finally {
    for (const profile of profiles) {
      await profile.context.close();
      rmSync(profile.dir, { recursive: true, force: true });
    }
    servers.forEach((s) => s.kill());
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
