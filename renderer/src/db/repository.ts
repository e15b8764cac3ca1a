// Every write the annotation views make, as plain functions over a database, so tests and the
// bench drive exactly the code the UI runs.
import type { ReperesDb } from './ReperesDb';
import type { CollectionRow, ColorRow, HighlightRow, NoteRow } from './rows';
import { normaliseTags } from './versions';
import { TEXT_CAPS } from '../core/text-caps';
import type { AnnotationData } from '../core/annotations-export/types';

export type { AnnotationData };

export function newId(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
}

export const ANNOTATION_TABLES = [
  'notes',
  'highlights',
  'colors',
  'entryTags',
  'favourites',
  'collections',
  'collectionItems',
] as const satisfies readonly (keyof AnnotationData)[];

// ---- notes and drafts ----

export const draftKey = (noteId: string) => `note:${noteId}`;

/** Creates or updates a note; returns the saved row. */
export async function saveNote(
  db: ReperesDb,
  note: { id: string; targetId: string; body: string },
): Promise<NoteRow> {
  const now = Date.now();
  return db.transaction('rw', db.notes, db.drafts, async () => {
    const existing = await db.notes.get(note.id);
    const row: NoteRow = {
      id: note.id,
      targetId: note.targetId,
      body: note.body,
      createdAt: existing?.createdAt ?? now,
      updatedAt: Math.max(now, (existing?.updatedAt ?? 0) + 1),
    };
    await db.notes.put(row);
    // The draft is only a safety net for text not yet saved: once saved, it is stale.
    const draft = await db.drafts.get(draftKey(note.id));
    if (draft && draft.body === note.body) await db.drafts.delete(draftKey(note.id));
    return row;
  });
}

export async function saveDraft(db: ReperesDb, noteId: string, body: string): Promise<void> {
  await db.drafts.put({ key: draftKey(noteId), body, updatedAt: Date.now() });
}

export async function deleteNote(db: ReperesDb, id: string): Promise<void> {
  await db.transaction('rw', db.notes, db.drafts, async () => {
    await db.notes.delete(id);
    await db.drafts.delete(draftKey(id));
  });
}

// ---- highlights ----

export async function addHighlight(
  db: ReperesDb,
  h: Omit<HighlightRow, 'id' | 'createdAt' | 'updatedAt'>,
): Promise<HighlightRow> {
  const now = Date.now();
  const row: HighlightRow = {
    ...h,
    tags: normaliseTags(h.tags),
    id: newId(),
    createdAt: now,
    updatedAt: now,
  };
  await db.highlights.add(row);
  return row;
}

export async function updateHighlight(
  db: ReperesDb,
  id: string,
  changes: Partial<Pick<HighlightRow, 'colorId' | 'comment' | 'tags'>>,
): Promise<void> {
  const patch = { ...changes, updatedAt: Date.now() };
  if (patch.tags) patch.tags = normaliseTags(patch.tags);
  await db.highlights.update(id, patch);
}

export async function deleteHighlight(db: ReperesDb, id: string): Promise<void> {
  await db.highlights.delete(id);
}

// ---- colours ----

export async function renameColor(db: ReperesDb, id: string, name: string): Promise<void> {
  const clean = name.replace(/\s+/g, ' ').trim().slice(0, TEXT_CAPS.colourName);
  if (clean) await db.colors.update(id, { name: clean });
}

// ---- entry tags and favourites ----

export async function addEntryTag(db: ReperesDb, targetId: string, tag: string): Promise<void> {
  const [clean] = normaliseTags([tag]);
  if (!clean) return;
  await db.transaction('rw', db.entryTags, async () => {
    const existing = await db.entryTags.where('targetId').equals(targetId).toArray();
    if (existing.some((t) => t.tag.toLocaleLowerCase('fr') === clean.toLocaleLowerCase('fr'))) return;
    await db.entryTags.put({ targetId, tag: clean, createdAt: Date.now() });
  });
}

export async function removeEntryTag(db: ReperesDb, targetId: string, tag: string): Promise<void> {
  await db.entryTags.delete([targetId, tag]);
}

/** Every tag in use, on entries or highlights, sorted the French way: feeds autocomplete. */
export async function allTags(db: ReperesDb): Promise<string[]> {
  const [entryTags, highlightTags] = await Promise.all([
    db.entryTags.orderBy('tag').uniqueKeys(),
    db.highlights.orderBy('tags').uniqueKeys(),
  ]);
  return normaliseTags([...entryTags, ...highlightTags].map(String)).sort((a, b) => a.localeCompare(b, 'fr'));
}

