// Placeholder (owned by the catalogue helper, being replaced).
export function SearchBox() {
  return null;
}
