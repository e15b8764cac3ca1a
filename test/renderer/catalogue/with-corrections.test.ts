import { describe, expect, it } from 'vitest';
import { buildCatalogue } from '../../../electron/pipeline';
import { readDocuments } from '../../../electron/cli/documents';
import { SearchEngine } from '../../../electron/shared/search';
import { index } from '../../../renderer/src/catalogue/CatalogueContext';
import { withCorrections, type CorrectionCache } from '../../../renderer/src/catalogue/with-corrections';
import { computeFacets, emptySelection } from '../../../renderer/src/core/facets';
import { countByDepartment } from '../../../renderer/src/core/geo';
import { layoutTimeline } from '../../../renderer/src/core/timeline';
import type { FactCorrectionRow, FactField } from '../../../renderer/src/db/correction-rows';

const bundled = index(buildCatalogue(readDocuments()).catalogue);
const VITA = 'vita-pole-sud-pole-de-cooperation-et-d-initiatives-sud-rhone';

const fix = (field: FactField, corrected: string, updatedAt = 1, targetId = VITA): FactCorrectionRow => ({
  id: `c-${targetId}-${field}`,
  targetId,
  kind: 'fact',
  field,
  original: '',
  corrected,
  comment: '',
  createdAt: 1,
  updatedAt,
});

const placeCount = (items: typeof bundled.items, value: string) =>
  computeFacets(items, emptySelection())
    .find((f) => f.key === 'place')!
    .values.find((v) => v.value === value)?.count ?? 0;

const yearOfMark = (items: typeof bundled.items, id: string) =>
  layoutTimeline(items, { sources: bundled.catalogue.sources, pxPerYear: 40, clusterAbove: 1000 })
    .lanes.flatMap((l) => l.marks)
    .find((m) => m.items.some((i) => i.id === id))?.start;

describe('withCorrections on the real catalogue', () => {
  it('the entry is the VITA one, in the Drôme, of 2008', () => {
    expect(bundled.byId.get(VITA)).toMatchObject({ departmentCode: '26', region: 'Rhône-Alpes', year: 2008 });
  });

  it('leaves the catalogue as it is without corrections', () => {
    expect(withCorrections(bundled, [])).toBe(bundled);
  });

  it('a corrected department moves the entry in the place facet, on the map and to its region', () => {
    const joined = withCorrections(bundled, [fix('department', 'Gironde')]);
    const item = joined.byId.get(VITA)!;
    expect(item).toMatchObject({ department: 'Gironde', departmentCode: '33', region: 'Aquitaine' });
    expect(placeCount(joined.items, '26')).toBe(placeCount(bundled.items, '26') - 1);
    expect(placeCount(joined.items, '33')).toBe(placeCount(bundled.items, '33') + 1);
    const map = countByDepartment(joined.items);
    expect(map.byCode.get('33')!.items.map((i) => i.id)).toContain(VITA);
    expect((map.byCode.get('26')?.items ?? []).map((i) => i.id)).not.toContain(VITA);
    // What the entry view shows as the original, one click away.
    expect(joined.corrected!.get(VITA)).toEqual({
      fields: new Set(['department']),
      original: bundled.byId.get(VITA),
    });
    expect(joined.catalogue.entries.find((e) => e.id === VITA)!.department).toBe('Gironde');
  });

  it('a corrected year moves the entry in the chronology and the year facet', () => {
    const joined = withCorrections(bundled, [fix('year', '2003')]);
    expect(yearOfMark(bundled.items, VITA)).toBe(2008);
    expect(yearOfMark(joined.items, VITA)).toBe(2003);
    const years = computeFacets(joined.items, emptySelection()).find((f) => f.key === 'year')!.values;
    const before = computeFacets(bundled.items, emptySelection()).find((f) => f.key === 'year')!.values;
    const count = (vs: typeof years, y: string) => vs.find((v) => v.value === y)?.count ?? 0;
    expect(count(years, '2003')).toBe(count(before, '2003') + 1);
    expect(count(years, '2008')).toBe(count(before, '2008') - 1);
  });

  it('keeps unchanged items, and a corrected item while its corrections do not change', () => {
    const cache: CorrectionCache = new Map();
    const a = withCorrections(bundled, [fix('year', '2003')], cache);
    const b = withCorrections(bundled, [fix('year', '2003')], cache);
    expect(b.byId.get(VITA)).toBe(a.byId.get(VITA));
    expect(a.byId.get(VITA)).not.toBe(bundled.byId.get(VITA));
    const other = bundled.items.find((i) => i.id !== VITA)!;
    expect(a.byId.get(other.id)).toBe(other);
    // The search adds the corrected item only.
    expect(a.importedItems).toEqual([a.byId.get(VITA)]);
    const c = withCorrections(bundled, [fix('year', '2004', 2)], cache);
    expect(c.byId.get(VITA)).not.toBe(a.byId.get(VITA));
    expect(c.byId.get(VITA)!.year).toBe(2004);
  });

  it('search finds the entry by its corrected territory, and no longer once the correction is deleted', () => {
    const engine = new SearchEngine(bundled.bundledItems);
    const ids = (q: string) => engine.search(q).hits.map((h) => h.id);
    expect(ids('Tain-l’Hermitage')).not.toContain(VITA);
    const joined = withCorrections(bundled, [fix('territory', 'Tain-l’Hermitage')]);
    engine.addItems(joined.importedItems);
    expect(ids('Tain-l’Hermitage')[0]).toBe(VITA);
    expect(ids('Pôle sud coopération').filter((id) => id === VITA)).toHaveLength(1);
    // The correction deleted: the bundled entry answers again, under its own territory.
    engine.removeItems([VITA]);
    expect(ids('Tain-l’Hermitage')).not.toContain(VITA);
    expect(ids('Pôle sud coopération')).toContain(VITA);
  });

  it('ignores corrections of ids the catalogue does not hold', () => {
    expect(withCorrections(bundled, [fix('year', '2001', 1, 'no-such-entry')])).toBe(bundled);
  });
});
