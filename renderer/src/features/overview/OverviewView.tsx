// Placeholder (being replaced by its feature's owner).
export default function OverviewView() {
  return <h1>OverviewView</h1>;
}
