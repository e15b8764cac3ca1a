// Layout of the chronology: dated marks in one swimlane per source, packed on tracks so labels
// do not overlap at the current zoom. Undated rows take the place of the row above them (the
// spreadsheet's way of saying "same period") and stay flagged, never silently dated.
import type { CatalogueItem } from '../../../electron/shared/items';
import { foldName as fold } from '../../../electron/shared/text/fold';

export type MarkKind = 'event' | 'entry' | 'cluster';

export interface TimelineMark {
  /** Item id, or "cluster:<source>:<year>:<kind>" for a group of entries of one year. */
  key: string;
  lane: string;
  kind: MarkKind;
  /** Fractional years. end >= start; end === start for a point in time. */
  start: number;
  end: number;
  title: string;
  /** As shown: "01/04/1993", "1993-1994", "2012"; for undated rows, the period they sit with. */
  dateLabel: string;
  undated: boolean;
  items: CatalogueItem[];
  /** Document order within its source, for stable layout and the list view. */
  order: number;
  track: number;
}

export interface TimelineLane {
  source: string;
  label: string;
  marks: TimelineMark[];
  tracks: number;
}

export interface TimelineLayout {
  lanes: TimelineLane[];
  minYear: number;
  maxYear: number;
  /** Rows that have neither a date, nor a period, nor a dated row above: listed apart. */
  unpositioned: CatalogueItem[];
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** "1993" → 1993, "1993-04" → 1993.25, "1993-04-16" → ~1993.29. With end=true, the end of that span. */
export function dateToYear(iso: string, end = false): number | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!m) return null;
  const year = Number(m[1]);
  if (!m[2]) return end ? year + 1 : year;
  const month = Math.min(Math.max(Number(m[2]), 1), 12);
  if (!m[3]) return year + (end ? month : month - 1) / 12;
  let doy = 0;
  for (let i = 0; i < month - 1; i++) doy += MONTH_DAYS[i] ?? 30;
  doy += Math.min(Math.max(Number(m[3]), 1), 31) - (end ? 0 : 1);
  return year + doy / 365;
}

/** Years named in a period text: "1992-1994" → [1992, 1994], "1995" → [1995, 1995]. */
export function periodYears(period: string | null): [number, number] | null {
  if (!period) return null;
  const years = [...period.matchAll(/(?:^|\D)((?:19|20)\d{2})(?!\d)/g)].map((m) => Number(m[1]));
  if (years.length === 0) return null;
  return [Math.min(...years), Math.max(...years)];
}

function isoLabel(iso: string): string {
  const [y, m, d] = iso.split('-');
  if (d) return `${d}/${m}/${y}`;
  if (m) return `${m}/${y}`;
  return y ?? iso;
}

function eventDateLabel(item: CatalogueItem): string {
  const e = item.event;
  if (!e?.date) return '';
  if (e.dateText.trim()) return e.dateText.trim();
  return e.dateEnd ? `${isoLabel(e.date)} – ${isoLabel(e.dateEnd)}` : isoLabel(e.date);
}

function docOrder(item: CatalogueItem): number {
  return item.event?.row ?? item.event?.lines[0] ?? item.entry?.lines[0] ?? 0;
}

/**
 * Places events on the time axis, in document order within each source. An undated row (or a
 * row whose date could not be read) sits with the row above it; failing that, with its period.
 */
export function positionEvents(events: readonly CatalogueItem[]): {
  marks: TimelineMark[];
  unpositioned: CatalogueItem[];
} {
  const bySource = new Map<string, CatalogueItem[]>();
  for (const e of events) {
    if (!e.event) continue;
    const list = bySource.get(e.source) ?? [];
    list.push(e);
    bySource.set(e.source, list);
  }
  const marks: TimelineMark[] = [];
  const unpositioned: CatalogueItem[] = [];
  for (const [source, list] of bySource) {
    list.sort((a, b) => docOrder(a) - docOrder(b));
    let above: TimelineMark | null = null;
    for (const item of list) {
      const ev = item.event!;
      const start = ev.date && !ev.undated ? dateToYear(ev.date) : null;
      if (start !== null) {
        const endIso = ev.dateEnd ? dateToYear(ev.dateEnd, true) : null;
        // A bare year is drawn as a point at its start; a range keeps its length.
        const end = endIso !== null && endIso > start ? endIso : start;
        above = {
          key: item.id,
          lane: source,
          kind: 'event',
          start,
          end,
          title: item.title,
          dateLabel: eventDateLabel(item),
          undated: false,
          items: [item],
          order: docOrder(item),
          track: 0,
        };
        marks.push(above);
        continue;
      }
      const period = periodYears(ev.period);
      const at = above?.start ?? (period ? period[0] : null);
      if (at === null) {
        unpositioned.push(item);
        continue;
      }
      const period0 = ev.period?.trim() ?? '';
      const periodText =
        above?.dateLabel ||
        (/^\d{4}(-\d{2}){0,2}$/.test(period0) ? isoLabel(period0) : period0) ||
        String(Math.floor(at));
      marks.push({
        key: item.id,
        lane: source,
        kind: 'event',
        start: at,
        end: at,
        title: item.title,
        dateLabel: periodText,
        undated: true,
        items: [item],
        order: docOrder(item),
        track: 0,
      });
    }
  }
  return { marks, unpositioned };
}

