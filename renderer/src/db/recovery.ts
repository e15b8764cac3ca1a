// At start-up, text left in drafts by a crash, a killed window or a closed tab is applied to
// what it belongs to, through the same gateways as typing would have; the draft is kept with a
// `recovered` flag so the field says so when it is next shown.
import { db, type ReperesDb } from './ReperesDb';
import { getHighlight, getNote, renameColor, saveNote, updateHighlight } from './annotations';
import { renameCollection } from './collections';
import { getCorrection, updateCorrection } from './corrections';
import { comparisonTarget } from './comparisons';
import { draftKeys, getDraft, listDrafts, recoveredThisSession } from './drafts';
import { getFiche, saveFiche } from './fiches';
import { parseFicheDraft } from './fiche-draft';
import type { DraftRow } from './rows';

const COMPARISON_NOTE = /^comparison-note-(.+)$/;

/** Applies one draft; false when there was nothing left to apply (the draft is then dropped). */
async function apply(draft: DraftRow, d: ReperesDb): Promise<boolean> {
  const colon = draft.key.indexOf(':');
  const kind = draft.key.slice(0, colon);
  const id = draft.key.slice(colon + 1);
  switch (kind) {
    case 'note': {
      const note = await getNote(id, d);
      const comparison = COMPARISON_NOTE.exec(id)?.[1];
      if (note) {
        if (note.body === draft.body || draft.updatedAt < note.updatedAt) return false;
        await saveNote({ id, targetId: note.targetId, body: draft.body }, d);
        return true;
      }
      if (comparison && draft.body.trim() && (await d.comparisons.get(comparison))) {
        await saveNote({ id, targetId: comparisonTarget(comparison), body: draft.body }, d);
        return true;
      }
      return false;
    }
    case 'comment': {
      const h = await getHighlight(id, d);
      if (!h || h.comment === draft.body || draft.updatedAt < h.updatedAt) return false;
      await updateHighlight(id, { comment: draft.body }, d);
      return true;
    }
    case 'correction':
    case 'correction-comment':
      return applyCorrectionDrafts(id, draft, d);
    case 'collection-name': {
      const c = await d.collections.get(id);
      if (!c || !draft.body.trim() || c.name === draft.body || draft.updatedAt < c.updatedAt) return false;
      await renameCollection(id, draft.body, d);
      return true;
    }
    case 'color-name': {
      const c = await d.colors.get(id);
      if (!c || !draft.body.trim() || c.name === draft.body) return false;
      await renameColor(id, draft.body, d);
      return true;
    }
    case 'fiche': {
      // The whole editor as JSON: applied when it parses and is newer than the stored fiche.
      const fields = parseFicheDraft(draft.body);
      if (!fields) return false;
      const fiche = await getFiche(id, d);
      if (
        fiche &&
        (draft.updatedAt < fiche.updatedAt || JSON.stringify(fiche.fields) === JSON.stringify(fields))
      )
        return false;
      return (await saveFiche(id, fields, d)) !== null;
    }
    case 'pending':
      // Typed but not submitted: only the field itself knows what to do with it.
      return draft.body.trim() !== '';
    default:
      return false;
  }
}

/**
 * A correction has two fields typed apart (its text, its source): both drafts are applied in one
 * write, since the first write would otherwise make the other draft look older than the row.
 */
async function applyCorrectionDrafts(id: string, draft: DraftRow, d: ReperesDb): Promise<boolean> {
  const c = await getCorrection(id, d);
  if (!c) return false;
  const changes: { corrected?: string; comment?: string } = {};
  for (const [field, key] of [
    ['corrected', draftKeys.correction(id)],
    ['comment', draftKeys.correctionComment(id)],
  ] as const) {
    const found = key === draft.key ? draft : await getDraft(key, d);
    if (!found || found.updatedAt < c.updatedAt || found.body === c[field]) continue;
    changes[field] = found.body;
    if (key !== draft.key) recoveredThisSession.add(key);
  }
  if (Object.keys(changes).length === 0) return false;
  await updateCorrection(id, changes, d);
  return true;
}

/** Applies every draft left from the last session; returns how many texts it recovered. */
export async function recoverDrafts(d: ReperesDb = db()): Promise<number> {
  let recovered = 0;
  for (const draft of await listDrafts(d)) {
    // Applied at an earlier start, waiting for its field to be shown: not news.
    if (draft.recovered) continue;
    if (await apply(draft, d)) {
      // The gateways drop a draft once its text is saved: keep it, flagged, for the message.
      await d.drafts.put({ ...draft, recovered: true });
      recoveredThisSession.add(draft.key);
      recovered++;
    } else {
      await d.drafts.delete(draft.key);
    }
  }
  return recovered;
}

let once: Promise<number> | null = null;

/**
 * Recovery for this session, run once: fields wait for it before reading their draft, so a
 * field and the recovery never race over the same draft. Resolves to how many were recovered.
 */
export function recoverDraftsOnce(): Promise<number> {
  once ??= recoverDrafts().catch(() => 0);
  return once;
}
