// What the bridge would send as deletions when it starts: records it had shared (they have a sync
// state) whose local row is gone. They were deleted while sharing was off, or by « Tout effacer »;
// turning sharing on again deletes them for the whole team, so the user is asked first.
import type Dexie from 'dexie';
import type { SyncStateRow } from '../db/sync-rows';
import { parseDocId } from './records';
import { REPLICATED_TABLES, type ReplicatedTable } from './registry';

export interface PendingDeletions {
  /** The shared records' ids, to restore them if the user asks. */
  docIds: string[];
  /** How many per table, for the message. */
  byTable: Record<string, number>;
}

export async function pendingDeletions(
  dexie: Dexie,
  tables: Record<string, ReplicatedTable> = REPLICATED_TABLES,
): Promise<PendingDeletions> {
  const states = (await dexie.table('syncState').toArray()) as SyncStateRow[];
  const keysByTable = new Map<string, { docId: string; key: unknown }[]>();
  for (const { docId } of states) {
    const parsed = parseDocId(docId);
    if (!parsed || !Object.hasOwn(tables, parsed.table)) continue;
    const list = keysByTable.get(parsed.table) ?? [];
    list.push({ docId, key: parsed.key });
    keysByTable.set(parsed.table, list);
  }
  const docIds: string[] = [];
  const byTable: Record<string, number> = {};
  for (const [table, entries] of keysByTable) {
    // Primary keys only: document rows can be megabytes each.
    const present = await dexie
      .table(table)
      .where(':id')
      .anyOf(entries.map((e) => e.key) as never[])
      .primaryKeys();
    const have = new Set(present.map((k) => JSON.stringify(k)));
    for (const e of entries) {
      if (have.has(JSON.stringify(e.key))) continue;
      docIds.push(e.docId);
      byTable[table] = (byTable[table] ?? 0) + 1;
    }
  }
  return { docIds, byTable };
}