export interface LayoutOptions {
  /** Source files in the order their lanes are drawn, with their labels. */
  sources: readonly { file: string; label: string }[];
  pxPerYear: number;
  /** More entries than this in one lane, year and kind become one cluster mark. */
  clusterAbove?: number;
  /** Width of a mark's label in pixels, for packing. */
  labelWidth?: (mark: TimelineMark) => number;
  gap?: number;
}

export function defaultLabelWidth(mark: TimelineMark): number {
  // Date and title share the chip; ~6.8px per character at the chip's font size, plus padding.
  const date = mark.undated ? 'sans date' : mark.dateLabel;
  // Clusters are bold and entries carry a dot: both need a little more room.
  const perChar = mark.kind === 'event' ? 6.8 : 7.4;
  return Math.min(280, (mark.kind === 'entry' ? 44 : 30) + (date.length + 1 + mark.title.length) * perChar);
}

const KIND_PLURAL: Record<string, [string, string]> = {
  case: ['étude de cas', 'études de cas'],
  experience: ['expérience', 'expériences'],
  programme: ['programme', 'programmes'],
  text: ['texte', 'textes'],
};

function clusterTitle(kind: string, count: number): string {
  const [one, many] = KIND_PLURAL[kind] ?? ['fiche', 'fiches'];
  return `${count} ${count > 1 ? many : one}`;
}

/** Entries (cases, experiences…) by the year they carry; clusters when one year holds many. */
function positionEntries(entries: readonly CatalogueItem[], clusterAbove: number): TimelineMark[] {
  const groups = new Map<string, CatalogueItem[]>();
  for (const e of entries) {
    if (e.kind === 'event' || e.year === null) continue;
    const k = `${e.source}\u0000${e.year}\u0000${e.kind}`;
    const list = groups.get(k) ?? [];
    list.push(e);
    groups.set(k, list);
  }
  const marks: TimelineMark[] = [];
  for (const list of groups.values()) {
    list.sort((a, b) => docOrder(a) - docOrder(b));
    const first = list[0]!;
    const year = first.year!;
    if (list.length > clusterAbove) {
      marks.push({
        key: `cluster:${first.source}:${year}:${first.kind}`,
        lane: first.source,
        kind: 'cluster',
        start: year,
        end: year,
        title: clusterTitle(first.kind, list.length),
        dateLabel: String(year),
        undated: false,
        items: list,
        order: docOrder(first),
        track: 0,
      });
      continue;
    }
    for (const item of list) {
      marks.push({
        key: item.id,
        lane: item.source,
        kind: 'entry',
        start: year,
        end: year,
        title: item.title,
        dateLabel: String(year),
        undated: false,
        items: [item],
        order: docOrder(item),
        track: 0,
      });
    }
  }
  return marks;
}

/** Greedy interval packing: each mark goes on the first track where it does not overlap. */
export function packTracks(
  marks: TimelineMark[],
  minYear: number,
  pxPerYear: number,
  labelWidth: (m: TimelineMark) => number,
  gap: number,
): number {
  const sorted = [...marks].sort((a, b) => a.start - b.start || a.order - b.order);
  const trackEnds: number[] = [];
  for (const m of sorted) {
    const x0 = (m.start - minYear) * pxPerYear;
    const x1 = Math.max(x0 + labelWidth(m), (m.end - minYear) * pxPerYear);
    let t = trackEnds.findIndex((endX) => endX + gap <= x0);
    if (t === -1) {
      t = trackEnds.length;
      trackEnds.push(x1);
    } else {
      trackEnds[t] = x1;
    }
    m.track = t;
  }
  return trackEnds.length;
}

