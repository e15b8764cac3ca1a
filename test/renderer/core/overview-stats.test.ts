import { describe, expect, it } from 'vitest';
import { buildCatalogue } from '../../../electron/pipeline/index';
import { readDocuments } from '../../../electron/cli/documents';
import { toItems } from '../../../electron/shared/items';
import { applyFilters, overviewStats } from '../../../renderer/src/core/overview-stats';
import { countByDepartment } from '../../../renderer/src/core/geo';
import { catalogueHref, readState } from '../../../renderer/src/core/url-state';

const facetsOf = (query: string) => readState(new URLSearchParams(query)).facets;

const catalogue = buildCatalogue(readDocuments()).catalogue;
const items = toItems(catalogue);
const stats = overviewStats(items, catalogue.sources);

describe('overview statistics on the real catalogue', () => {
  it('counts every item once by source, kind and decade', () => {
    const sum = (bars: { count: number }[]) => bars.reduce((n, b) => n + b.count, 0);
    expect(sum(stats.bySource)).toBe(items.length);
    expect(sum(stats.byKind)).toBe(items.length);
    expect(sum(stats.byDecade)).toBe(items.filter((i) => i.year !== null).length);
    expect(stats.counts.fiches).toBe(items.length);
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
      expect(applyFilters(items, readState(url.searchParams).facets, null)).toHaveLength(bar.count);
    }
  });

  it('spans the documents’ years', () => {
    expect(stats.yearRange?.[0]).toBeLessThanOrEqual(1993);
    expect(stats.yearRange?.[1]).toBe(2012);
  });
});

describe('URL filters', () => {
  it('builds catalogue links with the catalogue’s own parameter names', () => {
    expect(catalogueHref({})).toBe('/catalogue');
    expect(catalogueHref({ place: ['59'] })).toBe('/catalogue?lieu=59');
    expect(catalogueHref({ kind: ['case'], year: ['2008'] })).toBe('/catalogue?type=case&annee=2008');
    expect(catalogueHref({ q: ' clause sociale ', theme: ['Mobilité', 'Jeunes'] })).toBe(
      '/catalogue?q=clause+sociale&theme=Mobilit%C3%A9&theme=Jeunes',
    );
    // The old English spellings are gone: they no longer filter anything.
    expect(facetsOf('kind=event&dept=38&year=2008')).toEqual(facetsOf(''));
  });

  it('filters by department code through placement and intersects with search hits', () => {
    const isere = applyFilters(items, facetsOf('lieu=38'), null);
    expect(isere.length).toBeGreaterThanOrEqual(3);
    expect(isere.every((i) => i.departmentCode === '38')).toBe(true);
    // A department name written by hand selects the same entries.
    expect(applyFilters(items, facetsOf('lieu=Is%C3%A8re'), null)).toEqual(isere);
    const one = new Set([isere[0]!.id]);
    expect(applyFilters(items, facetsOf('lieu=38'), one)).toHaveLength(1);
    expect(applyFilters(items, facetsOf('lieu=38&type=event'), null)).toHaveLength(0);
  });

  it('selects exactly the entries the map shows in each department', () => {
    const counts = countByDepartment(items);
    expect(counts.byCode.size).toBeGreaterThan(10);
    for (const [code, slot] of counts.byCode) {
      const url = new URL(catalogueHref({ place: [code] }), 'http://x');
      const ids = applyFilters(items, readState(url.searchParams).facets, null).map((i) => i.id);
      expect(ids.sort()).toEqual(slot.items.map((i) => i.id).sort());
    }
  });
});
