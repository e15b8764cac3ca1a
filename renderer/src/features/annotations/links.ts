// Links to an annotation in its entry: the entry view scrolls to the passage or the note.
export const passageLink = (targetId: string, highlightId: string) =>
  `/fiche/${encodeURIComponent(targetId)}?passage=${encodeURIComponent(highlightId)}`;
export const noteLink = (targetId: string, noteId: string) =>
  `/fiche/${encodeURIComponent(targetId)}?note=${encodeURIComponent(noteId)}`;
