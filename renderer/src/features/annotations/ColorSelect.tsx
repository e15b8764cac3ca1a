// The one highlight-colour picker: choosing a colour for a new highlight, changing it, and
// filtering by it. The caller supplies the label around it, so each place keeps its wording.
import type { ColorRow } from '../../db/rows';

export function ColorSelect({
  colors,
  value,
  onChange,
  anyLabel,
}: {
  colors: readonly ColorRow[];
  value: string;
  onChange(colorId: string): void;
  /** When set, a first option with an empty value that stands for every colour (filters). */
  anyLabel?: string;
}) {
  return (
    <select value={value} onChange={(e) => onChange(e.target.value)}>
      {anyLabel !== undefined && <option value="">{anyLabel}</option>}
      {colors.map((c) => (
        <option key={c.id} value={c.id}>
          {c.name}
        </option>
      ))}
    </select>
  );
}
