// The storage gateway of the user's imported documents: every read and write of the documents,
// documentHeads and documentFiles tables goes through here (the sharing bridge aside, which keeps
// the heads too, see sharing/registry.ts). Rows are validated with zod on the way in and out.
import { liveQuery } from 'dexie';
import { db as appDb, type ReperesDb } from './ReperesDb';
import { DocumentFileRow, DocumentHead, DocumentRow, headOf, shortLabel } from './document-rows';
import { HighlightRow } from './rows';

export { DocumentRow, DocumentFileRow, DocumentHead } from './document-rows';

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

export interface StoredHeads {
  documents: DocumentHead[];
  /** Heads that no longer pass the schema, for documents that are still there. */
  unreadable: number;
  /**
   * Documents whose head is missing or unreadable, and heads left without their document: what
   * `repairHeads` puts right (a row written by an older build, or by hand, as the benches do not).
   */
  stale: string[];
}

const idOf = (row: unknown): unknown =>
  typeof row === 'object' && row !== null ? (row as { id?: unknown }).id : null;

/**
 * Every readable document's head, oldest first: what « Mes documents » and the catalogue show,
 * without reading the documents' text. Only the documents' keys are read from their table.
 */
export async function readHeads(db: ReperesDb = appDb()): Promise<StoredHeads> {
  return db.transaction('r', db.documentHeads, db.documents, async () => {
    const [rows, keys] = await Promise.all([
      db.documentHeads.orderBy('addedAt').toArray(),
      db.documents.toCollection().primaryKeys(),
    ]);
    const stored = new Set<unknown>(keys);
    const documents: DocumentHead[] = [];
    const stale: string[] = [];
    const headed = new Set<unknown>();
    let unreadable = 0;
    for (const row of rows) {
      const id = idOf(row);
      if (!stored.has(id)) {
        stale.push(String(id));
        continue;
      }
      const parsed = DocumentHead.safeParse(row);
      if (parsed.success) {
        documents.push(parsed.data);
        headed.add(id);
      } else unreadable++;
    }
    for (const key of keys) if (!headed.has(key)) stale.push(String(key));
    return { documents, unreadable, stale };
  });
}

/** Heads per request when only ids and dates are wanted: a head carries its entries' text. */
const STAMP_PAGE = 10;

/** A document's id and its last change: what says whether it changed since a given time. */
export interface DocumentStamp {
  id: string;
  updatedAt: number;
}

/**
 * Every document's id and last change, by id: read a few heads at a time, in one transaction (the
 * window handles input between the requests), and only these two fields checked. The automatic
 * backup's check needs nothing else; reading and validating 200 heads at once (readHeads) held
 * the window ~650 ms.
 */
export async function readDocumentStamps(db: ReperesDb = appDb()): Promise<DocumentStamp[]> {
  return db.transaction('r', db.documentHeads, async () => {
    const stamps: DocumentStamp[] = [];
    let last: string | undefined;
    for (;;) {
      const from =
        last === undefined ? db.documentHeads.orderBy(':id') : db.documentHeads.where(':id').above(last);
      const page = (await from.limit(STAMP_PAGE).toArray()) as unknown[];
      for (const row of page) {
        const { id, updatedAt } = row as { id?: unknown; updatedAt?: unknown };
        if (typeof id === 'string' && typeof updatedAt === 'number') stamps.push({ id, updatedAt });
      }
      if (page.length < STAMP_PAGE) return stamps;
      const next = idOf(page[page.length - 1]);
      if (typeof next !== 'string') return stamps;
      last = next;
    }
  });
}

/** Writes again the heads of these documents from their rows, and drops heads without a document. */
export async function repairHeads(ids: readonly string[], db: ReperesDb = appDb()): Promise<void> {
  await db.transaction('rw', db.documents, db.documentHeads, async () => {
    for (const id of ids) {
      const parsed = DocumentRow.safeParse(await db.documents.get(id));
      if (parsed.success && parsed.data.id === id) await db.documentHeads.put(headOf(parsed.data));
      else await db.documentHeads.delete(id);
    }
  });
}

/** These documents' heads, for the search worker (missing and unreadable ones left out). */
export async function readHeadsById(ids: string[], db: ReperesDb = appDb()): Promise<DocumentHead[]> {
  const rows = await db.documentHeads.bulkGet(ids);
  return rows.flatMap((row) => {
    const parsed = DocumentHead.safeParse(row);
    return parsed.success ? [parsed.data] : [];
  });
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
  return db.transaction('rw', db.documents, db.documentHeads, db.documentFiles, async () => {
    const previous = await db.documents.get(checked.id);
    const next = previous ? { ...checked, addedAt: previous.addedAt } : checked;
    await db.documents.put(next);
    await db.documentHeads.put(headOf(next));
    await db.documentFiles.put(stored);
    return next;
  });
}