export async function toggleFavourite(db: ReperesDb, targetId: string): Promise<boolean> {
  return db.transaction('rw', db.favourites, async () => {
    if (await db.favourites.get(targetId)) {
      await db.favourites.delete(targetId);
      return false;
    }
    await db.favourites.put({ targetId, createdAt: Date.now() });
    return true;
  });
}

// ---- collections ----

export async function createCollection(db: ReperesDb, name: string): Promise<CollectionRow> {
  const clean = name.replace(/\s+/g, ' ').trim().slice(0, TEXT_CAPS.collectionName);
  if (!clean) throw new Error('empty collection name');
  const now = Date.now();
  return db.transaction('rw', db.collections, async () => {
    const last = await db.collections.orderBy('order').last();
    const row: CollectionRow = {
      id: newId(),
      name: clean,
      description: '',
      order: (last?.order ?? -1) + 1,
      createdAt: now,
      updatedAt: now,
    };
    await db.collections.add(row);
    return row;
  });
}

export async function renameCollection(db: ReperesDb, id: string, name: string): Promise<void> {
  const clean = name.replace(/\s+/g, ' ').trim().slice(0, TEXT_CAPS.collectionName);
  if (clean) await db.collections.update(id, { name: clean, updatedAt: Date.now() });
}

export async function deleteCollection(db: ReperesDb, id: string): Promise<void> {
  await db.transaction('rw', db.collections, db.collectionItems, async () => {
    await db.collectionItems.where('collectionId').equals(id).delete();
    await db.collections.delete(id);
  });
}

/** Adds an entry at the end of a collection; an entry already there stays where it is. */
export async function addToCollection(
  db: ReperesDb,
  collectionId: string,
  targetId: string,
): Promise<boolean> {
  return db.transaction('rw', db.collections, db.collectionItems, async () => {
    const dup = await db.collectionItems
      .where('[collectionId+targetId]')
      .equals([collectionId, targetId])
      .first();
    if (dup) return false;
    const last = await db.collectionItems
      .where('[collectionId+order]')
      .between([collectionId, -Infinity], [collectionId, Infinity])
      .last();
    await db.collectionItems.add({
      id: newId(),
      collectionId,
      targetId,
      order: (last?.order ?? -1) + 1,
      addedAt: Date.now(),
    });
    await db.collections.update(collectionId, { updatedAt: Date.now() });
    return true;
  });
}

export async function removeFromCollection(db: ReperesDb, itemId: string): Promise<void> {
  await db.collectionItems.delete(itemId);
}

/** Moves an item one place up (-1) or down (+1) in its collection. */
export async function moveCollectionItem(db: ReperesDb, itemId: string, delta: -1 | 1): Promise<void> {
  await db.transaction('rw', db.collectionItems, async () => {
    const item = await db.collectionItems.get(itemId);
    if (!item) return;
    const items = await db.collectionItems
      .where('[collectionId+order]')
      .between([item.collectionId, -Infinity], [item.collectionId, Infinity])
      .toArray();
    const i = items.findIndex((x) => x.id === itemId);
    const other = items[i + delta];
    if (!other) return;
    await db.collectionItems.update(item.id, { order: other.order });
    await db.collectionItems.update(other.id, { order: item.order });
  });
}

// ---- whole-database operations ----

export async function readAll(db: ReperesDb): Promise<AnnotationData> {
  return db.transaction(
    'r',
    ANNOTATION_TABLES.map((t) => db.table(t)),
    async () => ({
      notes: await db.notes.toArray(),
      highlights: await db.highlights.toArray(),
      colors: await db.colors.orderBy('order').toArray(),
      entryTags: await db.entryTags.toArray(),
      favourites: await db.favourites.toArray(),
      collections: await db.collections.orderBy('order').toArray(),
      collectionItems: await db.collectionItems.toArray(),
    }),
  );
}

/** Writes rows in one transaction: either every row lands or none does. */
export async function writeAll(db: ReperesDb, rows: AnnotationData): Promise<void> {
  await db.transaction(
    'rw',
    ANNOTATION_TABLES.map((t) => db.table(t)),
    async () => {
      for (const table of ANNOTATION_TABLES) {
        const list = rows[table] as unknown[];
        if (list.length > 0) await db.table(table).bulkPut(list);
      }
    },
  );
}

/** Deletes everything the user wrote (the comparison tray and saved comparisons are not annotations). */
export async function wipeAll(db: ReperesDb, colors: readonly ColorRow[]): Promise<void> {
  await db.transaction('rw', [...ANNOTATION_TABLES.map((t) => db.table(t)), db.drafts], async () => {
    for (const table of ANNOTATION_TABLES) await db.table(table).clear();
    await db.drafts.clear();
    await db.colors.bulkAdd(colors.map((c) => ({ ...c })));
  });
}
