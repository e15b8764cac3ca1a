// Placeholder (being replaced by its feature's owner).
export default function MapView() {
  return <h1>MapView</h1>;
}
