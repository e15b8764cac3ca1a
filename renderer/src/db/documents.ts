// The storage gateway of the user's imported documents: every read and write of the documents
// and documentFiles tables goes through here. Rows are validated with zod on the way in and out.
import type { ReperesDb } from './ReperesDb';
import { DocumentFileRow, DocumentRow } from './document-rows';
import { shortLabel } from '../core/imported-documents';

export { DocumentRow, DocumentFileRow } from './document-rows';

export interface StoredDocuments {
  documents: DocumentRow[];
  /** Rows that no longer pass the schema (a damaged base): left in place, not shown. */
  unreadable: number;
}

/** Every readable document, oldest first. */
export async function readDocuments(db: ReperesDb): Promise<StoredDocuments> {
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

export async function findDocument(db: ReperesDb, sha256: string): Promise<DocumentRow | null> {
  const row = await db.documents.get(sha256);
  const parsed = DocumentRow.safeParse(row);
  return parsed.success ? parsed.data : null;
}

/**
 * Stores a document and its original file together, or neither. A document with the same
 * sha256 is replaced (the user chose to), keeping the date it was first added.
 */
export async function saveDocument(db: ReperesDb, row: DocumentRow, file: Blob): Promise<DocumentRow> {
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

export async function renameDocument(db: ReperesDb, id: string, title: string): Promise<void> {
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
export async function removeDocument(db: ReperesDb, id: string): Promise<void> {
  await db.transaction('rw', db.documents, db.documentFiles, async () => {
    await db.documents.delete(id);
    await db.documentFiles.delete(id);
  });
}

export async function documentFile(db: ReperesDb, id: string): Promise<Blob | null> {
  const parsed = DocumentFileRow.safeParse(await db.documentFiles.get(id));
  return parsed.success ? parsed.data.blob : null;
}
