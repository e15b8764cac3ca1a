// What an import would do to the database: merging by id, the newer side of a row wins, and an
// entry appears once per collection whatever the ids say. Pure, so the preview shown to the
// user is exactly what gets written.
import { emptyData, type AnnotationData } from './types';

export interface TableCount {
  added: number;
  changed: number;
  unchanged: number;
}
export type MergeSummary = Record<keyof AnnotationData, TableCount>;

export interface MergePlan {
  /** Rows to put, table by table (new and changed ones only). */
  put: AnnotationData;
  summary: MergeSummary;
  /** Nothing would change. */
  empty: boolean;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function mergeTable<T>(
  existing: readonly T[],
  incoming: readonly T[],
  key: (row: T) => string,
  incomingWins: (mine: T, theirs: T) => boolean,
): { put: T[]; count: TableCount } {
  const mine = new Map(existing.map((r) => [key(r), r]));
  const seen = new Set<string>();
  const put: T[] = [];
  const count: TableCount = { added: 0, changed: 0, unchanged: 0 };
  for (const row of incoming) {
    const k = key(row);
    if (seen.has(k)) continue; // a file listing one row twice adds it once
    seen.add(k);
    const local = mine.get(k);
    if (!local) {
      put.push(row);
      count.added++;
    } else if (!same(local, row) && incomingWins(local, row)) {
      put.push(row);
      count.changed++;
    } else count.unchanged++;
  }
  return { put, count };
}

const newer = <T extends { updatedAt: number }>(mine: T, theirs: T) => theirs.updatedAt > mine.updatedAt;
const never = () => false;

export function planMerge(existing: AnnotationData, incoming: AnnotationData): MergePlan {
  const put = emptyData();
  const notes = mergeTable(existing.notes, incoming.notes, (r) => r.id, newer);
  const highlights = mergeTable(existing.highlights, incoming.highlights, (r) => r.id, newer);
  // Colours carry no date: the file's naming wins, as the user chose to import it.
  const colors = mergeTable(
    existing.colors,
    incoming.colors,
    (r) => r.id,
    () => true,
  );
  const entryTags = mergeTable(
    existing.entryTags,
    incoming.entryTags.filter(
      (t) =>
        !existing.entryTags.some(
          (e) =>
            e.targetId === t.targetId &&
            e.tag !== t.tag &&
            e.tag.toLocaleLowerCase('fr') === t.tag.toLocaleLowerCase('fr'),
        ),
    ),
    (r) => `${r.targetId}\u0000${r.tag}`,
    never,
  );
  const favourites = mergeTable(existing.favourites, incoming.favourites, (r) => r.targetId, never);
  const collections = mergeTable(existing.collections, incoming.collections, (r) => r.id, newer);
  // An entry already in a collection (under another item id) is not added a second time.
  const placed = new Map(existing.collectionItems.map((i) => [`${i.collectionId}\u0000${i.targetId}`, i.id]));
  const items = mergeTable(
    existing.collectionItems,
    incoming.collectionItems.filter((i) => {
      const other = placed.get(`${i.collectionId}\u0000${i.targetId}`);
      if (other !== undefined && other !== i.id) return false;
      placed.set(`${i.collectionId}\u0000${i.targetId}`, i.id);
      return true;
    }),
    (r) => r.id,
    (a, b) => a.order !== b.order || a.collectionId !== b.collectionId,
  );
  const corrections = mergeTable(existing.corrections, incoming.corrections, (r) => r.id, newer);
  put.corrections = corrections.put;
  put.notes = notes.put;
  put.highlights = highlights.put;
  put.colors = colors.put;
  put.entryTags = entryTags.put;
  put.favourites = favourites.put;
  put.collections = collections.put;
  put.collectionItems = items.put;
  const fiches = mergeTable(existing.fiches, incoming.fiches, (r) => r.id, newer);
  put.fiches = fiches.put;
  const summary: MergeSummary = {
    notes: notes.count,
    highlights: highlights.count,
    colors: colors.count,
    entryTags: entryTags.count,
    favourites: favourites.count,
    collections: collections.count,
    collectionItems: items.count,
    fiches: fiches.count,
    corrections: corrections.count,
  };
  const empty = Object.values(put).every((rows: unknown[]) => rows.length === 0);
  return { put, summary, empty };
}

export const TABLE_LABELS: Record<keyof AnnotationData, string> = {
  notes: 'Notes',
  highlights: 'Surlignages',
  colors: 'Couleurs',
  entryTags: 'Étiquettes de fiches',
  favourites: 'Favoris',
  collections: 'Collections',
  collectionItems: 'Fiches dans les collections',
  fiches: 'Mes fiches',
  corrections: 'Corrections',
};
