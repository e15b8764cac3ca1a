// Placeholder (owned by the comparison helper, being replaced).
export function AddToCompareButton(_props: { targetId: string }) {
  return null;
}
