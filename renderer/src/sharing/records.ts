// The shape of a shared record in the replicated database, and the checks every record coming
// from it passes before it reaches Dexie. Pure: no Dexie, no PouchDB.
import { z } from 'zod';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { DEFAULT_MAX_BYTES, type ReplicatedTable } from './registry';

/** A Dexie primary key as the replicated tables use them: a string, or a compound of strings. */
export type RowKey = string | string[];

const Key = z.union([z.string().min(1).max(400), z.array(z.string().min(1).max(400)).min(2).max(4)]);

/** "notes:"-prefixed JSON of the key: reversible, and never clashes with CouchDB's "_" ids. */
export function docIdOf(table: string, key: RowKey): string {
  return `${table}:${JSON.stringify(key)}`;
}

export function parseDocId(docId: string): { table: string; key: RowKey } | null {
  const colon = docId.indexOf(':');
  if (colon <= 0) return null;
  try {
    const key = Key.safeParse(JSON.parse(docId.slice(colon + 1)));
    return key.success ? { table: docId.slice(0, colon), key: key.data } : null;
  } catch {
    return null;
  }
}

/** The row's primary key, read along the table's key path. */
export function keyOf(row: Record<string, unknown>, keyPath: string | string[]): RowKey | null {
  const parsed = Key.safeParse(Array.isArray(keyPath) ? keyPath.map((k) => row[k]) : row[keyPath]);
  return parsed.success ? parsed.data : null;
}

/** JSON with sorted keys: the same row always gives the same text, whatever its key order. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

export function rowHash(row: unknown): string {
  return bytesToHex(sha256(new TextEncoder().encode(canonicalJson(row))));
}

/** The envelope around a row in the shared database. */
export const SharedDoc = z.object({
  _id: z.string().min(3).max(1000),
  _rev: z.string().regex(/^\d+-[0-9a-zA-Z]{1,64}$/),
  table: z.string().min(1).max(100),
  /** The display name of whoever wrote this version (chosen in « Partage »). */
  author: z.string().max(100),
  /** When this version was written, epoch milliseconds. */
  at: z.number().int().nonnegative(),
  row: z.unknown(),
});
export type SharedDoc = z.infer<typeof SharedDoc>;

export type Checked =
  | { ok: true; table: string; key: RowKey; row: Record<string, unknown>; author: string; at: number }
  | { ok: false; reason: string };

/**
 * Checks a record read from the shared database: its envelope, its size, that its table is
 * shared, that its row satisfies the table's schema and that the row's key is the record's id.
 * Anything else is refused with a reason in French, and never written locally.
 */
export function checkDoc(
  raw: unknown,
  tables: Record<string, ReplicatedTable>,
  keyPaths: Record<string, string | string[]>,
): Checked {
  let size: number;
  try {
    size = JSON.stringify(raw)?.length ?? 0;
  } catch {
    return { ok: false, reason: 'enregistrement illisible' };
  }
  const envelope = SharedDoc.safeParse(raw);
  if (!envelope.success) return { ok: false, reason: 'enregistrement de forme inattendue' };
  const doc = envelope.data;
  const spec = Object.hasOwn(tables, doc.table) ? tables[doc.table] : undefined;
  const keyPath = Object.hasOwn(keyPaths, doc.table) ? keyPaths[doc.table] : undefined;
  if (!spec || keyPath === undefined)
    return { ok: false, reason: `table non partagée (${doc.table.slice(0, 40)})` };
  if (size > (spec.maxBytes ?? DEFAULT_MAX_BYTES))
    return { ok: false, reason: 'enregistrement trop volumineux' };
  const row = spec.schema.safeParse(doc.row);
  if (!row.success) return { ok: false, reason: `contenu invalide pour ${doc.table}` };
  const data = row.data as Record<string, unknown>;
  const key = keyOf(data, keyPath);
  if (key === null || docIdOf(doc.table, key) !== doc._id)
    return { ok: false, reason: 'identifiant incohérent' };
  return { ok: true, table: doc.table, key, row: data, author: doc.author, at: doc.at };
}
