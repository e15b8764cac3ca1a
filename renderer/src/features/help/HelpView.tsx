// Placeholder (being replaced by its feature's owner).
export default function HelpView() {
  return <h1>HelpView</h1>;
}
