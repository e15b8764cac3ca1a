// The « corrigé » flag beside a value the user corrected, where the catalogue lists it (a list
// row is one option of a listbox: nothing in it may be interactive, so the original is in the
// entry view, one click away). A service, not in features/corrections: the list is on the first
// screen, the corrections' gateway (Dexie) is not.
import type { FactField } from '../db/correction-rows';
import { FACT_LABELS } from '../core/corrections/facts';
import './corrected-flag.css';

export function CorrectedFlag({ fields }: { fields?: readonly FactField[] }) {
  const which = fields?.length
    ? ` (${fields.map((f) => FACT_LABELS[f].toLocaleLowerCase('fr')).join(', ')})`
    : '';
  return (
    <span
      className="corrected-flag"
      role="img"
      aria-label={`valeur corrigée${which}`}
      title={`Valeur corrigée par vous${which}`}
    >
      corrigé
    </span>
  );
}

/** The corrected fields among `shown` (in that order). */
export function correctedAmong(
  corrected: ReadonlySet<FactField> | undefined,
  shown: readonly FactField[],
): FactField[] {
  return corrected ? shown.filter((f) => corrected.has(f)) : [];
}

/** Every correctable fact but the year, in the facts panel's order. */
export const FACTS_BUT_YEAR = (Object.keys(FACT_LABELS) as FactField[]).filter((f) => f !== 'year');
