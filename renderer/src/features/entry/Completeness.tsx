// The entry's completeness as a compact checklist: what it gives and what it lacks, in three
// groups (facts, parts of the common vocabulary, what decision makers ask for). Each line says
// « présent » or « absent » in words for screen readers; the marks are decoration.
import { useId } from 'react';
import type { Entry } from '../../../../electron/shared/schema';
import { completeness, type CheckGroup } from '../../core/completeness';

const GROUPS: Record<CheckGroup, string> = {
  facts: 'Repères',
  parts: 'Parties',
  decision: 'Pour décider',
};

export function Completeness({ entry }: { entry: Entry }) {
  const id = useId();
  const checks = completeness(entry);
  const present = checks.filter((c) => c.has).length;
  return (
    <section className="completeness" aria-labelledby={id}>
      <details>
        <summary>
          <h2 id={id} className="completeness__title">
            Complétude : {present} sur {checks.length}
          </h2>
        </summary>
        {(Object.keys(GROUPS) as CheckGroup[]).map((group) => (
          <div key={group} className="completeness__group">
            <h3>{GROUPS[group]}</h3>
            <ul>
              {checks
                .filter((c) => c.group === group)
                .map((c) => (
                  <li key={c.key} className={c.has ? 'completeness__has' : 'completeness__lacks'}>
                    <span aria-hidden="true">{c.has ? '✓' : '–'}</span> {c.label}
                    <span className="visually-hidden">{c.has ? ' : présent' : ' : absent'}</span>
                  </li>
                ))}
            </ul>
          </div>
        ))}
      </details>
    </section>
  );
}
