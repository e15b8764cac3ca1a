import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildCatalogue } from '../../../electron/pipeline/index';
import { readDocuments } from '../../../electron/cli/documents';
import { toItems, type CatalogueItem } from '../../../electron/shared/items';
import {
  dateToYear,
  defaultLabelWidth,
  layoutTimeline,
  packTracks,
  periodYears,
  positionEvents,
  relatedItems,
  yearTicks,
  zoomStep,
  type TimelineMark,
} from '../../../renderer/src/core/timeline';

const catalogue = buildCatalogue(readDocuments()).catalogue;
const items = toItems(catalogue);
const byId = new Map(items.map((i) => [i.id, i]));
const coorace = catalogue.sources.find((s) => s.kind === 'coorace')!.file;

describe('dates', () => {
  it('turns ISO dates into fractional years', () => {
    expect(dateToYear('1993')).toBe(1993);
    expect(dateToYear('1993', true)).toBe(1994);
    expect(dateToYear('1993-04')).toBeCloseTo(1993.25);
    expect(dateToYear('1993-01-01')).toBe(1993);
    expect(dateToYear('1993-12-31', true)).toBeCloseTo(1994, 2);
    expect(dateToYear('1993-04-01')!).toBeLessThan(dateToYear('1993-04-02')!);
    expect(dateToYear('avril 1993')).toBeNull();
    expect(dateToYear('')).toBeNull();
  });

  it('reads years in a period', () => {
    expect(periodYears('1992-1994')).toEqual([1992, 1994]);
    expect(periodYears('1995')).toEqual([1995, 1995]);
    expect(periodYears('1993-04-01')).toEqual([1993, 1993]);
    expect(periodYears('n° 12345')).toBeNull();
    expect(periodYears(null)).toBeNull();
  });
});

describe('COORACE chronology on the time axis', () => {
  const events = items.filter((i) => i.kind === 'event' && i.source === coorace);
  const { marks, unpositioned } = positionEvents(events);
  const byRow = new Map(marks.map((m) => [m.items[0]!.event!.row, m]));

  it('keeps every event, placed or listed apart', () => {
    expect(marks.length + unpositioned.length).toBe(events.length);
    expect(events.length).toBeGreaterThan(20);
  });

  it('puts an undated row with the row above it, flagged', () => {
    const undated = marks.filter((m) => m.undated);
    expect(undated.length).toBeGreaterThan(0);
    for (const m of undated) {
      const row = m.items[0]!.event!.row!;
      // The nearest dated row above, in the same source.
      let above: TimelineMark | undefined;
      for (let r = row - 1; r > 0 && !above; r--) {
        const cand = byRow.get(r);
        if (cand && !cand.undated) above = cand;
      }
      expect(above, `a dated row above row ${row}`).toBeDefined();
      expect(m.start).toBe(above!.start);
      expect(m.dateLabel).toBe(above!.dateLabel);
    }
  });

  it('draws date ranges with their length', () => {
    const congress = marks.find((m) => /Congrès de Boulogne/.test(m.title));
    expect(congress).toBeDefined();
    expect(congress!.end).toBeGreaterThan(congress!.start);
    expect(Math.floor(congress!.start)).toBe(1993);
    const manifesto = marks.find((m) => m.dateLabel === '1992-1994');
    expect(manifesto, 'the row dated « 1992-1994 »').toBeDefined();
    expect([manifesto!.start, manifesto!.end]).toEqual([1992, 1995]);
  });
});

