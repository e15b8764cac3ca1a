// What the engine searches: a few short records per item for the fields that name it, and the
// full text cut into short passages, so a match is scored by where it is and a snippet is cheap.
import type { CatalogueItem } from '../items';

export const FIELDS = [
  'title',
  'organisation',
  'people',
  'territory',
  'themes',
  'group',
  'heading',
  'text',
  'meta',
  'user',
  'address',
] as const;
export type Field = (typeof FIELDS)[number];

export interface SearchRecord {
  /** Index of the item in the items array. */
  item: number;
  field: Field;
  text: string;
}

/** Passages stay around this length: long enough for a phrase, short enough for a snippet. */
export const PASSAGE_LENGTH = 280;

/** Cuts text into passages at sentence ends (or spaces), never longer than about `max`. */
export function splitPassages(text: string, max = PASSAGE_LENGTH): string[] {
  const out: string[] = [];
  for (const paragraph of text.split(/\n\s*\n/)) {
    const p = paragraph.replace(/\s+/g, ' ').trim();
    if (!p) continue;
    let rest = p;
    while (rest.length > max) {
      const window = rest.slice(0, max);
      let cut = Math.max(window.lastIndexOf('. '), window.lastIndexOf('; '), window.lastIndexOf(' : '));
      if (cut < max / 3) cut = window.lastIndexOf(' ');
      if (cut < max / 3) cut = max - 1;
      out.push(rest.slice(0, cut + 1).trim());
      rest = rest.slice(cut + 1).trim();
    }
    if (rest) out.push(rest);
  }
  return out;
}

function push(records: SearchRecord[], item: number, field: Field, text: string | null | undefined): void {
  const t = text?.replace(/\s+/g, ' ').trim();
  if (t) records.push({ item, field, text: t });
}

/** Records of one item, in a fixed order (the prebuilt index relies on it). */
export function itemRecords(item: CatalogueItem, index: number): SearchRecord[] {
  const r: SearchRecord[] = [];
  push(r, index, 'title', item.title);
  push(r, index, 'organisation', item.organisation);
  const entry = item.entry;
  const event = item.event;
  if (entry) {
    const names = [...entry.people, ...entry.officials].map((p) => p.name);
    push(r, index, 'people', [...new Set(names)].join(' ; '));
    const roles = [...entry.people, ...entry.officials].map((p) => p.role).filter(Boolean);
    push(r, index, 'meta', roles.join(' ; '));
  }
  const place = [item.territory, item.department, item.region];
  push(r, index, 'territory', [...new Set(place.filter(Boolean))].join(' ; '));
  // The street apart from the place: "Cité des jeunes" is where the office is, not who it serves.
  push(r, index, 'address', [entry?.address, entry?.postcode].filter(Boolean).join(' ; '));
  push(r, index, 'themes', item.themes.join(' ; '));
  push(r, index, 'group', item.group);
  if (entry) {
    push(r, index, 'meta', [...entry.emails, ...entry.websites].join(' ; '));
    for (const section of entry.sections) {
      push(r, index, 'heading', section.heading);
      for (const passage of splitPassages(section.text)) push(r, index, 'text', passage);
    }
    if (!entry.sections.length)
      for (const passage of splitPassages(entry.summary)) push(r, index, 'text', passage);
    // The facts users write in their own fiches (absent from bundled entries, whose records,
    // and so the prebuilt index, are unchanged by them).
    push(
      r,
      index,
      'meta',
      [entry.audience, ...(entry.funding?.funders ?? []), entry.funding?.budget].filter(Boolean).join(' ; '),
    );
    for (const result of entry.results ?? [])
      push(r, index, 'text', [result.result, result.measure].filter(Boolean).join(' — '));
    for (const passage of splitPassages(entry.prerequisites ?? '')) push(r, index, 'text', passage);
  }
  if (event) {
    push(r, index, 'meta', [event.dateText, event.period, event.documentation].filter(Boolean).join(' ; '));
    for (const passage of splitPassages(event.text)) push(r, index, 'text', passage);
  }
  return r;
}

export function buildRecords(items: readonly CatalogueItem[]): SearchRecord[] {
  return items.flatMap((item, i) => itemRecords(item, i));
}