export async function renameDocument(id: string, title: string, db: ReperesDb = appDb()): Promise<void> {
  const clean = title.replace(/\s+/g, ' ').trim();
  if (!clean) throw new Error('Le titre ne peut pas être vide.');
  await db.transaction('rw', db.documents, db.documentHeads, async () => {
    const row = DocumentRow.parse(await db.documents.get(id));
    const next = {
      ...row,
      title: clean,
      source: { ...row.source, title: clean, label: shortLabel(clean) },
      updatedAt: Date.now(),
    };
    await db.documents.put(next);
    await db.documentHeads.put(headOf(next));
  });
}

/** « Partager le fichier d'origine »: whether the file goes with the document when sharing is on. */
export async function setShareFile(id: string, share: boolean, db: ReperesDb = appDb()): Promise<void> {
  await db.transaction('rw', db.documents, db.documentHeads, async () => {
    const row = DocumentRow.safeParse(await db.documents.get(id));
    if (!row.success) return;
    const next = { ...row.data, shareFile: share, updatedAt: Date.now() };
    await db.documents.put(next);
    await db.documentHeads.put(headOf(next));
  });
}

/** Removes a document and its file. The user's annotations on its entries are kept (orphans). */
export async function removeDocument(id: string, db: ReperesDb = appDb()): Promise<void> {
  await db.transaction('rw', db.documents, db.documentHeads, db.documentFiles, async () => {
    await db.documents.delete(id);
    await db.documentHeads.delete(id);
    await db.documentFiles.delete(id);
  });
}

export async function documentFile(id: string, db: ReperesDb = appDb()): Promise<Blob | null> {
  const parsed = DocumentFileRow.safeParse(await db.documentFiles.get(id));
  return parsed.success ? parsed.data.blob : null;
}

/**
 * Calls `next` with the readable documents' heads now and after every change; returns the
 * unsubscribe. Stale heads are repaired once each (the repair's write brings the next call).
 */
export function watchDocumentHeads(
  next: (documents: DocumentHead[]) => void,
  error: (error: unknown) => void,
  db: ReperesDb = appDb(),
): () => void {
  const tried = new Set<string>();
  const subscription = liveQuery(() => readHeads(db)).subscribe({
    next: (stored) => {
      next(stored.documents);
      const todo = stored.stale.filter((id) => !tried.has(id));
      for (const id of todo) tried.add(id);
      if (todo.length > 0) repairHeads(todo, db).catch(error);
    },
    error,
  });
  return () => subscription.unsubscribe();
}

export interface Replacement {
  /** Highlights found again in the new text. */
  moved: number;
  /** Highlights kept but not found: listed as orphans in « Mes annotations ». */
  orphaned: number;
  /** Old entries with no counterpart in the new version (their notes stay, as orphans). */
  unmatched: number;
}

/** What follows the old entries to the new ones, worked out by core/anchoring/reanchor. */
export interface ReplacementPlan {
  /** Old entry id → new entry id, for the entries found in the new version. */
  entryMap: ReadonlyMap<string, string>;
  moved: HighlightRow[];
  orphaned: HighlightRow[];
}

/**
 * Replaces a document by a new version, in one transaction: the old row and file go, the new ones
 * come (keeping the date the document was first added), and everything the user attached to the
 * old entries follows them to their counterparts: highlights re-anchored in the new text, notes,
 * tags, favourites, collections, the comparison tray and saved comparisons.
 */
