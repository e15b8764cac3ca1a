// Placeholder (owned by the catalogue helper, being replaced).
export function EntryView() {
  return null;
}
