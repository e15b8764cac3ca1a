// The themes of an item, with a short « Pourquoi ces thèmes ? » disclosure quoting the passages
// that gave each one. Passages are document text: rendered as text, never as HTML. Same markup
// as `Fact` (a dt/dd pair inside the facts list).
import type { ThemeEvidence } from '../../../../electron/shared/schema';

export function ThemesFact({ themes, evidence }: { themes: string[]; evidence: ThemeEvidence[] }) {
  if (themes.length === 0) return null;
  const why = new Map(evidence.map((e) => [e.theme, e.passages]));
  return (
    <div className="fact">
      <dt>Thèmes</dt>
      <dd>
        <ul className="facts__tags">
          {themes.map((t) => (
            <li key={t}>{t}</li>
          ))}
        </ul>
        <details className="facts__why">
          <summary>{themes.length > 1 ? 'Pourquoi ces thèmes ?' : 'Pourquoi ce thème ?'}</summary>
          <dl className="facts__why-list">
            {themes.map((t) => {
              const passages = why.get(t);
              return (
                <div key={t}>
                  <dt>{t}</dt>
                  {passages?.length ? (
                    passages.map((p, i) => (
                      <dd key={i}>
                        <q>{p}</q>
                      </dd>
                    ))
                  ) : (
                    <dd className="facts__muted">Thème donné par le document lui-même.</dd>
                  )}
                </div>
              );
            })}
          </dl>
        </details>
      </dd>
    </div>
  );
}
