// Placeholder (being replaced by its feature's owner).
export default function CompareView() {
  return <h1>CompareView</h1>;
}
