// Automatic local backups of the annotations: shortly after start and then every half hour,
// whenever something changed since the last one. The desktop app keeps the last seven files,
// the browser build the last seven in IndexedDB. A failed backup is not only logged: the
// status below drives a banner (StorageStatus) that says why, in French, with « Réessayer ».
import { useEffect, useSyncExternalStore } from 'react';
import { z } from 'zod';
import { readAll, type AnnotationData } from '../../db/annotations';
import { backupErrorMessage } from '../../db/errors';
import {
  DOCUMENTS_KEY,
  exportDocuments,
  toWebAnnotation,
  type SectionTextLookup,
} from '../../core/annotations-export';
import {
  readDocumentStamps,
  readDocumentsWithFiles,
  readHeads,
  type DocumentStamp,
} from '../../db/documents';
import { sectionTextLookup } from '../../core/sections';
import { documentOfLookup } from '../../core/imported-documents';
import { useCatalogue } from '../../catalogue/CatalogueContext';
import { getApi } from '../../platform/api';
import { getSetting, setSetting } from '../../db/settings';
import { sha256Hex } from '../../core/sha256';
import { jsonInSlices } from '../../core/json-in-slices';
import { textPieces } from '../../core/text-pieces';
import type { BackupInfo } from '../../../../electron/shared/api';
import type { Result } from '../../../../electron/shared/result';
import { registerCommand } from '../../services/commands';
import { announce } from '../../services/announce';

const FIRST_DELAY_MS = 15_000;
const EVERY_MS = 30 * 60_000;
/**
 * The SHA-256 of what the last backup held, kept with the annotations: without it every start
 * wrote a backup, and seven starts without a change pushed every earlier state out of the seven
 * kept (and paid the whole library's serialisation 15 s after each start).
 */
const FINGERPRINT_KEY = 'backup-fingerprint';
const Fingerprint = z.string();
/** The catalogue's section texts, set by useAutoBackup: backups count positions as exports do. */
let sectionText: SectionTextLookup = () => undefined;

// ---- the last backup's outcome, for the banner ----

let failure: string | null = null;
const listeners = new Set<() => void>();

function setFailure(message: string | null): void {
  if (message === failure) return;
  failure = message;
  for (const l of listeners) l();
}

/** The French message of the last failed backup, or null once one succeeds. */
export function useBackupFailure(): string | null {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => failure,
  );
}

/** Rows per slice of the fingerprint: serialised and handed to the hash in a few milliseconds. */
const FINGERPRINT_ROWS = 1000;

const yieldToWindow = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * What a backup would hold, as a SHA-256: every annotation row, table by table, and each
 * document's id and date. Hashed in slices, with the window handling input and frames between
 * them: the export itself, serialised in one go to be hashed, held the window for more than a
 * second with 25,000 annotations, 15 s after every start and every half hour.
 */
export async function backupFingerprint(
  data: AnnotationData,
  documents: readonly DocumentStamp[],
): Promise<string> {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  for (const [table, rows] of Object.entries(data) as [string, unknown[]][]) {
    for (let i = 0; i < rows.length; i += FINGERPRINT_ROWS) {
      await yieldToWindow();
      const slice = JSON.stringify(rows.slice(i, i + FINGERPRINT_ROWS));
      parts.push(await sha256Hex(encoder.encode(`${table}:${i}:${slice}`)));
    }
  }
  parts.push(documents.map((d) => `${d.id}:${d.updatedAt}`).join(','));
  return sha256Hex(encoder.encode(parts.join('\n')));
}

/** Characters per piece of a backup: sent (desktop) or encoded (browser) in a few milliseconds. */
const BACKUP_PIECE = 1 << 20;

/**
 * Hands the backup's text to the platform a piece at a time, the window handling input between
 * pieces: joined into one string, a large library's backup was copied in one task of about a
 * second (to main in the desktop app, into a Blob in the browser). An unfinished one is dropped.
 */
async function writeInPieces(parts: readonly string[]): Promise<Result<BackupInfo>> {
  const api = getApi();
  const begun = await api.beginBackup();
  if (!begun.ok) return begun;
  const id = begun.value;
  try {
    for (const piece of textPieces(parts, BACKUP_PIECE)) {
      const appended = await api.appendBackup(id, piece);
      if (!appended.ok) {
        await api.abortBackup(id);
        return appended;
      }
      await yieldToWindow();
    }
    return await api.commitBackup(id);
  } catch (error) {
    await api.abortBackup(id).catch(() => undefined);
    throw error;
  }
}

/** Writes a backup if the annotations changed; `force` writes one regardless (menu command). */
export async function backupNow(force = false): Promise<string | null> {
  let error: string | null;
  try {
    // Read in pages: each is a short task, where one read of every row held the window ~100 ms.
    const data = await readAll(undefined, { cancelled: () => false });
    // Which documents there are and when each changed: the rest of them is read only when a
    // backup is written.
    const digest = await backupFingerprint(data, await readDocumentStamps());
    if (!force && digest === (await getSetting(FINGERPRINT_KEY, Fingerprint, ''))) return null;
    const { documents: stored } = await readHeads();
    const documentOf = documentOfLookup(stored);
    // The user's documents travel with their originals, as in an export (within its size cap).
    const documents =
      stored.length > 0 ? exportDocuments(await readDocumentsWithFiles(undefined, yieldToWindow)).items : [];
    // Serialised in slices, the window handling input between them: in one JSON.stringify, a
    // large library's backup held it for more than a second.
    const parts = await jsonInSlices(
      {
        ...toWebAnnotation(data, { label: 'Sauvegarde automatique', sectionText, documentOf }),
        ...(documents.length > 0 && { [DOCUMENTS_KEY]: documents }),
      },
      yieldToWindow,
    );
    const result = await writeInPieces(parts);
    // The backup is written: a fingerprint that cannot be kept only costs a copy at the next start.
    if (result.ok) await setSetting(FINGERPRINT_KEY, Fingerprint, digest).catch(() => undefined);
    error = result.ok ? null : result.error.message;
  } catch (e) {
    error = backupErrorMessage(e);
  }
  setFailure(error);
  if (error) getApi().logError(`Sauvegarde automatique : ${error}`);
  return error;
}

export function useAutoBackup(): void {
  const { byId } = useCatalogue();
  useEffect(() => {
    sectionText = sectionTextLookup(byId);
  }, [byId]);
  useEffect(() => {
    const run = () => void backupNow();
    const first = setTimeout(run, FIRST_DELAY_MS);
    const every = setInterval(run, EVERY_MS);
    const off = registerCommand('backup-now', async () => {
      const error = await backupNow(true);
      announce(error ?? 'Sauvegarde enregistrée.');
    });
    return () => {
      clearTimeout(first);
      clearInterval(every);
      off();
    };
  }, []);
}
