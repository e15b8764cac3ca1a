// The sections of a catalogue item as the entry view shows them and annotations anchor to them:
// an entry's own sections, an event's cells cut into sections, each with a stable reference.
import type { CatalogueItem } from '../../../electron/shared/items';
import type { CatalogueEvent, Section } from '../../../electron/shared/schema';

/** Stable references "key:n" (n-th section with that key), the anchors of annotations. */
export function sectionRefs(sections: readonly Section[]): string[] {
  const seen = new Map<string, number>();
  return sections.map((s) => {
    const n = seen.get(s.key) ?? 0;
    seen.set(s.key, n + 1);
    return `${s.key}:${n}`;
  });
}

/** Compares texts that differ only by spacing ("Inter 'S" and "Inter'S"). */
function squeeze(text: string): string {
  return text.replace(/[\s’']+/g, '').toLowerCase();
}

/**
 * An event's text as sections, so it can be read, searched and annotated like an entry:
 * one section per cell under its column name, then the documentation.
 */
export function eventSections(event: CatalogueEvent): Section[] {
  // The date, title and documentation columns are shown elsewhere (facts, heading, own section).
  const cells = event.cells.filter(
    (c) =>
      c.text.trim() !== '' &&
      !/^p[ée]riode$/i.test(c.column.trim()) &&
      !(/^documentation$/i.test(c.column.trim()) && event.documentation?.trim()) &&
      squeeze(c.text) !== squeeze(event.title),
  );
  const sections: Section[] = cells.length
    ? cells.map((c) => ({ key: 'body', heading: c.column, text: c.text, lines: null }))
    : event.text.trim()
      ? [{ key: 'body', heading: 'Texte', text: event.text, lines: null }]
      : [];
  if (event.documentation?.trim()) {
    sections.push({ key: 'tools', heading: 'Documentation', text: event.documentation, lines: null });
  }
  return sections;
}

/** Each section of an item with its reference, as annotations anchor to it; [] for other items. */
export function annotatableSections(item: CatalogueItem): { ref: string; heading: string; text: string }[] {
  const sections = item.entry ? item.entry.sections : item.event ? eventSections(item.event) : [];
  const refs = sectionRefs(sections);
  return sections.map((s, i) => ({ ref: refs[i]!, heading: s.heading, text: s.text }));
}