export async function replaceDocument(
  oldId: string,
  row: DocumentRow,
  file: Blob,
  plan: (previous: DocumentRow, next: DocumentRow, highlights: HighlightRow[]) => ReplacementPlan,
  db: ReperesDb = appDb(),
): Promise<Replacement> {
  const checked = DocumentRow.parse(row);
  const stored = DocumentFileRow.parse({ id: checked.id, blob: file, type: file.type });
  const tables = [
    db.documents,
    db.documentHeads,
    db.documentFiles,
    db.highlights,
    db.notes,
    db.entryTags,
    db.favourites,
    db.collectionItems,
    db.tray,
    db.comparisons,
    db.corrections,
  ];
  return db.transaction('rw', tables, async () => {
    const previous = DocumentRow.parse(await db.documents.get(oldId));
    const oldIds = previous.entries.map((e) => e.id);
    const highlights = (await db.highlights.where('targetId').anyOf(oldIds).toArray()).flatMap((h) => {
      const parsed = HighlightRow.safeParse(h);
      return parsed.success ? [parsed.data] : [];
    });
    const { entryMap: map, moved, orphaned } = plan(previous, checked, highlights);
    const follow = (id: string) => map.get(id) ?? id;
    const next = { ...checked, addedAt: previous.addedAt };
    await db.documents.delete(oldId);
    await db.documentHeads.delete(oldId);
    await db.documentFiles.delete(oldId);
    await db.documents.put(next);
    await db.documentHeads.put(headOf(next));
    await db.documentFiles.put(stored);
    await db.highlights.bulkPut([...moved, ...orphaned]);
    if (map.size > 0) {
      const moving = [...map.keys()];
      await db.notes
        .where('targetId')
        .anyOf(moving)
        .modify((n) => void (n.targetId = follow(n.targetId)));
      await db.collectionItems
        .where('targetId')
        .anyOf(moving)
        .modify((i) => void (i.targetId = follow(i.targetId)));
      // Corrections follow their entry; a passage one is anchored again in the new text each
      // time the entry shows (quote first), and listed as an orphan where it cannot be found.
      await db.corrections
        .where('targetId')
        .anyOf(moving)
        .modify((c) => void (c.targetId = follow(c.targetId)));
      // Keyed by their target: moved by deleting and adding again.
      const tags = await db.entryTags.where('targetId').anyOf(moving).toArray();
      await db.entryTags.bulkDelete(tags.map((t) => [t.targetId, t.tag] as [string, string]));
      await db.entryTags.bulkPut(tags.map((t) => ({ ...t, targetId: follow(t.targetId) })));
      const favourites = await db.favourites.where('targetId').anyOf(moving).toArray();
      await db.favourites.bulkDelete(favourites.map((f) => f.targetId));
      await db.favourites.bulkPut(favourites.map((f) => ({ ...f, targetId: follow(f.targetId) })));
      const tray = await db.tray.where('targetId').anyOf(moving).toArray();
      await db.tray.bulkDelete(tray.map((t) => t.targetId));
      await db.tray.bulkPut(tray.map((t) => ({ ...t, targetId: follow(t.targetId) })));
      await db.comparisons.toCollection().modify((c) => {
        if (c.targetIds.some((id) => map.has(id))) {
          c.targetIds = c.targetIds.map(follow);
          c.baselineId = c.baselineId === null ? null : follow(c.baselineId);
        }
      });
    }
    return { moved: moved.length, orphaned: orphaned.length, unmatched: oldIds.length - map.size };
  });
}

/** Documents read at a time by `readDocumentsWithFiles`: each page a short task. */
const DOCUMENT_PAGE = 10;

/**
 * Every readable document with its original's bytes, oldest first, for an export or a backup.
 * Read a page of documents at a time, `pause` between pages: in one read, 200 documents with
 * their text held the window for more than a second at each automatic backup. Not one snapshot:
 * a document deleted meanwhile is left out.
 */
export async function readDocumentsWithFiles(
  db: ReperesDb = appDb(),
  pause: () => Promise<void> = () => Promise.resolve(),
): Promise<{ row: DocumentRow; file: { type: string; bytes: Uint8Array } | null }[]> {
  const ids = await db.documents.orderBy('addedAt').primaryKeys();
  const out: { row: DocumentRow; file: { type: string; bytes: Uint8Array } | null }[] = [];
  for (let at = 0; at < ids.length; at += DOCUMENT_PAGE) {
    if (at > 0) await pause();
    const page = ids.slice(at, at + DOCUMENT_PAGE);
    const [rows, files] = await Promise.all([db.documents.bulkGet(page), db.documentFiles.bulkGet(page)]);
    for (const [i, stored] of rows.entries()) {
      const row = DocumentRow.safeParse(stored);
      if (!row.success) continue;
      const file = DocumentFileRow.safeParse(files[i]);
      out.push({
        row: row.data,
        file: file.success
          ? { type: file.data.type, bytes: new Uint8Array(await file.data.blob.arrayBuffer()) }
          : null,
      });
    }
  }
  return out;
}

/** Writes imported documents in one transaction; one without its original keeps the file kept here. */
export async function importDocuments(
  items: readonly { row: DocumentRow; file: { type: string; bytes: Uint8Array } | null }[],
  db: ReperesDb = appDb(),
): Promise<void> {
  const rows = items.map((i) => DocumentRow.parse(i.row));
  const files = items.flatMap((i) =>
    i.file
      ? [
          DocumentFileRow.parse({
            id: i.row.id,
            blob: new Blob([i.file.bytes as Uint8Array<ArrayBuffer>], { type: i.file.type }),
            type: i.file.type,
          }),
        ]
      : [],
  );
  await db.transaction('rw', db.documents, db.documentHeads, db.documentFiles, async () => {
    if (rows.length > 0) {
      await db.documents.bulkPut(rows);
      await db.documentHeads.bulkPut(rows.map(headOf));
    }
    if (files.length > 0) await db.documentFiles.bulkPut(files);
  });
}
