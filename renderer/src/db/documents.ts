// The storage gateway of the user's imported documents: every read and write of the documents
// and documentFiles tables goes through here. Rows are validated with zod on the way in and out.
import { liveQuery } from 'dexie';
import { db as appDb, type ReperesDb } from './ReperesDb';
import { DocumentFileRow, DocumentRow, shortLabel } from './document-rows';

export { DocumentRow, DocumentFileRow } from './document-rows';

export interface StoredDocuments {
  documents: DocumentRow[];
  /** Rows that no longer pass the schema (a damaged base): left in place, not shown. */
  unreadable: number;
}

/** Every readable document, oldest first. */
export async function readDocuments(db: ReperesDb = appDb()): Promise<StoredDocuments> {
  const rows = await db.documents.orderBy('addedAt').toArray();
  const documents: DocumentRow[] = [];
  let unreadable = 0;
  for (const row of rows) {
    const parsed = DocumentRow.safeParse(row);
    if (parsed.success) documents.push(parsed.data);
    else unreadable++;
  }
  return { documents, unreadable };
}

export async function findDocument(sha256: string, db: ReperesDb = appDb()): Promise<DocumentRow | null> {
  const row = await db.documents.get(sha256);
  const parsed = DocumentRow.safeParse(row);
  return parsed.success ? parsed.data : null;
}

/**
 * Stores a document and its original file together, or neither. A document with the same
 * sha256 is replaced (the user chose to), keeping the date it was first added.
 */
export async function saveDocument(
  row: DocumentRow,
  file: Blob,
  db: ReperesDb = appDb(),
): Promise<DocumentRow> {
  const checked = DocumentRow.parse(row);
  const stored = DocumentFileRow.parse({ id: checked.id, blob: file, type: file.type });
  return db.transaction('rw', db.documents, db.documentFiles, async () => {
    const previous = await db.documents.get(checked.id);
    const next = previous ? { ...checked, addedAt: previous.addedAt } : checked;
    await db.documents.put(next);
    await db.documentFiles.put(stored);
    return next;
  });
}

export async function renameDocument(id: string, title: string, db: ReperesDb = appDb()): Promise<void> {
  const clean = title.replace(/\s+/g, ' ').trim();
  if (!clean) throw new Error('Le titre ne peut pas être vide.');
  await db.transaction('rw', db.documents, async () => {
    const row = DocumentRow.parse(await db.documents.get(id));
    await db.documents.put({
      ...row,
      title: clean,
      source: { ...row.source, title: clean, label: shortLabel(clean) },
      updatedAt: Date.now(),
    });
  });
}

/** Removes a document and its file. The user's annotations on its entries are kept (orphans). */
export async function removeDocument(id: string, db: ReperesDb = appDb()): Promise<void> {
  await db.transaction('rw', db.documents, db.documentFiles, async () => {
    await db.documents.delete(id);
    await db.documentFiles.delete(id);
  });
}

export async function documentFile(id: string, db: ReperesDb = appDb()): Promise<Blob | null> {
  const parsed = DocumentFileRow.safeParse(await db.documentFiles.get(id));
  return parsed.success ? parsed.data.blob : null;
}

/** Calls `next` with the readable documents now and after every change; returns the unsubscribe. */
export function watchDocuments(
  next: (documents: DocumentRow[]) => void,
  error: (error: unknown) => void,
  db: ReperesDb = appDb(),
): () => void {
  const subscription = liveQuery(() => readDocuments(db)).subscribe({
    next: (stored) => next(stored.documents),
    error,
  });
  return () => subscription.unsubscribe();
}
