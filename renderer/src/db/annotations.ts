// Gateway of the annotations: notes, highlights, colours, tags and favourites. Every read and
// write of these tables goes through here; reads are validated against the row schemas. Each
// function takes the database last, defaulting to the app's, so tests and the bench drive
// exactly the code the UI runs.
import { useEffect, useRef } from 'react';
import type { IndexableType } from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import { db, type ReperesDb } from './ReperesDb';
import { ColorRow, EntryTagRow, FavouriteRow, HighlightRow, NoteRow } from './rows';
import { TEXT_CAPS } from './text-caps';
import { ANNOTATION_SCHEMAS, ANNOTATION_TABLES, type AnnotationData, type AnnotationTable } from './tables';
import { normaliseTags } from './versions';
import { validRow, validRows } from './validate';
import { clearDraft, draftKeys } from './drafts';
import { whereTarget } from './by-target';

export type { AnnotationData };

export function newId(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
}

const NONE: never[] = [];

// ---- notes ----

/** Creates or updates a note; returns the saved row. Its draft, once saved, is dropped. */
export async function saveNote(
  note: { id: string; targetId: string; body: string },
  d: ReperesDb = db(),
): Promise<NoteRow> {
  const now = Date.now();
  const row = await d.transaction('rw', d.notes, async () => {
    const existing = await d.notes.get(note.id);
    const saved = NoteRow.parse({
      id: note.id,
      targetId: note.targetId,
      body: note.body,
      createdAt: existing?.createdAt ?? now,
      updatedAt: Math.max(now, (existing?.updatedAt ?? 0) + 1),
    });
    await d.notes.put(saved);
    return saved;
  });
  await clearDraft(draftKeys.note(note.id), note.body, d);
  return row;
}

export async function getNote(id: string, d: ReperesDb = db()): Promise<NoteRow | undefined> {
  return validRow(NoteRow, await d.notes.get(id), 'notes');
}

export async function deleteNote(id: string, d: ReperesDb = db()): Promise<void> {
  await d.transaction('rw', d.notes, d.drafts, async () => {
    await d.notes.delete(id);
    await d.drafts.delete(draftKeys.note(id));
  });
}

/** Notes on these targets (entries, events or "comparison:<id>"). */
export async function notesOn(targetIds: readonly string[], d: ReperesDb = db()): Promise<NoteRow[]> {
  return validRows(NoteRow, await whereTarget(d.notes, targetIds).toArray(), 'notes');
}

export function useNotes(targetId: string): NoteRow[] | undefined {
  return useLiveQuery(
    async () =>
      validRows(NoteRow, await db().notes.where('targetId').equals(targetId).sortBy('createdAt'), 'notes'),
    [targetId],
  );
}

/** Never throws: where storage is unavailable (private window, blocked IndexedDB) there are none. */
export async function orNone<T>(load: () => Promise<T[]>): Promise<T[]> {
  try {
    return await load();
  } catch {
    return [];
  }
}

/** The latest notes changed; none when storage is unavailable. */
export function useRecentNotes(limit: number): NoteRow[] {
  return (
    useLiveQuery(
      () =>
        orNone(async () =>
          validRows(NoteRow, await db().notes.orderBy('updatedAt').reverse().limit(limit).toArray(), 'notes'),
        ),
      [limit],
    ) ?? NONE
  );
}

// ---- highlights ----

/** A new highlight's row as it is stored, made before it is: the view can show it at once. */
export function newHighlightRow(h: Omit<HighlightRow, 'id' | 'createdAt' | 'updatedAt'>): HighlightRow {
  const now = Date.now();
  return HighlightRow.parse({
    ...h,
    tags: normaliseTags(h.tags),
    id: newId(),
    createdAt: now,
    updatedAt: now,
  });
}

/** Stores a row made by `newHighlightRow`. */
export async function storeHighlight(row: HighlightRow, d: ReperesDb = db()): Promise<HighlightRow> {
  await d.highlights.add(row);
  return row;
}

