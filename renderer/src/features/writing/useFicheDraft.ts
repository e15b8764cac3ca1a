// A fiche's editor on the one drafts mechanism: all its fields are one text (their JSON) for
// useDraftText, so each keystroke in any field is in the drafts table at once, the fiche is saved
// within MAX_WAIT, and what a crash left unsaved is put back at the next start (recovery.ts).
import { useCallback, useMemo } from 'react';
import { useDraftText } from '../../db/useDraftText';
import { draftKeys } from '../../db/drafts';
import { emptyFields, saveFiche, type FicheFields, type FicheRow } from '../../db/fiches';
import { ficheDraftText, parseFicheDraft } from '../../db/fiche-draft';

export function useFicheDraft(id: string, stored: FicheRow | undefined) {
  const saved = useMemo(() => ficheDraftText(stored?.fields ?? emptyFields()), [stored]);
  const draft = useDraftText({
    draftKey: draftKeys.fiche(id),
    saved,
    savedAt: stored?.updatedAt ?? 0,
    commit: async (text) => {
      const fields = parseFicheDraft(text);
      if (fields) await saveFiche(id, fields);
    },
    normalise: (text) => ficheDraftText(parseFicheDraft(text) ?? emptyFields()),
  });
  const fields = useMemo(() => parseFicheDraft(draft.text) ?? emptyFields(), [draft.text]);
  const { change } = draft;
  const update = useCallback(
    (patch: Partial<FicheFields>) => change(ficheDraftText({ ...fields, ...patch })),
    [change, fields],
  );
  return { ...draft, fields, update };
}
