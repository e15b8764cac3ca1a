// One definition of each count, and every view's numbers derived from it agree.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCatalogue } from '../../../electron/pipeline';
import { readDocuments } from '../../../electron/cli/documents';
import { toItems, type CatalogueItem } from '../../../electron/shared/items';
import {
  countItems,
  countPhrase,
  formatCount,
  countsSummary,
  yearSpan,
  COUNT_KIND_OF,
} from '../../../renderer/src/core/counts';
import { overviewStats } from '../../../renderer/src/core/overview-stats';
import { computeFacets, emptySelection } from '../../../renderer/src/core/facets';
import { layoutTimeline, yearTicks } from '../../../renderer/src/core/timeline';
import { ENTRY_KINDS } from '../../../electron/shared/schema';

const catalogue = buildCatalogue(readDocuments()).catalogue;
const items = toItems(catalogue);

describe('definitions', () => {
  it('a fiche is every item: initiatives, texts and events, each counted once', () => {
    const counts = countItems(items);
    expect(counts.initiatives + counts.texts + counts.events).toBe(counts.fiches);
    expect(counts.fiches).toBe(catalogue.entries.length + catalogue.events.length);
    expect(counts.events).toBe(catalogue.events.length);
    expect(counts.texts).toBe(catalogue.entries.filter((e) => e.kind === 'text').length);
  });
  it('initiatives are the cases, experiences and programmes; every entry kind is placed', () => {
    for (const kind of ENTRY_KINDS) expect(COUNT_KIND_OF[kind]).toBeDefined();
    expect(countItems([{ kind: 'case' }, { kind: 'experience' }, { kind: 'programme' }])).toEqual({
      fiches: 3,
      initiatives: 3,
      texts: 0,
      events: 0,
    });
  });
  it('the five documents give 51 initiatives, 17 texts and 41 events', () => {
    expect(countItems(items)).toEqual({ fiches: 109, initiatives: 51, texts: 17, events: 41 });
  });
  it('writes counts exactly as toLocaleString("fr-FR"), without Intl for whole numbers', () => {
    const values = [
      0,
      1,
      7,
      999,
      1000,
      1234,
      10_000,
      99_999,
      100_000,
      1_234_567,
      2 ** 40,
      -1,
      -1234,
      -1_000_000,
    ];
    for (const n of values) expect(formatCount(n), String(n)).toBe(n.toLocaleString('fr-FR'));
    fc.assert(
      fc.property(fc.integer(), (n) => {
        expect(formatCount(n)).toBe(n.toLocaleString('fr-FR'));
      }),
    );
    // Anything else is Intl's: decimals, and numbers past exact integers.
    expect(formatCount(1234.5)).toBe((1234.5).toLocaleString('fr-FR'));
    expect(formatCount(2 ** 60)).toBe((2 ** 60).toLocaleString('fr-FR'));
    expect(countPhrase(1234, 'fiche')).toBe('1\u202f234 fiches');
  });
  it('words them the French way', () => {
    expect(countPhrase(0, 'fiche')).toBe('Aucune fiche');
    expect(countPhrase(0, 'event')).toBe('Aucun événement');
    expect(countPhrase(1, 'text')).toBe('1 texte');
    expect(countPhrase(1234, 'fiche').replace(/\s/g, ' ')).toBe('1 234 fiches');
    expect(countsSummary({ fiches: 109, initiatives: 51, texts: 17, events: 41 })).toBe(
      '109 fiches : 51 initiatives, 17 textes, 41 événements',
    );
    expect(countsSummary({ fiches: 1, initiatives: 1, texts: 0, events: 0 })).toBe('1 fiche : 1 initiative');
    expect(countsSummary({ fiches: 0, initiatives: 0, texts: 0, events: 0 })).toBe('Aucune fiche');
  });
  it('the period runs from the first to the last year carried', () => {
    expect(yearSpan(items)).toEqual([1992, 2012]);
    expect(yearSpan([{ year: null }])).toBeNull();
  });
});

describe('every view counts the same', () => {
  const stats = overviewStats(items, catalogue.sources);
  const facets = computeFacets(items, emptySelection());
  const layout = layoutTimeline(items, { sources: catalogue.sources, pxPerYear: 48 });
  const onTimeline = (lane: { marks: { items: CatalogueItem[] }[] }) =>
    lane.marks.reduce((n, m) => n + m.items.length, 0);

  it('overview, catalogue list and chronology hold the same fiches', () => {
    expect(stats.counts).toEqual(countItems(items));
    const placed = layout.lanes.reduce((n, l) => n + onTimeline(l), 0) + layout.unpositioned.length;
    expect(placed).toBe(stats.counts.fiches);
  });
  it('each source counts the same in the overview, the catalogue facet and its chronology lane', () => {
    const facet = new Map(facets.find((f) => f.key === 'source')!.values.map((v) => [v.value, v.count]));
    for (const bar of stats.bySource) {
      expect(facet.get(bar.key), bar.label).toBe(bar.count);
      const lane = layout.lanes.find((l) => l.source === bar.key)!;
      const unplaced = layout.unpositioned.filter((i) => i.source === bar.key).length;
      expect(onTimeline(lane) + unplaced, bar.label).toBe(bar.count);
    }
    const fu = stats.bySource.find((b) => /France urbaine/.test(b.label))!;
    expect(fu.count).toBe(23);
  });
  it('the chronology’s axis ends at the overview’s last year', () => {
    const [, last] = stats.yearRange!;
    const ticks = yearTicks(layout.minYear, layout.maxYear, 48);
    expect(ticks[ticks.length - 1]).toBe(last);
    expect(layout.maxYear - 1).toBe(last);
  });
});
