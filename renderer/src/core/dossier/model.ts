// A collection as a dossier: per entry, its facts (as corrected, with the original), contacts,
// passage corrections, the user's highlights and notes. One model for the printable view and the
// Markdown file, so both say the same thing.
import type { CatalogueItem } from '../../../../electron/shared/items';
import type { AnnotationData } from '../../db/tables';
import type { FactCorrectionRow, PassageCorrectionRow } from '../../db/correction-rows';
import { FACT_FIELDS } from '../../db/correction-rows';
import { FACT_LABELS, factText, placeCorrections } from '../corrections';
import { contactsOf, type Contact } from '../contacts-export';
import { annotatableSections } from '../sections';

export interface DossierFact {
  label: string;
  value: string;
  /** Set when the user corrected the fact: what the source said ('' when it said nothing). */
  original?: string;
}

export interface DossierEntry {
  id: string;
  title: string;
  sourceLabel: string;
  /** The entry is no longer in the catalogue: only what the user wrote is left. */
  missing: boolean;
  facts: DossierFact[];
  contacts: Contact[];
  corrections: { heading: string; original: string; corrected: string; orphan: boolean }[];
  highlights: { heading: string; quote: string; colour: string; comment: string; tags: string[] }[];
  notes: { body: string; updatedAt: number }[];
}

export interface Dossier {
  title: string;
  description: string;
  generatedAt: number;
  entries: DossierEntry[];
}

export function buildDossier(
  collectionId: string,
  data: AnnotationData,
  lookup: (id: string) => CatalogueItem | undefined,
  now = Date.now(),
): Dossier | null {
  const collection = data.collections.find((c) => c.id === collectionId);
  if (!collection) return null;
  const colour = new Map(data.colors.map((c) => [c.id, c.name]));
  const items = data.collectionItems
    .filter((i) => i.collectionId === collectionId)
    .sort((a, b) => a.order - b.order);
  return {
    title: collection.name,
    description: collection.description,
    generatedAt: now,
    entries: items.map(({ targetId }) => entryOf(targetId, lookup(targetId), data, colour)),
  };
}

function entryOf(
  id: string,
  item: CatalogueItem | undefined,
  data: AnnotationData,
  colour: Map<string, string>,
): DossierEntry {
  const mine = data.corrections.filter((c) => c.targetId === id);
  const factFixes = mine.filter((c): c is FactCorrectionRow => c.kind === 'fact');
  const passageFixes = mine.filter((c): c is PassageCorrectionRow => c.kind === 'passage');
  const sections = item ? annotatableSections(item) : [];
  const heading = new Map(sections.map((s) => [s.ref, s.heading]));
  const placed = placeCorrections(sections, passageFixes);
  const textOf = new Map(sections.map((s) => [s.ref, s.text]));
  const facts: DossierFact[] = [];
  if (item?.entry) {
    const entry = item.entry;
    for (const field of FACT_FIELDS) {
      const value = factText(entry, field);
      const fix = factFixes.find((c) => c.field === field);
      if (fix) facts.push({ label: FACT_LABELS[field], value: fix.corrected, original: value });
      else if (value) facts.push({ label: FACT_LABELS[field], value });
    }
  } else if (item?.event) {
    if (item.event.date) facts.push({ label: 'Date', value: item.event.date });
    if (item.event.dateText) facts.push({ label: 'Date dans le document', value: item.event.dateText });
  }
  if (item && item.themes.length) facts.push({ label: 'Thèmes', value: item.themes.join(', ') });
  return {
    id,
    title: item?.title ?? `Élément absent du catalogue (${id})`,
    sourceLabel: item?.sourceLabel ?? '—',
    missing: !item,
    facts,
    contacts: item?.entry
      ? contactsOf({ entry: item.entry, sourceLabel: item.sourceLabel, corrections: factFixes })
      : [],
    corrections: [
      ...[...placed.bySection.entries()].flatMap(([ref, list]) =>
        list.map((p) => ({
          heading: heading.get(ref) ?? ref,
          original: textOf.get(ref)!.slice(p.start, p.end),
          corrected: p.correction.corrected,
          orphan: false,
        })),
      ),
      ...placed.orphans.map((c) => ({
        heading: heading.get(c.sectionRef) ?? c.sectionRef,
        original: c.quote.exact,
        corrected: c.corrected,
        orphan: true,
      })),
    ],
    highlights: data.highlights
      .filter((h) => h.targetId === id)
      .sort((a, b) => a.sectionRef.localeCompare(b.sectionRef) || a.position.start - b.position.start)
      .map((h) => ({
        heading: heading.get(h.sectionRef) ?? h.sectionRef,
        quote: h.quote.exact,
        colour: colour.get(h.colorId) ?? h.colorId,
        comment: h.comment,
        tags: h.tags,
      })),
    notes: data.notes
      .filter((n) => n.targetId === id && n.body.trim())
      .sort((a, b) => a.createdAt - b.createdAt)
      .map((n) => ({ body: n.body, updatedAt: n.updatedAt })),
  };
}
