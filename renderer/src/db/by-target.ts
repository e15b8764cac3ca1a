// Rows whose `targetId` is one of a few ids. Dexie reads `anyOf` with a cursor, one request and
// one answer per row (an entry's 800 highlights were 800 round trips to IndexedDB, queued behind
// any other read); one id is read with `equals`, a single `getAll`.
import type { Table } from 'dexie';

export function whereTarget<Row>(table: Table<Row>, targetIds: readonly string[]) {
  const index = table.where('targetId');
  return targetIds.length === 1 ? index.equals(targetIds[0]!) : index.anyOf([...targetIds]);
}
