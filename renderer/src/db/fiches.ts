// The storage gateway of the user's own fiches: every read and write of the `fiches` table goes
// through here, rows validated with zod on the way in and out.
import { liveQuery } from 'dexie';
import { db as appDb, type ReperesDb } from './ReperesDb';
import { clearDraft, draftKeys } from './drafts';
import { FicheFields, FicheRow, FICHE_ID, isBlank } from './fiche-rows';
import { validRow, validRows } from './validate';

export * from './fiche-rows';

/** A new fiche's id (the editor opens on it before anything is stored). */
export function newFicheId(): string {
  return `fiche-${crypto.randomUUID().toLowerCase()}`;
}

/** Every readable fiche, oldest first; a damaged row is skipped (and logged once). */
export async function readFiches(db: ReperesDb = appDb()): Promise<FicheRow[]> {
  return validRows(FicheRow, await db.fiches.orderBy('createdAt').toArray(), 'fiches');
}

export async function getFiche(id: string, db: ReperesDb = appDb()): Promise<FicheRow | undefined> {
  return validRow(FicheRow, await db.fiches.get(id), 'fiches');
}

/**
 * Stores a fiche's fields (creating the row on the first save). Blank fields of a fiche never
 * stored are not stored: an editor opened and left adds nothing to the catalogue.
 */
export async function saveFiche(
  id: string,
  fields: FicheFields,
  db: ReperesDb = appDb(),
  now = Date.now(),
): Promise<FicheRow | null> {
  if (!FICHE_ID.test(id)) throw new Error(`Identifiant de fiche invalide : ${id}`);
  const checked = FicheFields.parse(fields);
  return db.transaction('rw', db.fiches, async () => {
    const previous = validRow(FicheRow, await db.fiches.get(id), 'fiches');
    if (!previous && isBlank(checked)) return null;
    const row = FicheRow.parse({
      id,
      fields: checked,
      createdAt: previous?.createdAt ?? now,
      updatedAt: Math.max(now, (previous?.updatedAt ?? 0) + 1),
    });
    await db.fiches.put(row);
    return row;
  });
}

/** Stores whole rows (an import): validated first, all or none. */
export async function putFiches(rows: readonly FicheRow[], db: ReperesDb = appDb()): Promise<void> {
  const checked = rows.map((r) => FicheRow.parse(r));
  await db.transaction('rw', db.fiches, () => db.fiches.bulkPut(checked));
}

/** Deletes a fiche and its draft. Annotations on it stay (orphans, like a removed document's). */
export async function deleteFiche(id: string, db: ReperesDb = appDb()): Promise<void> {
  await db.fiches.delete(id);
  await clearDraft(draftKeys.fiche(id), undefined, db);
}

/** Calls `next` with the readable fiches now and after every change; returns the unsubscribe. */
export function watchFiches(
  next: (fiches: FicheRow[]) => void,
  error: (error: unknown) => void,
  db: ReperesDb = appDb(),
): () => void {
  const subscription = liveQuery(() => readFiches(db)).subscribe({ next, error });
  return () => subscription.unsubscribe();
}
