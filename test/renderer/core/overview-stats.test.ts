import { describe, expect, it } from 'vitest';
import { buildCatalogue } from '../../../electron/main/parsing/index';
import { readDocuments } from '../../../electron/main/parsing/documents';
import { toItems } from '../../../renderer/src/core/items';
import {
  applyFilters,
  catalogueHref,
  filtersToSearch,
  overviewStats,
  readFilters,
} from '../../../renderer/src/core/overview-stats';

const catalogue = buildCatalogue(readDocuments()).catalogue;
const items = toItems(catalogue);
const stats = overviewStats(items, catalogue.sources);

describe('overview statistics on the real catalogue', () => {
  it('counts every item once by source, kind and decade', () => {
    const sum = (bars: { count: number }[]) => bars.reduce((n, b) => n + b.count, 0);
    expect(sum(stats.bySource)).toBe(items.length);
    expect(sum(stats.byKind)).toBe(items.length);
    expect(sum(stats.byDecade)).toBe(items.filter((i) => i.year !== null).length);
    expect(stats.entries + stats.events).toBe(items.length);
    expect(stats.byKind.find((b) => b.key === 'case')?.count).toBe(19);
    expect(stats.byKind.find((b) => b.key === 'experience')?.count).toBe(27);
  });

  it('counts the VITA working groups and the themes', () => {
    expect(stats.byGroup.length).toBe(5);
    expect(stats.byGroup.reduce((n, b) => n + b.count, 0)).toBe(items.filter((i) => i.group).length);
    expect(stats.byTheme.length).toBeGreaterThan(3);
    for (let i = 1; i < stats.byTheme.length; i++)
      expect(stats.byTheme[i - 1]!.count).toBeGreaterThanOrEqual(stats.byTheme[i]!.count);
  });

  it('links each bar to a catalogue filter that selects exactly its items', () => {
    for (const bar of [
      ...stats.bySource,
      ...stats.byKind,
      ...stats.byGroup,
      ...stats.byTheme,
      ...stats.byDecade,
    ]) {
      const url = new URL(bar.href, 'http://x');
      expect(url.pathname).toBe('/catalogue');
      expect(applyFilters(items, readFilters(url.searchParams), null)).toHaveLength(bar.count);
    }
  });

  it('spans the documents’ years', () => {
    expect(stats.yearRange?.[0]).toBeLessThanOrEqual(1993);
    expect(stats.yearRange?.[1]).toBe(2012);
  });
});

describe('URL filters', () => {
  it('round-trips repeated params and the query', () => {
    const s = filtersToSearch({
      q: ' clause sociale ',
      theme: ['Mobilité', 'Jeunes'],
      year: ['2008'],
      dept: ['2A'],
    });
    const f = readFilters(new URLSearchParams(s));
    expect(f).toEqual({
      q: 'clause sociale',
      source: [],
      kind: [],
      group: [],
      dept: ['2A'],
      theme: ['Mobilité', 'Jeunes'],
      year: ['2008'],
    });
    expect(catalogueHref({})).toBe('/catalogue');
    expect(catalogueHref({ dept: ['59'] })).toBe('/catalogue?dept=59&lieu=Nord');
    expect(catalogueHref({ kind: ['case'] })).toBe('/catalogue?kind=case&type=case');
    // The catalogue view's French spellings are read too.
    expect(readFilters(new URLSearchParams('type=event&lieu=Is%C3%A8re&annee=2008'))).toMatchObject({
      kind: ['event'],
      dept: ['38'],
      year: ['2008'],
    });
  });

  it('filters by department through placement and intersects with search hits', () => {
    const isere = applyFilters(items, readFilters(new URLSearchParams('dept=38')), null);
    expect(isere.length).toBeGreaterThanOrEqual(3);
    expect(isere.every((i) => i.departmentCode === '38')).toBe(true);
    const one = new Set([isere[0]!.id]);
    expect(applyFilters(items, readFilters(new URLSearchParams('dept=38')), one)).toHaveLength(1);
    expect(applyFilters(items, readFilters(new URLSearchParams('dept=38&kind=event')), null)).toHaveLength(0);
  });
});
