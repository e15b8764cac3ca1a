// Everything the comparison keeps in IndexedDB: the tray (what is being compared now), saved
// comparisons, and the note on a saved comparison (a row of `notes` with targetId
// "comparison:<id>" and a fixed id, so autosave never creates a second note).
import { useLiveQuery } from 'dexie-react-hooks';
import { MAX_COMPARED } from '../../core/compare/compare';
import { db } from '../../db/ReperesDb';
import { ComparisonRow, HighlightRow, NoteRow, TrayRow } from '../../db/rows';

export { MAX_COMPARED };

const EMPTY: never[] = [];

function valid<T>(schema: { safeParse(x: unknown): { success: boolean; data?: T } }, rows: unknown[]): T[] {
  // Rows come back from storage the user (or an import) may have altered: drop what does not parse.
  return rows.flatMap((r) => {
    const parsed = schema.safeParse(r);
    return parsed.success ? [parsed.data as T] : [];
  });
}

/** Ids in the tray, in column order; undefined while loading. */
export function useTray(): string[] | undefined {
  return useLiveQuery(async () => {
    const rows = valid<TrayRow>(TrayRow, await db().tray.orderBy('order').toArray());
    return rows.map((r) => r.targetId);
  });
}

export type AddResult = 'added' | 'already' | 'full';

export async function addToTray(targetId: string): Promise<AddResult> {
  const d = db();
  return d.transaction('rw', d.tray, async () => {
    if (await d.tray.get(targetId)) return 'already';
    const rows = await d.tray.orderBy('order').toArray();
    if (rows.length >= MAX_COMPARED) return 'full';
    const last = rows[rows.length - 1];
    await d.tray.add({ targetId, order: last ? last.order + 1 : 0, addedAt: Date.now() });
    return 'added';
  });
}

export async function removeFromTray(targetId: string): Promise<void> {
  await db().tray.delete(targetId);
}

export async function clearTray(): Promise<void> {
  await db().tray.clear();
}

/** Replaces the tray with these ids in this order (reorder, swap, reopen a saved comparison). */
export async function setTray(ids: readonly string[]): Promise<void> {
  const d = db();
  const now = Date.now();
  await d.transaction('rw', d.tray, async () => {
    await d.tray.clear();
    await d.tray.bulkAdd(
      [...new Set(ids)].slice(0, MAX_COMPARED).map((targetId, order) => ({ targetId, order, addedAt: now })),
    );
  });
}

/** Saved comparisons, most recently changed first; undefined while loading. */
export function useSavedComparisons(): ComparisonRow[] | undefined {
  return useLiveQuery(async () =>
    valid<ComparisonRow>(ComparisonRow, await db().comparisons.orderBy('updatedAt').reverse().toArray()),
  );
}

export function useSavedComparison(id: string | undefined): ComparisonRow | null | undefined {
  return useLiveQuery(async () => {
    if (!id) return null;
    const parsed = ComparisonRow.safeParse(await db().comparisons.get(id));
    return parsed.success ? parsed.data : null;
  }, [id]);
}

export async function saveComparison(fields: {
  name: string;
  targetIds: string[];
  baselineId: string | null;
  differencesOnly: boolean;
}): Promise<string> {
  const now = Date.now();
  const row = ComparisonRow.parse({
    id: crypto.randomUUID(),
    ...fields,
    name: fields.name.trim().slice(0, 200),
    createdAt: now,
    updatedAt: now,
  });
  await db().comparisons.add(row);
  return row.id;
}

export async function updateComparison(
  id: string,
  patch: Partial<Pick<ComparisonRow, 'name' | 'targetIds' | 'baselineId' | 'differencesOnly'>>,
): Promise<void> {
  await db().comparisons.update(id, { ...patch, updatedAt: Date.now() });
}

export async function deleteComparison(id: string): Promise<void> {
  const d = db();
  await d.transaction('rw', d.comparisons, d.notes, async () => {
    await d.comparisons.delete(id);
    await d.notes.where('targetId').equals(comparisonTarget(id)).delete();
  });
}

export const comparisonTarget = (id: string) => `comparison:${id}`;
const comparisonNoteId = (id: string) => `comparison-note-${id}`;

export function useComparisonNote(id: string | undefined): string | undefined {
  return useLiveQuery(async () => {
    if (!id) return '';
    const notes = valid<NoteRow>(
      NoteRow,
      await db().notes.where('targetId').equals(comparisonTarget(id)).toArray(),
    );
    return notes.map((n) => n.body).join('\n\n');
  }, [id]);
}

export async function saveComparisonNote(id: string, body: string): Promise<void> {
  const d = db();
  const noteId = comparisonNoteId(id);
  const now = Date.now();
  await d.transaction('rw', d.notes, async () => {
    const existing = await d.notes.get(noteId);
    if (!body.trim()) {
      if (existing) await d.notes.delete(noteId);
      return;
    }
    await d.notes.put({
      id: noteId,
      targetId: comparisonTarget(id),
      body,
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    });
  });
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
    const [notes, highlights] = await Promise.all([
      db().notes.where('targetId').anyOf(list).toArray(),
      db().highlights.where('targetId').anyOf(list).toArray(),
    ]);
    const map = new Map<string, ColumnAnnotationRows>(list.map((id) => [id, { notes: [], highlights: [] }]));
    for (const n of valid<NoteRow>(NoteRow, notes)) map.get(n.targetId)?.notes.push(n);
    for (const h of valid<HighlightRow>(HighlightRow, highlights)) map.get(h.targetId)?.highlights.push(h);
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
  return useLiveQuery(async () => new Map((await db().colors.toArray()).map((c) => [c.id, c.value])));
}
