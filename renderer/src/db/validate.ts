// Rows read back from IndexedDB are checked against their zod schema before any view sees
// them: a row another version, an extension or a hand edit left malformed is skipped (and
// logged once), instead of crashing a view or leaking a wrong shape into the exports.
import type { z } from 'zod';
import { GUARDS } from './row-guards';

const reported = new Set<string>();

function report(where: string, issue: string): void {
  const key = `${where}\u0000${issue}`;
  if (reported.has(key)) return;
  reported.add(key);
  console.warn(`Ligne ignorée dans ${where} : ${issue}`);
}

/** The rows that satisfy the schema, parsed (defaults applied); the others are skipped. */
export function validRows<S extends z.ZodType>(
  schema: S,
  rows: readonly unknown[],
  where: string,
): z.infer<S>[] {
  const out: z.infer<S>[] = [];
  const guard = GUARDS.get(schema);
  for (const row of rows) {
    // A row the cheap check vouches for is one zod would return unchanged.
    if (guard?.(row)) {
      out.push(row as z.infer<S>);
      continue;
    }
    const parsed = schema.safeParse(row);
    if (parsed.success) out.push(parsed.data);
    else report(where, parsed.error.issues[0]?.message ?? 'invalide');
  }
  return out;
}

/** One row, or undefined when it is missing or malformed. */
export function validRow<S extends z.ZodType>(
  schema: S,
  row: unknown,
  where: string,
): z.infer<S> | undefined {
  if (row === undefined) return undefined;
  return validRows(schema, [row], where)[0];
}
