// Messages between the search hook and its worker.
import type { CatalogueItem } from '../../../../electron/shared/items';
import type { EngineResult, UserDocument } from '../../../../electron/shared/search';
import type { DocumentStamp } from './worker-items';

export type ToWorker =
  | { type: 'init'; items: readonly CatalogueItem[]; index: unknown }
  | { type: 'user'; docs: UserDocument[] }
  /** Items of the user's imported documents, added to or removed from the index incrementally. */
  | { type: 'add'; items: readonly CatalogueItem[] }
  | { type: 'remove'; ids: string[] }
  /** The imported documents the window lists: the worker reads their entries from IndexedDB. */
  | { type: 'documents'; stamps: DocumentStamp[] }
  /** `lane`: one per hook using the shared worker; a query only supersedes its own lane's. */
  | { type: 'search'; seq: number; lane: number; query: string; limit: number };

export type FromWorker =
  | { type: 'result'; seq: number; result: EngineResult }
  | { type: 'error'; seq: number; message: string }
  /** The worker could not read the documents: the window sends their items itself. */
  | { type: 'documents-unreadable'; message: string };
