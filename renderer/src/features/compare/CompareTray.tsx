// Placeholder (owned by the comparison helper, being replaced).
export function CompareTray() {
  return null;
}
