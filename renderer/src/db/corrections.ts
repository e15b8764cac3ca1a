// Gateway of the corrections: a fact or a passage of an entry, corrected by the user. Every read
// and write of the table goes through here; reads are validated against the row schema. Each
// function takes the database last, defaulting to the app's, so tests drive the UI's code.
import { liveQuery } from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import { db, type ReperesDb } from './ReperesDb';
import { CorrectionRow, FactCorrectionRow, PassageCorrectionRow, type FactField } from './correction-rows';
import { validRow, validRows } from './validate';
import { newId } from './annotations';
import { clearDraft, draftKeys } from './drafts';
import { whereTarget } from './by-target';

const NONE: never[] = [];

/** Corrects a fact; a fact already corrected keeps its row (and its first « original »). */
export async function correctFact(
  c: { targetId: string; field: FactField; original: string; corrected: string; comment?: string },
  d: ReperesDb = db(),
): Promise<FactCorrectionRow> {
  const now = Date.now();
  const row = await d.transaction('rw', d.corrections, async () => {
    const existing = (await d.corrections.where('targetId').equals(c.targetId).toArray()).find(
      (r): r is FactCorrectionRow => r.kind === 'fact' && r.field === c.field,
    );
    const saved = FactCorrectionRow.parse({
      id: existing?.id ?? newId(),
      targetId: c.targetId,
      kind: 'fact',
      field: c.field,
      original: existing?.original ?? c.original,
      corrected: c.corrected,
      comment: c.comment ?? existing?.comment ?? '',
      createdAt: existing?.createdAt ?? now,
      updatedAt: Math.max(now, (existing?.updatedAt ?? 0) + 1),
    });
    await d.corrections.put(saved);
    return saved;
  });
  await clearDraft(draftKeys.correction(row.id), row.corrected, d);
  return row;
}

type NewPassageCorrection = Omit<
  PassageCorrectionRow,
  'id' | 'kind' | 'createdAt' | 'updatedAt' | 'comment'
> & {
  comment?: string;
};

/**
 * A passage correction's row, not stored yet: the editor can open on it in the click's own
 * frame while `storeCorrection` writes it.
 */
export function newPassageCorrectionRow(c: NewPassageCorrection): PassageCorrectionRow {
  const now = Date.now();
  return PassageCorrectionRow.parse({ ...c, kind: 'passage', id: newId(), createdAt: now, updatedAt: now });
}

/** Stores a row made by `newPassageCorrectionRow`. */
export async function storeCorrection(
  row: PassageCorrectionRow,
  d: ReperesDb = db(),
): Promise<PassageCorrectionRow> {
  await d.corrections.add(row);
  return row;
}

/** Adds a passage correction (anchored by the selectors the caller computed from the text). */
export async function addPassageCorrection(
  c: NewPassageCorrection,
  d: ReperesDb = db(),
): Promise<PassageCorrectionRow> {
  return storeCorrection(newPassageCorrectionRow(c), d);
}

/** Changes the corrected text (or its comment); its draft, once saved, is dropped. */
export async function updateCorrection(
  id: string,
  changes: { corrected?: string; comment?: string },
  d: ReperesDb = db(),
): Promise<void> {
  await d.transaction('rw', d.corrections, async () => {
    const existing = validRow(CorrectionRow, await d.corrections.get(id), 'corrections');
    if (!existing) return;
    const saved = CorrectionRow.parse({
      ...existing,
      ...changes,
      updatedAt: Math.max(Date.now(), existing.updatedAt + 1),
    });
    await d.corrections.put(saved);
  });
  if (changes.corrected !== undefined) await clearDraft(draftKeys.correction(id), changes.corrected, d);
  if (changes.comment !== undefined) await clearDraft(draftKeys.correctionComment(id), changes.comment, d);
}

export async function deleteCorrection(id: string, d: ReperesDb = db()): Promise<void> {
  await d.transaction('rw', d.corrections, d.drafts, async () => {
    await d.corrections.delete(id);
    await d.drafts.bulkDelete([draftKeys.correction(id), draftKeys.correctionComment(id)]);
  });
}

export async function getCorrection(id: string, d: ReperesDb = db()): Promise<CorrectionRow | undefined> {
  return validRow(CorrectionRow, await d.corrections.get(id), 'corrections');
}

/** Corrections of these items, oldest first. */
export async function correctionsOn(
  targetIds: readonly string[],
  d: ReperesDb = db(),
): Promise<CorrectionRow[]> {
  const rows = await whereTarget(d.corrections, targetIds).sortBy('createdAt');
  return validRows(CorrectionRow, rows, 'corrections');
}

/** The corrections of one item, live; empty when storage cannot be read. */
export function useCorrections(targetId: string): CorrectionRow[] {
  return (
    useLiveQuery(async () => {
      try {
        return await correctionsOn([targetId]);
      } catch {
        return [];
      }
    }, [targetId]) ?? NONE
  );
}

/** Every readable fact correction, oldest first (what the catalogue applies to its items). */
export async function factCorrections(d: ReperesDb = db()): Promise<FactCorrectionRow[]> {
  const rows = await d.corrections.where('kind').equals('fact').sortBy('createdAt');
  return validRows(FactCorrectionRow, rows, 'corrections');
}

/** Calls `next` with the fact corrections now and after every change; returns the unsubscribe. */
export function watchFactCorrections(
  next: (rows: FactCorrectionRow[]) => void,
  error: (error: unknown) => void,
  d: ReperesDb = db(),
): () => void {
  const subscription = liveQuery(() => factCorrections(d)).subscribe({ next, error });
  return () => subscription.unsubscribe();
}
