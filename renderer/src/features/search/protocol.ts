// Messages between the search hook and its worker.
import type { Catalogue } from '../../../../electron/shared/schema';
import type { EngineResult, UserDocument } from '../../../../electron/shared/search';

export type ToWorker =
  | { type: 'init'; catalogue: Catalogue; index: unknown }
  | { type: 'user'; docs: UserDocument[] }
  /** `lane`: one per hook using the shared worker; a query only supersedes its own lane's. */
  | { type: 'search'; seq: number; lane: number; query: string; limit: number };

export type FromWorker =
  { type: 'result'; seq: number; result: EngineResult } | { type: 'error'; seq: number; message: string };
