// Messages between the import screen and its worker: one worker per file, terminated when done
// or cancelled, so a hostile file never outlives its reading.
import type { ImportedDocument } from '../../../../electron/pipeline/generic';
import type { AppError } from '../../../../electron/shared/result';

export interface ToImportWorker {
  name: string;
  /** The file's bytes, transferred (not copied) to the worker. */
  bytes: ArrayBuffer;
}

/** Stages the worker goes through, each with the share of the bar it reaches. */
export const IMPORT_STAGES = {
  received: { share: 0.1, label: 'Fichier reçu' },
  reading: { share: 0.3, label: 'Lecture du document' },
} as const;
export type ImportStage = keyof typeof IMPORT_STAGES;

export type FromImportWorker =
  | { type: 'progress'; stage: ImportStage }
  | { type: 'done'; document: ImportedDocument }
  | { type: 'failed'; error: AppError };