export async function addHighlight(
  h: Omit<HighlightRow, 'id' | 'createdAt' | 'updatedAt'>,
  d: ReperesDb = db(),
): Promise<HighlightRow> {
  // A highlight made before the colours were read (a very quick click) gets the first colour.
  const colorId = h.colorId || (await d.colors.orderBy('order').first())?.id || '';
  return storeHighlight(newHighlightRow({ ...h, colorId }), d);
}

export async function updateHighlight(
  id: string,
  changes: Partial<Pick<HighlightRow, 'colorId' | 'comment' | 'tags'>>,
  d: ReperesDb = db(),
): Promise<void> {
  const patch = { ...changes, updatedAt: Date.now() };
  if (patch.tags) patch.tags = normaliseTags(patch.tags);
  await d.highlights.update(id, patch);
  if (changes.comment !== undefined) await clearDraft(draftKeys.comment(id), changes.comment, d);
}

export async function getHighlight(id: string, d: ReperesDb = db()): Promise<HighlightRow | undefined> {
  return validRow(HighlightRow, await d.highlights.get(id), 'highlights');
}

export async function deleteHighlight(id: string, d: ReperesDb = db()): Promise<void> {
  await d.transaction('rw', d.highlights, d.drafts, async () => {
    await d.highlights.delete(id);
    await d.drafts.bulkDelete([draftKeys.comment(id), draftKeys.pending(`tag:${id}`)]);
  });
}

export async function highlightsOn(
  targetIds: readonly string[],
  d: ReperesDb = db(),
): Promise<HighlightRow[]> {
  return validRows(HighlightRow, await whereTarget(d.highlights, targetIds).toArray(), 'highlights');
}

export function useHighlights(targetId: string): HighlightRow[] | undefined {
  return useLiveQuery(async () => highlightsOn([targetId]), [targetId]);
}

export interface HighlightsWithColors {
  highlights: HighlightRow[];
  colors: ColorRow[];
}

/**
 * The highlights of one target and the colours, in one read: an entry draws its marks in their
 * colours from the first frame they show (read apart, the colours could come a frame later).
 * Both asked at once, in one transaction (a consistent snapshot).
 */
export function readHighlightsWithColors(
  targetId: string,
  d: ReperesDb = db(),
): Promise<HighlightsWithColors> {
  return d.transaction('r', d.highlights, d.colors, async () => {
    const [highlights, colors] = await Promise.all([highlightsOn([targetId], d), listColors(d)]);
    return { highlights, colors };
  });
}

/** The same, live. */
export function useHighlightsWithColors(targetId: string): HighlightsWithColors | undefined {
  return useLiveQuery(() => readHighlightsWithColors(targetId), [targetId]);
}

/** The latest highlights changed; none when storage is unavailable. */
export function useRecentHighlights(limit: number): HighlightRow[] {
  return (
    useLiveQuery(
      () =>
        orNone(async () =>
          validRows(
            HighlightRow,
            await db().highlights.orderBy('updatedAt').reverse().limit(limit).toArray(),
            'highlights',
          ),
        ),
      [limit],
    ) ?? NONE
  );
}

// ---- colours ----

export async function listColors(d: ReperesDb = db()): Promise<ColorRow[]> {
  return validRows(ColorRow, await d.colors.orderBy('order').toArray(), 'colors');
}

export async function renameColor(id: string, name: string, d: ReperesDb = db()): Promise<void> {
  const clean = name.replace(/\s+/g, ' ').trim().slice(0, TEXT_CAPS.colourName);
  if (clean) await d.colors.update(id, { name: clean });
  await clearDraft(draftKeys.colorName(id), name, d);
}

export function useColors(): ColorRow[] {
  return useLiveQuery(() => listColors(), []) ?? NONE;
}

// ---- entry tags and favourites ----

