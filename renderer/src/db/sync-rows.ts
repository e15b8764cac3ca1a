// Rows of the sharing bridge's own tables (schema v6, issue 18): per shared record, the replicated
// revision the local row was last in step with, and the records with several versions to choose from.
import { z } from 'zod';

export const SyncStateRow = z.object({
  docId: z.string(),
  /** The Pouch revision Dexie's row was last in step with. */
  rev: z.string(),
  /** Hash of the row as it was then: a different hash means a local edit to write. */
  hash: z.string(),
});
export type SyncStateRow = z.infer<typeof SyncStateRow>;

export const ConflictVersion = z.object({
  rev: z.string(),
  author: z.string(),
  at: z.number(),
  row: z.record(z.string(), z.unknown()),
});
export type ConflictVersion = z.infer<typeof ConflictVersion>;

export const SyncConflictRow = z.object({
  docId: z.string(),
  table: z.string(),
  /** The first version is the one shown meanwhile (CouchDB's deterministic winner). */
  versions: z.array(ConflictVersion).min(2),
});
export type SyncConflictRow = z.infer<typeof SyncConflictRow>;
