// One drafts mechanism for everything the user types (Hypothesis keeps its drafts apart from
// saved annotations the same way): each keystroke goes to the `drafts` table at once, keyed by
// what is being edited; the saved row is updated later by the field's own gateway. A draft
// outlives a crash or a killed window and is applied at the next start (recoverDrafts).
import { db, type ReperesDb } from './ReperesDb';
import { DraftRow } from './rows';
import { validRow, validRows } from './validate';

/** Draft keys, one namespace per kind of field. */
export const draftKeys = {
  note: (noteId: string) => `note:${noteId}`,
  comment: (highlightId: string) => `comment:${highlightId}`,
  collectionName: (collectionId: string) => `collection-name:${collectionId}`,
  colorName: (colorId: string) => `color-name:${colorId}`,
  /** A user's fiche being written: the editor's fields as JSON, one draft for the whole form. */
  fiche: (ficheId: string) => `fiche:${ficheId}`,
  /** The corrected text of a saved correction (issue 17). */
  correction: (correctionId: string) => `correction:${correctionId}`,
  /** Why a correction was made, or its source. */
  correctionComment: (correctionId: string) => `correction-comment:${correctionId}`,
  /** Text typed in an input not yet submitted (a new tag, a new collection's name). */
  pending: (field: string) => `pending:${field}`,
};

// Writes of one key are chained, and a write still waiting is replaced by the newest text:
// fast typing costs at most one transaction in flight and one queued per field.
const inFlight = new Map<string, Promise<void>>();
const queued = new Map<string, string>();

function track(key: string, write: Promise<void>): Promise<void> {
  inFlight.set(key, write);
  write
    .finally(() => {
      if (inFlight.get(key) === write) inFlight.delete(key);
    })
    .catch(() => undefined);
  return write;
}

export function putDraft(key: string, body: string, d: ReperesDb = db()): Promise<void> {
  const running = inFlight.get(key);
  // Nothing under way: the write is issued now, so a read that follows sees it.
  if (!running)
    return track(
      key,
      d.drafts.put({ key, body, updatedAt: Date.now() }).then(() => undefined),
    );
  const waiting = queued.has(key);
  queued.set(key, body);
  if (waiting) return running; // the queued write will take the newest text
  return track(
    key,
    running
      .catch(() => undefined)
      .then(async () => {
        const text = queued.get(key)!;
        queued.delete(key);
        await d.drafts.put({ key, body: text, updatedAt: Date.now() });
      }),
  );
}

/** Waits for the draft writes under way (tests, and before committing a field). */
export async function settleDrafts(key?: string): Promise<void> {
  if (key) await inFlight.get(key)?.catch(() => undefined);
  else await Promise.all([...inFlight.values()].map((p) => p.catch(() => undefined)));
}

export async function getDraft(key: string, d: ReperesDb = db()): Promise<DraftRow | undefined> {
  return validRow(DraftRow, await d.drafts.get(key), 'drafts');
}

/** Removes the draft once `body` is saved; a draft holding newer text stays. */
export async function clearDraft(key: string, body?: string, d: ReperesDb = db()): Promise<void> {
  await settleDrafts(key);
  await d.transaction('rw', d.drafts, async () => {
    const draft = await d.drafts.get(key);
    if (draft && (body === undefined || draft.body === body)) await d.drafts.delete(key);
  });
}

export async function listDrafts(d: ReperesDb = db()): Promise<DraftRow[]> {
  return validRows(DraftRow, await d.drafts.toArray(), 'drafts');
}

export async function markRecovered(key: string, d: ReperesDb = db()): Promise<void> {
  await d.drafts.update(key, { recovered: true });
}

// Fields whose text was recovered in this session and not edited since: a field shown again
// (a view reopened, a component remounted) still says so, though its draft is gone.
const recoveredKeys = new Set<string>();

export const recoveredThisSession = {
  add: (key: string) => void recoveredKeys.add(key),
  has: (key: string) => recoveredKeys.has(key),
  forget: (key: string) => void recoveredKeys.delete(key),
};
