// The browser build's automatic backups: a small IndexedDB database of its own, apart from the
// annotations (a backup must survive whatever happens to the annotations' database), keeping
// the last KEEP_BACKUPS like the desktop app's rotating files. localStorage, used before, is
// limited to about 5 MB and failed silently past that.
import Dexie, { type EntityTable } from 'dexie';
import { z } from 'zod';

export const BACKUPS_DB_NAME = 'reperes-sauvegardes';
export const KEEP_BACKUPS = 7;

export const BackupRow = z.object({
  /** "sauvegarde-<ISO date>": unique, sorts by date. */
  name: z.string().min(1).max(100),
  date: z.string(),
  bytes: z.number().int().nonnegative(),
  /**
   * The backup's text. A Blob since backups of large libraries: IndexedDB keeps it by reference,
   * where a string of hundreds of megabytes was copied on the window's thread (seconds of it).
   * Rows written before hold a string.
   */
  content: z.union([z.string(), z.instanceof(Blob)]),
});
export type BackupRow = z.infer<typeof BackupRow>;
export type BackupSummary = Omit<BackupRow, 'content'>;

export class BackupsDb extends Dexie {
  backups!: EntityTable<BackupRow, 'name'>;
  constructor(name = BACKUPS_DB_NAME) {
    super(name);
    // Append-only, like the annotations' versions.
    this.version(1).stores({ backups: 'name, date' });
  }
}

let instance: BackupsDb | null = null;
export function backupsDb(): BackupsDb {
  instance ??= new BackupsDb();
  return instance;
}

/**
 * Stores one backup and drops the oldest beyond KEEP_BACKUPS, in one transaction. Its text comes
 * as a Blob, encoded a piece at a time as it was written (renderer/src/core/text-pieces.ts).
 */
export async function storeBackup(content: Blob, now = new Date(), d = backupsDb()): Promise<BackupSummary> {
  const date = now.toISOString();
  const row = BackupRow.parse({ name: `sauvegarde-${date}`, date, bytes: content.size, content });
  await d.transaction('rw', d.backups, async () => {
    await d.backups.put(row);
    const names = await d.backups.orderBy('date').reverse().primaryKeys();
    await d.backups.bulkDelete(names.slice(KEEP_BACKUPS));
  });
  return { name: row.name, date: row.date, bytes: row.bytes };
}

/** Backups, newest first, without their content. */
export async function listStoredBackups(d = backupsDb()): Promise<BackupSummary[]> {
  const rows = await d.backups.orderBy('date').reverse().toArray();
  return rows.flatMap((r) => {
    const parsed = BackupRow.safeParse(r);
    return parsed.success
      ? [{ name: parsed.data.name, date: parsed.data.date, bytes: parsed.data.bytes }]
      : [];
  });
}

export async function readStoredBackup(name: string, d = backupsDb()): Promise<string | undefined> {
  const parsed = BackupRow.safeParse(await d.backups.get(name));
  if (!parsed.success) return undefined;
  const { content } = parsed.data;
  return typeof content === 'string' ? content : content.text();
}
