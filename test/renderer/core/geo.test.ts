import { describe, expect, it } from 'vitest';
import { buildCatalogue } from '../../../electron/pipeline/index';
import { readDocuments } from '../../../electron/cli/documents';
import { toItems, type CatalogueItem } from '../../../electron/shared/items';
import {
  countByDepartment,
  departmentLabel,
  levelOf,
  placeItem,
  shadeSteps,
} from '../../../renderer/src/core/geo';
import { departmentFromPostcode, departmentInTerritory } from '../../../electron/shared/places';

const items = toItems(buildCatalogue(readDocuments()).catalogue);

function item(
  over: Partial<CatalogueItem> & { address?: string | null; postcode?: string | null },
): CatalogueItem {
  const { address = null, postcode = null, ...rest } = over;
  return {
    id: 'x',
    kind: 'experience',
    title: 'T',
    territory: null,
    department: null,
    departmentCode: null,
    region: null,
    organisation: null,
    group: null,
    source: 's',
    sourceLabel: 'S',
    year: null,
    themes: [],
    summary: '',
    entry: { address, postcode, lines: [1, 1] } as unknown as CatalogueItem['entry'],
    event: null,
    ...rest,
  };
}

/** Cases and experiences whose territory or postcode names their department: all 46 today. */
const CHECKED_AT_LEAST = 46;

const code = (i: CatalogueItem) => {
  const p = placeItem(i);
  return p.placed ? p.department.code : null;
};

describe('placement on the real catalogue', () => {
  const byTitle = (re: RegExp) => {
    const found = items.find((i) => re.test(i.title));
    if (!found) throw new Error(`no item ${re}`);
    return found;
  };

  it('places the France urbaine cases by their city', () => {
    expect(code(byTitle(/SélanC/))).toBe('49');
    expect(code(byTitle(/Charte entreprise-territoire/))).toBe('93');
    expect(code(byTitle(/Maraîchers nantais/))).toBe('44');
    expect(code(byTitle(/REVE/))).toBe('67');
    expect(code(byTitle(/Ancrage des entreprises/))).toBe('37');
  });

  it('places every case and experience', () => {
    const located = items.filter((i) => i.kind === 'case' || i.kind === 'experience');
    expect(located.length).toBeGreaterThanOrEqual(19 + 27);
    const unplaced = located.filter((i) => !placeItem(i).placed).map((i) => i.title);
    expect(unplaced).toEqual([]);
  });

  it('agrees with the territory when it names a department, else with the postcode', () => {
    const checked = items
      .filter((x) => x.kind === 'case' || x.kind === 'experience')
      .flatMap((i) => {
        const stated =
          (i.territory && departmentInTerritory(i.territory)) ||
          (i.entry?.postcode ? departmentFromPostcode(i.entry.postcode) : null);
        return stated ? [{ title: i.title, code: code(i), stated: stated.code }] : [];
      });
    expect(checked.length).toBeGreaterThanOrEqual(CHECKED_AT_LEAST);
    expect(checked.filter((c) => c.code !== c.stated)).toEqual([]);
  });

  it('lists what it cannot place with a reason, and never places events', () => {
    const counts = countByDepartment(items);
    const entries = items.filter((i) => i.kind !== 'event');
    expect(counts.placedCount + counts.unplaced.length).toBe(entries.length);
    for (const u of counts.unplaced) expect(u.reason.length).toBeGreaterThan(5);
    expect(counts.unplaced.some((u) => u.item.kind === 'event')).toBe(false);
    const total = [...counts.byCode.values()].reduce((n, c) => n + c.items.length, 0);
    expect(total).toBe(counts.placedCount);
  });
});

describe('fallbacks when the parser gave no code', () => {
  it('uses the department name, loosely spelled', () => {
    expect(code(item({ department: 'Cotes d Armor' }))).toBe('22');
    expect(code(item({ department: 'Val-d’Oise' }))).toBe('95');
  });

  it('uses the postcode, then a postcode in the address', () => {
    expect(code(item({ postcode: '20090' }))).toBe('2A');
    expect(code(item({ postcode: '20200' }))).toBe('2B');
    expect(code(item({ postcode: '97400' }))).toBe('974');
    expect(code(item({ address: 'Chemin du Larris / 91150 ETAMPES' }))).toBe('91');
    expect(code(item({ address: 'Marché d’Intérêt National - Boîte N° 57 / 31200 Toulouse' }))).toBe('31');
  });

  it('does not mistake a region for one of its departments', () => {
    const p = placeItem(item({ department: 'Midi-Pyrénées', territory: 'Midi-Pyrénées' }));
    expect(p).toEqual({ placed: false, reason: expect.stringContaining('région') });
  });

  it('survives hostile input', () => {
    expect(placeItem(item({ departmentCode: '99', department: '', territory: '((()))' })).placed).toBe(false);
  });
});

describe('legend', () => {
  it('covers every count from 1 to max exactly once', () => {
    for (const max of [1, 2, 3, 4, 5, 7, 19]) {
      const steps = shadeSteps(max);
      for (let n = 0; n <= max; n++) expect(steps.filter((s) => n >= s.min && n <= s.max)).toHaveLength(1);
      expect(levelOf(max, steps)).toBe(steps[steps.length - 1]!.level);
    }
  });

  it('names a department with its count', () => {
    expect(departmentLabel('Nord', 3)).toBe('Nord : 3 fiches');
    expect(departmentLabel('Nord', 1)).toBe('Nord : 1 fiche');
    expect(departmentLabel('Cantal', 0)).toBe('Cantal : aucune fiche');
  });
});