export function layoutTimeline(items: readonly CatalogueItem[], options: LayoutOptions): TimelineLayout {
  const { sources, pxPerYear, clusterAbove = 3, labelWidth = defaultLabelWidth, gap = 8 } = options;
  const events = items.filter((i) => i.kind === 'event');
  const entries = items.filter((i) => i.kind !== 'event');
  const { marks: eventMarks, unpositioned } = positionEvents(events);
  const all = [...eventMarks, ...positionEntries(entries, clusterAbove)];
  let minYear = Infinity;
  let maxYear = -Infinity;
  for (const m of all) {
    minYear = Math.min(minYear, Math.floor(m.start));
    // The year a mark ends in: a range ending exactly on 1 January ended the year before.
    const lastYear = m.end > m.start ? Math.ceil(m.end) - 1 : Math.floor(m.end);
    maxYear = Math.max(maxYear, lastYear + 1);
  }
  if (!Number.isFinite(minYear)) {
    minYear = 1990;
    maxYear = 2013;
  }
  const order = new Map(sources.map((s, i) => [s.file, i]));
  const label = new Map(sources.map((s) => [s.file, s.label]));
  const byLane = new Map<string, TimelineMark[]>();
  for (const m of all) {
    const list = byLane.get(m.lane) ?? [];
    list.push(m);
    byLane.set(m.lane, list);
  }
  const lanes: TimelineLane[] = [...byLane.entries()]
    .sort(([a], [b]) => (order.get(a) ?? 99) - (order.get(b) ?? 99) || a.localeCompare(b))
    .map(([source, marks]) => {
      const tracks = packTracks(marks, minYear, pxPerYear, labelWidth, gap);
      marks.sort((a, b) => a.start - b.start || a.order - b.order);
      return { source, label: label.get(source) ?? source, marks, tracks };
    });
  return { lanes, minYear, maxYear, unpositioned };
}

/**
 * Tick years for the axis: every year when there is room, else every 2 or 5 years. `maxYear` is
 * the end of the last year drawn (its width holds that year's marks), so the last tick is the last
 * year, as the overview's « Période » says.
 */
export function yearTicks(minYear: number, maxYear: number, pxPerYear: number): number[] {
  const step = pxPerYear >= 44 ? 1 : pxPerYear >= 22 ? 2 : 5;
  const ticks: number[] = [];
  for (let y = Math.ceil(minYear / step) * step; y < maxYear; y += step) ticks.push(y);
  return ticks;
}

export const ZOOM_LEVELS = [12, 20, 32, 48, 72, 110, 170, 260] as const;

export function zoomStep(current: number, direction: 1 | -1): number {
  const levels = ZOOM_LEVELS as readonly number[];
  if (direction > 0) return levels.find((l) => l > current) ?? levels[levels.length - 1]!;
  return [...levels].reverse().find((l) => l < current) ?? levels[0]!;
}

/** Strips "Programme", "Le dispositif"… so "Programme Balise" is found as "Balise" in a text. */
function nameVariants(name: string): string[] {
  const f = fold(name);
  const bare = f.replace(
    /^(le |la |les |l')?(programme|dispositif|operation|projet|action|reseau|association)s? (de |du |des |d')?/,
    '',
  );
  return [...new Set([f, bare])].filter((v) => v.replace(/[^a-z0-9]/g, '').length >= 5);
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Catalogue entries an event names: the parser's `related` ids first; when there are none, the
 * programmes and organisations of the catalogue whose name appears in the event's title or text.
 */
export function relatedItems(
  event: CatalogueItem,
  byId: ReadonlyMap<string, CatalogueItem>,
  candidates: readonly CatalogueItem[],
): CatalogueItem[] {
  const fromParser = (event.event?.related ?? [])
    .map((id) => byId.get(id))
    .filter((i): i is CatalogueItem => !!i && i.id !== event.id);
  if (fromParser.length > 0) return fromParser;
  const haystack = fold(`${event.title}\n${event.event?.text ?? ''}`);
  const found: CatalogueItem[] = [];
  for (const c of candidates) {
    if (c.id === event.id || c.kind === 'event' || c.kind === 'text') continue;
    const names = c.kind === 'programme' ? [c.title, c.organisation ?? ''] : [c.organisation ?? ''];
    const hit = names
      .filter(Boolean)
      .flatMap(nameVariants)
      .some((v) => new RegExp(`(?:^|[^a-z0-9])${escapeRe(v)}(?![a-z0-9])`).test(haystack));
    if (hit) found.push(c);
  }
  return found;
}
