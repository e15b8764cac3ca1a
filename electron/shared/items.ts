// One flat view of everything the catalogue lists: entries and events alike, so the list,
// facets, search, map and comparison all speak of "items" with the same fields.
import type { Catalogue, CatalogueEvent, Entry, EntryKind } from './schema';

export type ItemKind = EntryKind | 'event';

export interface CatalogueItem {
  id: string;
  kind: ItemKind;
  title: string;
  territory: string | null;
  department: string | null;
  departmentCode: string | null;
  region: string | null;
  organisation: string | null;
  group: string | null;
  source: string;
  sourceLabel: string;
  year: number | null;
  themes: string[];
  summary: string;
  entry: Entry | null;
  event: CatalogueEvent | null;
}

/** How much of an event's text its item shows as a summary (and the window's list keeps of it). */
export const EVENT_SUMMARY_CHARS = 280;

function yearOf(date: string | null): number | null {
  return date ? Number(date.slice(0, 4)) : null;
}

/** Only the sources (for their labels), entries and events are read. */
export function toItems(catalogue: Pick<Catalogue, 'sources' | 'entries' | 'events'>): CatalogueItem[] {
  const label = new Map(catalogue.sources.map((s) => [s.file, s.label]));
  const entries = catalogue.entries.map((entry): CatalogueItem => ({
    id: entry.id,
    kind: entry.kind,
    title: entry.title,
    territory: entry.territory,
    department: entry.department,
    departmentCode: entry.departmentCode,
    region: entry.region,
    organisation: entry.organisation,
    group: entry.group,
    source: entry.source,
    sourceLabel: label.get(entry.source) ?? entry.source,
    year: entry.year,
    themes: entry.themes,
    summary: entry.summary,
    entry,
    event: null,
  }));
  const events = catalogue.events.map((event): CatalogueItem => ({
    id: event.id,
    kind: 'event',
    title: event.title,
    territory: null,
    department: null,
    departmentCode: null,
    region: null,
    organisation: null,
    group: null,
    source: event.source,
    sourceLabel: label.get(event.source) ?? event.source,
    year: yearOf(event.date) ?? yearOf(event.period),
    themes: event.themes,
    summary: event.text.slice(0, EVENT_SUMMARY_CHARS),
    entry: null,
    event,
  }));
  return [...entries, ...events];
}
