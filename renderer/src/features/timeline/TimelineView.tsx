// Placeholder (being replaced by its feature's owner).
export default function TimelineView() {
  return <h1>TimelineView</h1>;
}
