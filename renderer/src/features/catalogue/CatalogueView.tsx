// Placeholder (owned by the catalogue helper, being replaced).
import { useCatalogue } from '../../catalogue/CatalogueContext';
export function CatalogueView() {
  const { items } = useCatalogue();
  return (
    <ul>
      {items.map((i) => (
        <li key={i.id}>
          {i.title} — {i.sourceLabel}
        </li>
      ))}
    </ul>
  );
}
