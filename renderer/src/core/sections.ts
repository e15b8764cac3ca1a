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

/** One block of a section's text as shown: a paragraph, a sub-heading or a list item. */
export interface TextBlock {
  kind: 'p' | 'h' | 'li';
  /** 1 for a list item nested under the one before ("  - "), or a sub-heading's own ("#### "). */
  depth: 0 | 1;
  /** Offsets in the section's text, the "### ", "#### " or "- " marker left out. */
  start: number;
  end: number;
}

/**
 * The blocks of a section's text, following the structure the schema documents: a paragraph
 * starting with "### " is a sub-heading ("#### " one under it), a line starting with "- " (or
 * "  - ") a list item, the other lines of a paragraph one paragraph. Offsets stay those of the
 * text, so highlights and search matches land where they did.
 */
export function textBlocks(text: string): TextBlock[] {
  const out: TextBlock[] = [];
  const re = /\n{2,}/g;
  let start = 0;
  const paragraph = (from: number, to: number): void => {
    if (to <= from) return;
    const heading = /^(#{3,4}) (?=\S)/.exec(text.slice(from, from + 6));
    if (heading && !text.slice(from, to).includes('\n')) {
      const marker = heading[0].length;
      out.push({ kind: 'h', depth: marker === 5 ? 1 : 0, start: from + marker, end: to });
      return;
    }
    let plain: { start: number; end: number } | null = null;
    let at = from;
    while (at < to) {
      const nl = text.indexOf('\n', at);
      const lineEnd = nl < 0 || nl > to ? to : nl;
      const item = /^( {2})?- (?=\S)/.exec(text.slice(at, lineEnd));
      if (item) {
        if (plain) out.push({ kind: 'p', depth: 0, ...plain });
        plain = null;
        out.push({ kind: 'li', depth: item[1] ? 1 : 0, start: at + item[0].length, end: lineEnd });
      } else if (lineEnd > at) {
        plain = plain ? { start: plain.start, end: lineEnd } : { start: at, end: lineEnd };
      }
      at = lineEnd + 1;
    }
    if (plain) out.push({ kind: 'p', depth: 0, ...plain });
  };
  for (let m = re.exec(text); m; m = re.exec(text)) {
    paragraph(start, m.index);
    start = m.index + m[0].length;
  }
  paragraph(start, text.length);
  return out;
}

/**
 * A section's text by target id and section reference, read from the catalogue shown (bundled and
 * imported items alike): what the export needs to count positions in code points.
 */
export function sectionTextLookup(
  byId: ReadonlyMap<string, CatalogueItem>,
): (targetId: string, sectionRef: string) => string | undefined {
  const cache = new Map<string, Map<string, string>>();
  return (targetId, sectionRef) => {
    let sections = cache.get(targetId);
    if (!sections) {
      const item = byId.get(targetId);
      sections = new Map(item ? annotatableSections(item).map((s) => [s.ref, s.text]) : []);
      cache.set(targetId, sections);
    }
    return sections.get(sectionRef);
  };
}
