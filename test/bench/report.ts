// Printing and remembering benchmark figures: each run is compared with the previous one
// (kept in .bench/last.json, outside git) so a regression shows up as a ratio.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const FILE = resolve(__dirname, '../../.bench/last.json');
let previous: Record<string, Record<string, number>> | null = null;
const current: Record<string, Record<string, number>> = {};

function loadPrevious(): Record<string, Record<string, number>> {
  if (previous === null) {
    previous = existsSync(FILE)
      ? (JSON.parse(readFileSync(FILE, 'utf8')) as Record<string, Record<string, number>>)
      : {};
  }
  return previous;
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i] ?? NaN;
}

const fmt = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(n < 10 ? 2 : 1));

/** Prints rows of [label, value, target|null], with the previous run's value beside each. */
export function printTable(
  title: string,
  rows: readonly (readonly [string, number, number | null])[],
  group = title,
) {
  const prev = loadPrevious()[group] ?? {};
  console.log(`\n== ${title}`);
  for (const [label, value, target] of rows) {
    const before = prev[label];
    const change =
      before !== undefined && before !== 0
        ? `  (avant : ${fmt(before)}, ×${(value / before).toFixed(2)})`
        : '';
    const goal = target !== null ? `  [cible ≤ ${target}${value <= target ? ' ✓' : ' ✗'}]` : '';
    console.log(`  ${label.padEnd(52)} ${fmt(value).padStart(10)}${goal}${change}`);
  }
}

export async function record(group: string, values: Record<string, number>): Promise<void> {
  current[group] = values;
  mkdirSync(resolve(FILE, '..'), { recursive: true });
  writeFileSync(FILE, JSON.stringify({ ...loadPrevious(), ...current }, null, 1));
}