export async function addEntryTag(targetId: string, tag: string, d: ReperesDb = db()): Promise<void> {
  const [clean] = normaliseTags([tag]);
  if (!clean) return;
  await d.transaction('rw', d.entryTags, async () => {
    const existing = await d.entryTags.where('targetId').equals(targetId).toArray();
    if (existing.some((t) => t.tag.toLocaleLowerCase('fr') === clean.toLocaleLowerCase('fr'))) return;
    await d.entryTags.put(EntryTagRow.parse({ targetId, tag: clean, createdAt: Date.now() }));
  });
}

export async function removeEntryTag(targetId: string, tag: string, d: ReperesDb = db()): Promise<void> {
  await d.entryTags.delete([targetId, tag]);
}

/** Every tag in use, on entries or highlights, sorted the French way: feeds autocomplete. */
export async function allTags(d: ReperesDb = db()): Promise<string[]> {
  const [entryTags, highlightTags] = await Promise.all([
    d.entryTags.orderBy('tag').uniqueKeys(),
    d.highlights.orderBy('tags').uniqueKeys(),
  ]);
  return normaliseTags([...entryTags, ...highlightTags].map(String)).sort((a, b) => a.localeCompare(b, 'fr'));
}

export function useAllTags(): string[] {
  return useLiveQuery(() => allTags(), []) ?? NONE;
}

export function useEntryTags(targetId: string): EntryTagRow[] {
  return (
    useLiveQuery(
      async () =>
        validRows(
          EntryTagRow,
          await db().entryTags.where('targetId').equals(targetId).toArray(),
          'entryTags',
        ),
      [targetId],
    ) ?? NONE
  );
}

export async function toggleFavourite(targetId: string, d: ReperesDb = db()): Promise<boolean> {
  return d.transaction('rw', d.favourites, async () => {
    if (await d.favourites.get(targetId)) {
      await d.favourites.delete(targetId);
      return false;
    }
    await d.favourites.put(FavouriteRow.parse({ targetId, createdAt: Date.now() }));
    return true;
  });
}

/**
 * The ids the user marked « Favori », newest first, live: the catalogue's « Favoris » filter and
 * the overview read them. Undefined while loading; empty when storage cannot be read (the
 * catalogue still works, showing that none are found).
 */
/** Favourites, newest first; [] when storage cannot be read. */
export async function readFavourites(): Promise<FavouriteRow[]> {
  try {
    return validRows(
      FavouriteRow,
      await db().favourites.orderBy('createdAt').reverse().toArray(),
      'favourites',
    );
  } catch {
    return [];
  }
}

export function useFavourites(): FavouriteRow[] | undefined {
  return useLiveQuery(readFavourites, []);
}

export function useIsFavourite(targetId: string): boolean {
  return useLiveQuery(async () => Boolean(await db().favourites.get(targetId)), [targetId]) ?? false;
}

// ---- everything the user wrote ----

/**
 * Rows per request when a table is read in pages. Reading and checking 2,000 annotations is a
 * task of a few milliseconds; 25,000 in one request was one task of ~100 ms (the rows' copy out
 * of IndexedDB, then their validation), which held up whatever the user did next.
 */
const PAGE_ROWS = 2000;

/** Thrown by a paged read whose reader went away: nobody waits for the rest. */
export class ReadCancelled extends Error {
  constructor() {
    super('Lecture abandonnée');
    this.name = 'ReadCancelled';
  }
}

/**
 * A table's rows, validated. With `cancelled`, read in pages of PAGE_ROWS by primary key: each
 * page is a request of its own, so the window handles input and renders between them (the
 * transaction stays open as each page asks for the next), and the read stops at the first page
 * after `cancelled()` turns true.
 */
async function readTable(d: ReperesDb, t: AnnotationTable, cancelled?: () => boolean): Promise<unknown[]> {
  const table = d.table(t);
  const schema = ANNOTATION_SCHEMAS[t];
  if (t === 'colors' || t === 'collections')
    return validRows(schema, await table.orderBy('order').toArray(), t);
  const keyPath = table.schema.primKey.keyPath;
  if (!cancelled || typeof keyPath !== 'string') return validRows(schema, await table.toArray(), t);
  const out: unknown[] = [];
  let last: IndexableType | undefined;
  for (;;) {
    if (cancelled()) throw new ReadCancelled();
    const from = last === undefined ? table.orderBy(':id') : table.where(':id').above(last);
    const page = (await from.limit(PAGE_ROWS).toArray()) as Record<string, unknown>[];
    for (const row of validRows(schema, page, t)) out.push(row);
    if (page.length < PAGE_ROWS) return out;
    last = page[page.length - 1]![keyPath] as IndexableType;
  }
}

