// JSON text of a large value, written piece by piece: `JSON.stringify` of a large library's
// backup (hundreds of megabytes) held the window for more than a second in one task. Arrays and
// plain objects near the top are walked element by element, with a pause whenever the time
// budget is spent; anything deeper (an annotation, a document row) is one `JSON.stringify`.
// The parts joined are exactly `JSON.stringify(value)`.

/** How deep arrays and plain objects are walked; below, values are serialised whole. */
const WALKED_DEPTH = 3;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return (
    (proto === Object.prototype || proto === null) &&
    typeof (value as { toJSON?: unknown }).toJSON !== 'function'
  );
}

/** What JSON.stringify omits as a property and writes as `null` in an array. */
const skipped = (value: unknown) =>
  value === undefined || typeof value === 'function' || typeof value === 'symbol';

/**
 * `JSON.stringify(value)` as a list of parts, calling `pause` (which should let the window
 * handle input and frames) whenever `budgetMs` of work has gone since the last one.
 */
export async function jsonInSlices(
  value: unknown,
  pause: () => Promise<void>,
  budgetMs = 8,
  now: () => number = () => performance.now(),
): Promise<string[]> {
  const parts: string[] = [];
  let deadline = now() + budgetMs;
  const tick = async () => {
    if (now() < deadline) return;
    await pause();
    deadline = now() + budgetMs;
  };
  async function write(v: unknown, depth: number): Promise<void> {
    if (depth >= WALKED_DEPTH || !(Array.isArray(v) || isPlainObject(v))) {
      parts.push(JSON.stringify(v));
      return;
    }
    if (Array.isArray(v)) {
      parts.push('[');
      for (let i = 0; i < v.length; i++) {
        if (i > 0) parts.push(',');
        const item: unknown = v[i];
        if (skipped(item)) parts.push('null');
        else await write(item, depth + 1);
        await tick();
      }
      parts.push(']');
      return;
    }
    parts.push('{');
    let first = true;
    for (const key of Object.keys(v)) {
      const item = v[key];
      if (skipped(item)) continue;
      parts.push(`${first ? '' : ','}${JSON.stringify(key)}:`);
      first = false;
      await write(item, depth + 1);
      await tick();
    }
    parts.push('}');
  }
  await write(value, 0);
  return parts;
}
