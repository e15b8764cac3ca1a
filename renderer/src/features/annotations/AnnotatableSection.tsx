// Placeholder (owned by the annotations helper, being replaced): renders one section's text
// with the user's highlights, lets the user highlight a selection, and marks search terms.
import type { Section } from '../../../../electron/shared/schema';
import type { TextRange } from '../../core/text-ranges';

export interface AnnotatableSectionProps {
  targetId: string;
  /** Stable reference of this section within the entry, e.g. "operations:0". */
  sectionRef: string;
  section: Section;
  /** Ranges of the section text that match the current search, to draw as <mark>. */
  searchMatches: TextRange[];
}

export function AnnotatableSection({ section }: AnnotatableSectionProps) {
  return (
    <section>
      <h2>{section.heading}</h2>
      {section.text.split(/\n{2,}/).map((p, i) => (
        <p key={i}>{p}</p>
      ))}
    </section>
  );
}