/**
 * Every annotation table, validated row by row (one transaction, so a consistent snapshot).
 * `cancelled`: read in pages and give up once it returns true (a view that closed meanwhile).
 */
export async function readAll(
  d: ReperesDb = db(),
  { cancelled }: { cancelled?: () => boolean } = {},
): Promise<AnnotationData> {
  return d.transaction(
    'r',
    ANNOTATION_TABLES.map((t) => d.table(t)),
    async () => {
      const out = {} as Record<string, unknown[]>;
      for (const t of ANNOTATION_TABLES) out[t] = await readTable(d, t, cancelled);
      return out as unknown as AnnotationData;
    },
  );
}

/**
 * Everything, live; `enabled` false reads nothing yet (a view painting a first page first).
 * Read in pages: leaving the view stops the read, instead of the next view waiting for 25,000
 * rows nobody will show.
 */
export function useAnnotationData(enabled = true): AnnotationData | undefined {
  const gone = useRef(false);
  useEffect(() => {
    gone.current = false;
    return () => {
      gone.current = true;
    };
  }, []);
  return useLiveQuery(
    () => (enabled ? readAll(db(), { cancelled: () => gone.current }) : undefined),
    [enabled],
  );
}

/**
 * What « Mes annotations » shows first, before every row is read: the `limit` notes and
 * highlights changed last (the two big tables, through their updatedAt index) and the other
 * tables whole. The newest `limit` annotations of everything are among them, so the first page
 * of the list is the same as with all the rows.
 */
export async function readRecent(limit: number, d: ReperesDb = db()): Promise<AnnotationData> {
  return d.transaction(
    'r',
    ANNOTATION_TABLES.map((t) => d.table(t)),
    async () => {
      const out = {} as Record<string, unknown[]>;
      for (const t of ANNOTATION_TABLES) {
        const table = d.table(t);
        const rows =
          t === 'notes' || t === 'highlights'
            ? await table.orderBy('updatedAt').reverse().limit(limit).toArray()
            : t === 'colors' || t === 'collections'
              ? await table.orderBy('order').toArray()
              : await table.toArray();
        out[t] = validRows(ANNOTATION_SCHEMAS[t], rows, t);
      }
      return out as unknown as AnnotationData;
    },
  );
}

export function useRecentAnnotationData(limit: number): AnnotationData | undefined {
  return useLiveQuery(() => readRecent(limit), [limit]);
}

/** Writes rows in one transaction: either every row lands or none does. Rows are validated first. */
export async function writeAll(rows: AnnotationData, d: ReperesDb = db()): Promise<void> {
  const checked = Object.fromEntries(
    ANNOTATION_TABLES.map((t) => [t, (rows[t] as unknown[]).map((r) => ANNOTATION_SCHEMAS[t].parse(r))]),
  );
  await d.transaction(
    'rw',
    ANNOTATION_TABLES.map((t) => d.table(t)),
    async () => {
      for (const t of ANNOTATION_TABLES) if (checked[t]!.length > 0) await d.table(t).bulkPut(checked[t]!);
    },
  );
}

/** Deletes everything the user wrote (the comparison tray and saved comparisons are not annotations). */
export async function wipeAll(colors: readonly ColorRow[], d: ReperesDb = db()): Promise<void> {
  await d.transaction('rw', [...ANNOTATION_TABLES.map((t) => d.table(t)), d.drafts], async () => {
    for (const t of ANNOTATION_TABLES) await d.table(t).clear();
    await d.drafts.clear();
    await d.colors.bulkAdd(colors.map((c) => ({ ...c })));
  });
}
