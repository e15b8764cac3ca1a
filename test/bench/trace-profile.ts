// What the trace tools (startup-trace.ts, heavy-entry-trace.ts) share: the Chromium trace's
// event shape, the V8 sampling profiler's samples within a time window, and where a sample's
// function stands in the sources (through the build's source maps when it wrote them).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { originalPositionFor, TraceMap } from '@jridgewell/trace-mapping';

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  /** Thread time: what the task ran, not what it waited for the processor. */
  tdur?: number;
  id?: string;
  args?: Record<string, unknown>;
}

export interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}

export interface Sample {
  /** When it was taken (trace clock, µs). */
  t: number;
  /** How long it stands for (µs). */
  dt: number;
  node: number;
  /** The nodes of the sample's own profile: each thread's profile numbers its nodes from 1. */
  nodes: ReadonlyMap<number, ProfileNode>;
}

/** The sampling profiler's samples of renderer `pid` within [from, to]; `tid` keeps one thread's profile. */
export function cpuSamples(
  events: readonly TraceEvent[],
  pid: number,
  from: number,
  to: number,
  tid?: number,
): Sample[] {
  const profiles = new Map<string, { time: number; nodes: Map<number, ProfileNode> }>();
  const samples: Sample[] = [];
  for (const e of events) {
    if (e.pid !== pid) continue;
    // A profile per thread: its chunks come from a profiler thread, linked by id.
    if (e.name === 'Profile' && (tid === undefined || e.tid === tid))
      profiles.set(String(e.id), {
        time: (e.args?.data as { startTime: number }).startTime,
        nodes: new Map(),
      });
    if (e.name !== 'ProfileChunk') continue;
    const data = e.args?.data as {
      cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
      timeDeltas?: number[];
    };
    const profile = profiles.get(String(e.id));
    if (!profile) continue;
    for (const n of data.cpuProfile?.nodes ?? []) profile.nodes.set(n.id, n);
    const ids = data.cpuProfile?.samples ?? [];
    const deltas = data.timeDeltas ?? [];
    for (let i = 0; i < ids.length; i++) {
      profile.time += deltas[i] ?? 0;
      if (profile.time >= from && profile.time <= to)
        samples.push({ t: profile.time, dt: deltas[i + 1] ?? 0, node: ids[i]!, nodes: profile.nodes });
    }
  }
  return samples;
}

/**
 * A profile node's function and source file, as `name source:line`, read through the source
 * maps of the build in `dir` (its assets) when there are some, else the built file's position.
 */
export function sourceLocator(dir: string) {
  const maps = new Map<string, TraceMap | null>();
  const original = (file: string, line: number, column: number) => {
    if (!file.endsWith('.js') || line < 0) return null;
    if (!maps.has(file)) {
      const path = join(dir, 'assets', `${file}.map`);
      maps.set(file, existsSync(path) ? new TraceMap(readFileSync(path, 'utf8')) : null);
    }
    const map = maps.get(file);
    if (!map) return null;
    // A position past the map's last line (a script of the same name from another build) has none.
    let p: ReturnType<typeof originalPositionFor>;
    try {
      p = originalPositionFor(map, { line: line + 1, column });
    } catch {
      return null;
    }
    if (!p.source) return null;
    return {
      source: p.source.replace(/.*node_modules\//, '').replace(/^(\.\.\/)+/, ''),
      line: p.line,
      name: p.name,
    };
  };
  return (nodes: ReadonlyMap<number, ProfileNode>, id: number): { fn: string; file: string } | null => {
    const f = nodes.get(id)?.callFrame;
    if (!f) return null;
    const file = (f.url ?? '').replace(/.*\//, '');
    const at = original(file, f.lineNumber, f.columnNumber);
    const where = at ? `${at.source}:${at.line}` : `${file}:${f.lineNumber + 1}:${f.columnNumber + 1}`;
    return {
      fn: `${at?.name ?? (f.functionName || '(anonymous)')} ${where}`,
      file: at?.source ?? (file || f.functionName),
    };
  };
}

/** Lines « ms  key » of the `n` largest times (µs) of a tally, largest first. */
export function topTimes(tally: ReadonlyMap<string, number>, n: number): string[] {
  return [...tally]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, t]) => `${(t / 1000).toFixed(1).padStart(7)}  ${k}`);
}
