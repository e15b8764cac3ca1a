// Placeholder (being replaced by its feature's owner).
export default function AnnotationsView() {
  return <h1>AnnotationsView</h1>;
}
