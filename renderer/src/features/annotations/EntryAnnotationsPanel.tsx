// Placeholder (owned by the annotations helper, being replaced): notes, tags, favourite,
// collections for one catalogue entry or event.
export function EntryAnnotationsPanel(_props: { targetId: string; targetTitle: string }) {
  return null;
}