describe('layout', () => {
  const layout = layoutTimeline(items, { sources: catalogue.sources, pxPerYear: 48 });

  it('has one lane per source, in source order, spanning the documents’ years', () => {
    const order = catalogue.sources
      .map((s) => s.file)
      .filter((f) => layout.lanes.some((l) => l.source === f));
    expect(layout.lanes.map((l) => l.source)).toEqual(order);
    expect(layout.minYear).toBeLessThanOrEqual(1993);
    // maxYear closes the last year drawn: 2012, France urbaine's year.
    expect(layout.maxYear).toBe(2013);
  });

  it('clusters the 19 France urbaine cases of 2012 into one mark linking to all of them', () => {
    const clusters = layout.lanes.flatMap((l) => l.marks).filter((m) => m.kind === 'cluster');
    const cases = clusters.find((c) => c.items.every((i) => i.kind === 'case'));
    expect(cases?.items).toHaveLength(19);
    expect(cases?.title).toBe('19 études de cas');
    expect(cases?.start).toBe(2012);
  });

  it('shows each item at most once', () => {
    const ids = layout.lanes.flatMap((l) => l.marks.flatMap((m) => m.items.map((i) => i.id)));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('never overlaps two marks on one track (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            start: fc.double({ min: 1990, max: 2012, noNaN: true }),
            len: fc.double({ min: 0, max: 3, noNaN: true }),
            title: fc.string({ maxLength: 60 }),
          }),
          { maxLength: 60 },
        ),
        fc.constantFrom(12, 48, 260),
        (specs, px) => {
          const marks: TimelineMark[] = specs.map((s, i) => ({
            key: String(i),
            lane: 'l',
            kind: 'event',
            start: s.start,
            end: s.start + s.len,
            title: s.title,
            dateLabel: '1993',
            undated: false,
            items: [],
            order: i,
            track: 0,
          }));
          const tracks = packTracks(marks, 1990, px, defaultLabelWidth, 8);
          const span = (m: TimelineMark) =>
            [
              (m.start - 1990) * px,
              Math.max((m.start - 1990) * px + defaultLabelWidth(m), (m.end - 1990) * px),
            ] as const;
          for (const a of marks) {
            expect(a.track).toBeLessThan(Math.max(tracks, 1));
            for (const b of marks) {
              if (a === b || a.track !== b.track) continue;
              const [a0, a1] = span(a);
              const [b0, b1] = span(b);
              expect(a1 + 8 <= b0 || b1 + 8 <= a0).toBe(true);
            }
          }
        },
      ),
    );
  });

  it('zooms through fixed levels and picks sparser ticks when zoomed out', () => {
    expect(zoomStep(48, 1)).toBeGreaterThan(48);
    expect(zoomStep(48, -1)).toBeLessThan(48);
    expect(zoomStep(12, -1)).toBe(12);
    expect(yearTicks(1992, 2013, 12).every((y) => y % 5 === 0)).toBe(true);
    // 2013 closes 2012: the last tick is 2012.
    expect(yearTicks(1992, 2013, 48)).toHaveLength(21);
    expect(yearTicks(1992, 2013, 48).at(-1)).toBe(2012);
  });
});

describe('links from events to catalogue entries', () => {
  const candidates = items.filter(
    (i) => i.kind === 'programme' || i.kind === 'case' || i.kind === 'experience',
  );

  it('follows the parser’s related ids, dropping ids that are not items', () => {
    const balise = items.find((i) => i.kind === 'event' && /Création de Balise/.test(i.title));
    expect(balise).toBeDefined();
    expect(relatedItems(balise!, byId, candidates).map((i) => i.title)).toContain('Balise');
  });

  it('finds a programme named in the text when the parser gave none', () => {
    const balise = items.find((i) => i.kind === 'programme' && i.title === 'Balise')!;
    const ev = {
      ...items.find((i) => i.kind === 'event')!,
      id: 'ev',
      title: 'Lancement',
      event: {
        ...items.find((i) => i.kind === 'event')!.event!,
        related: [],
        text: 'Le programme Balise est lancé.',
      },
    } as CatalogueItem;
    expect(relatedItems(ev, byId, candidates)).toContain(balise);
    const partial = { ...ev, event: { ...ev.event!, text: 'Le balisage des parcours.' } } as CatalogueItem;
    expect(relatedItems(partial, byId, candidates)).not.toContain(balise);
  });
});
