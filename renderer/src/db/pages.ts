// Reading a table a page at a time, for reads large enough to hold the window: each page is a
// request of its own, so input and frames are handled between them.
import type { IndexableType, Table } from 'dexie';

/** Thrown by a paged read whose reader went away: nobody waits for the rest. */
export class ReadCancelled extends Error {
  constructor() {
    super('Lecture abandonnée');
    this.name = 'ReadCancelled';
  }
}

/**
 * Hands `table`'s rows to `onPage`, `size` at a time, in primary-key order (`keyPath`, the key's
 * field). Inside a transaction the pages make one snapshot: each page asks for the next before
 * the transaction could close. Stops with ReadCancelled at the first page after `cancelled()`
 * turns true.
 */
export async function forEachPage(
  table: Table,
  keyPath: string,
  size: number,
  onPage: (rows: unknown[]) => void,
  cancelled: () => boolean = () => false,
): Promise<void> {
  let last: IndexableType | undefined;
  for (;;) {
    if (cancelled()) throw new ReadCancelled();
    const from = last === undefined ? table.orderBy(':id') : table.where(':id').above(last);
    const page = (await from.limit(size).toArray()) as Record<string, unknown>[];
    onPage(page);
    const next = page.length < size ? undefined : page[page.length - 1]![keyPath];
    if (next === undefined) return;
    last = next as IndexableType;
  }
}
