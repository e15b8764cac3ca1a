// Placeholder (owned by the annotations helper, being replaced): the user's own text per
// catalogue item (notes, highlight comments, tags), live from IndexedDB, for the search to cover.
export interface UserSearchDocument {
  /** Catalogue entry or event id the text belongs to. */
  targetId: string;
  text: string;
}

export function useUserSearchDocuments(): UserSearchDocument[] {
  return [];
}
