// Gateway of the comparison: the tray (what is being compared now), saved comparisons, and the
// note on a saved comparison, which is an ordinary note (targetId "comparison:<id>", fixed id)
// saved through the note path, drafts included.
import { useLiveQuery } from 'dexie-react-hooks';
import { db, type ReperesDb } from './ReperesDb';
import { ColorRow, ComparisonRow, HighlightRow, MAX_COMPARED, NoteRow, TrayRow } from './rows';
import { TEXT_CAPS } from './text-caps';
import { validRow, validRows } from './validate';
import { deleteNote, highlightsOn, notesOn, orNone, saveNote } from './annotations';
import { draftKeys } from './drafts';

export { MAX_COMPARED };

const EMPTY: never[] = [];

/** Ids in the tray, in column order. */
export async function readTray(): Promise<string[]> {
  return validRows(TrayRow, await db().tray.orderBy('order').toArray(), 'tray').map((r) => r.targetId);
}

/** Ids in the tray, in column order; undefined while loading. */
export function useTray(): string[] | undefined {
  return useLiveQuery(readTray);
}

export type AddResult = 'added' | 'already' | 'full';

export async function addToTray(targetId: string, d: ReperesDb = db()): Promise<AddResult> {
  return d.transaction('rw', d.tray, async () => {
    if (await d.tray.get(targetId)) return 'already';
    const rows = await d.tray.orderBy('order').toArray();
    if (rows.length >= MAX_COMPARED) return 'full';
    const last = rows[rows.length - 1];
    await d.tray.add(TrayRow.parse({ targetId, order: last ? last.order + 1 : 0, addedAt: Date.now() }));
    return 'added';
  });
}

export async function removeFromTray(targetId: string, d: ReperesDb = db()): Promise<void> {
  await d.tray.delete(targetId);
}

export async function clearTray(d: ReperesDb = db()): Promise<void> {
  await d.tray.clear();
}

/** Replaces the tray with these ids in this order (reorder, swap, reopen a saved comparison). */
export async function setTray(ids: readonly string[], d: ReperesDb = db()): Promise<void> {
  const now = Date.now();
  await d.transaction('rw', d.tray, async () => {
    await d.tray.clear();
    await d.tray.bulkAdd(
      [...new Set(ids)].slice(0, MAX_COMPARED).map((targetId, order) => ({ targetId, order, addedAt: now })),
    );
  });
}

async function savedComparisons(limit: number | undefined, d: ReperesDb): Promise<ComparisonRow[]> {
  const query = d.comparisons.orderBy('updatedAt').reverse();
  return validRows(ComparisonRow, await (limit ? query.limit(limit) : query).toArray(), 'comparisons');
}

/** Saved comparisons, most recently changed first; undefined while loading. */
export function useSavedComparisons(limit?: number): ComparisonRow[] | undefined {
  return useLiveQuery(() => savedComparisons(limit, db()), [limit]);
}

/** The latest saved comparisons changed; none when storage is unavailable. */
export function useRecentComparisons(limit: number): ComparisonRow[] {
  return useLiveQuery(() => orNone(() => savedComparisons(limit, db())), [limit]) ?? EMPTY;
}

export function useSavedComparison(id: string | undefined): ComparisonRow | null | undefined {
  return useLiveQuery(async () => {
    if (!id) return null;
    return validRow(ComparisonRow, await db().comparisons.get(id), 'comparisons') ?? null;
  }, [id]);
}

export async function saveComparison(
  fields: { name: string; targetIds: string[]; baselineId: string | null; differencesOnly: boolean },
  d: ReperesDb = db(),
): Promise<string> {
  const now = Date.now();
  const row = ComparisonRow.parse({
    id: crypto.randomUUID(),
    ...fields,
    name: fields.name.trim().slice(0, TEXT_CAPS.comparisonName),
    createdAt: now,
    updatedAt: now,
  });
  await d.comparisons.add(row);
  return row.id;
}

export async function updateComparison(
  id: string,
  patch: Partial<Pick<ComparisonRow, 'name' | 'targetIds' | 'baselineId' | 'differencesOnly'>>,
  d: ReperesDb = db(),
): Promise<void> {
  await d.comparisons.update(id, { ...patch, updatedAt: Date.now() });
}

export async function deleteComparison(id: string, d: ReperesDb = db()): Promise<void> {
  await d.transaction('rw', d.comparisons, d.notes, d.drafts, async () => {
    await d.comparisons.delete(id);
    const notes = await d.notes.where('targetId').equals(comparisonTarget(id)).primaryKeys();
    await d.notes.bulkDelete(notes);
    await d.drafts.bulkDelete(notes.map((n) => draftKeys.note(n)));
  });
}

export const comparisonTarget = (id: string) => `comparison:${id}`;
export const comparisonNoteId = (id: string) => `comparison-note-${id}`;

/** The note on a saved comparison ('' when none); undefined while loading. */
export function useComparisonNote(id: string | undefined): string | undefined {
  return useLiveQuery(async () => {
    if (!id) return '';
    const notes = await notesOn([comparisonTarget(id)]);
    return notes.map((n) => n.body).join('\n\n');
  }, [id]);
}

/** Saves the note on a comparison through the note path; an emptied note is removed. */
export async function saveComparisonNote(id: string, body: string, d: ReperesDb = db()): Promise<void> {
  const noteId = comparisonNoteId(id);
  if (!body.trim()) await deleteNote(noteId, d);
  else await saveNote({ id: noteId, targetId: comparisonTarget(id), body }, d);
}

export interface ColumnAnnotationRows {
  notes: NoteRow[];
  highlights: HighlightRow[];
}

/** The user's notes and highlights on each compared item. */
export function useColumnAnnotations(ids: readonly string[]): Map<string, ColumnAnnotationRows> | undefined {
  const key = ids.join('\n');
  return useLiveQuery(async () => {
    const list = key ? key.split('\n') : EMPTY;
    const [notes, highlights] = await Promise.all([notesOn(list), highlightsOn(list)]);
    const map = new Map<string, ColumnAnnotationRows>(list.map((id) => [id, { notes: [], highlights: [] }]));
    for (const n of notes) map.get(n.targetId)?.notes.push(n);
    for (const h of highlights) map.get(h.targetId)?.highlights.push(h);
    for (const v of map.values()) {
      v.notes.sort((a, b) => a.createdAt - b.createdAt);
      v.highlights.sort(
        (a, b) => a.sectionRef.localeCompare(b.sectionRef) || a.position.start - b.position.start,
      );
    }
    return map;
  }, [key]);
}

/** Highlight colours by id, for drawing highlights in their own colour. */
export function useHighlightColours(): Map<string, string> | undefined {
  return useLiveQuery(
    async () =>
      new Map(validRows(ColorRow, await db().colors.toArray(), 'colors').map((c) => [c.id, c.value])),
  );
}
