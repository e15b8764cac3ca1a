import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCatalogue } from '../../../electron/pipeline/index';
import { readDocuments } from '../../../electron/cli/documents';
import {
  computeFacets,
  emptySelection,
  FACET_KEYS,
  facetValues,
  LATER_FACETS,
  filterItems,
  matchesSelection,
  relaxations,
  type FacetKey,
  type FacetSelection,
} from '../../../renderer/src/core/facets';
import { toItems, type CatalogueItem } from '../../../electron/shared/items';

let items: CatalogueItem[];
let labels: Map<string, string>;
const VITA = '003_1a63ce81a07ade7b.txt';
const FRANCE_URBAINE = '002_9dfa6f2beeb70477.txt';

beforeAll(() => {
  const { catalogue } = buildCatalogue(readDocuments());
  items = toItems(catalogue);
  labels = new Map(catalogue.sources.map((s) => [s.file, s.label]));
});

const facet = (facets: ReturnType<typeof computeFacets>, key: string) => facets.find((f) => f.key === key)!;
const count = (facets: ReturnType<typeof computeFacets>, key: string, value: string) =>
  facet(facets, key).values.find((v) => v.value === value)?.count;

describe('computeFacets on the real catalogue', () => {
  it('counts every item once per source and per kind', () => {
    const facets = computeFacets(items, emptySelection());
    const sum = (key: string) => facet(facets, key).values.reduce((n, v) => n + v.count, 0);
    expect(sum('source')).toBe(items.length);
    expect(sum('kind')).toBe(items.length);
    expect(count(facets, 'kind', 'case')).toBe(19);
    expect(count(facets, 'kind', 'experience')).toBe(27);
  });

  it('lists the five VITA working groups, holding every experience', () => {
    const groups = facet(computeFacets(items, emptySelection()), 'group').values;
    expect(groups).toHaveLength(5);
    const experiences = items.filter((i) => i.kind === 'experience');
    expect(experiences.every((e) => e.group !== null)).toBe(true);
    expect(groups.reduce((n, g) => n + g.count, 0)).toBeGreaterThanOrEqual(experiences.length);
  });

  it('keeps the counts of a facet while one of its values is selected (OR within a facet)', () => {
    const none = computeFacets(items, emptySelection());
    const selection = { ...emptySelection(), source: [VITA] };
    const withVita = computeFacets(items, selection);
    expect(facet(withVita, 'source').values.map((v) => v.count)).toEqual(
      facet(none, 'source').values.map((v) => v.count),
    );
    expect(facet(withVita, 'source').values.find((v) => v.value === VITA)?.selected).toBe(true);
    // Other facets now describe VITA only.
    expect(count(withVita, 'kind', 'case')).toBeUndefined();
    expect(count(withVita, 'kind', 'experience')).toBe(27);
    const both = filterItems(items, { ...emptySelection(), source: [VITA, FRANCE_URBAINE] });
    expect(both.length).toBe(
      (count(none, 'source', VITA) ?? 0) + (count(none, 'source', FRANCE_URBAINE) ?? 0),
    );
  });

  it('combines facets with AND, and still lists a selected value whose count fell to 0', () => {
    const selection = { ...emptySelection(), source: [FRANCE_URBAINE], kind: ['experience'] };
    expect(filterItems(items, selection)).toEqual([]);
    const facets = computeFacets(items, selection);
    const exp = facet(facets, 'kind').values.find((v) => v.value === 'experience');
    expect(exp).toMatchObject({ count: 0, selected: true });
  });

  it('filters on a theme any of the item’s themes carries', () => {
    const theme = items.find((i) => i.themes.length > 1)!.themes[1]!;
    const kept = filterItems(items, { ...emptySelection(), theme: [theme] });
    expect(kept.length).toBe(items.filter((i) => i.themes.includes(theme)).length);
    expect(count(computeFacets(items, emptySelection()), 'theme', theme)).toBe(kept.length);
  });

  it('orders years newest first and sources in catalogue order', () => {
    const facets = computeFacets(items, emptySelection(), [...labels.keys()]);
    const years = facet(facets, 'year').values.map((v) => Number(v.value));
    expect(years).toEqual([...years].sort((a, b) => b - a));
    expect(facet(facets, 'source').values.map((v) => v.value)).toEqual(
      [...labels.keys()].filter((f) => items.some((i) => i.source === f)),
    );
    expect(facet(facets, 'source').values.map((v) => v.label)).toContain('VITA 2008');
  });

  it('suggests which filter to remove when nothing matches, most fruitful first', () => {
    const selection = { ...emptySelection(), source: [FRANCE_URBAINE], kind: ['experience'] };
    const r = relaxations(items, selection, labels);
    // Dropping the source leaves the 27 VITA experiences; dropping the kind, France urbaine's entries.
    expect(r[0]).toMatchObject({
      key: 'source',
      value: FRANCE_URBAINE,
      label: 'France urbaine 2012',
      count: 27,
    });
    expect(r[1]).toMatchObject({ key: 'kind', label: 'Expérience' });
    expect(r[1]!.count).toBe(filterItems(items, { ...emptySelection(), source: [FRANCE_URBAINE] }).length);
  });

  it('leaves the facets below the first screen uncounted for later, unless one of their values is selected', () => {
    const all = computeFacets(items, emptySelection());
    const first = computeFacets(items, emptySelection(), [], LATER_FACETS);
    // The panel's first screen: source, type and VITA group, counted at once.
    expect(first.filter((f) => f.values.length > 0).map((f) => f.key)).toEqual(['source', 'kind', 'group']);
    for (const key of LATER_FACETS) {
      expect(facet(first, key).values).toEqual([]);
      expect(facet(all, key).values.length).toBeGreaterThan(0);
    }
    // Every other facet has the same counts either way.
    expect(first.filter((f) => !LATER_FACETS.includes(f.key))).toEqual(
      all.filter((f) => !LATER_FACETS.includes(f.key)),
    );
    // A selected value filters the list: then its facet is counted at once, as without deferral.
    for (const selection of [
      { ...emptySelection(), completeness: ['contact'] },
      { ...emptySelection(), theme: [facet(all, 'theme').values[0]!.value] },
    ]) {
      const deferred = computeFacets(items, selection, [], LATER_FACETS);
      const [key] = Object.entries(selection).find(([, v]) => v.length > 0)!;
      expect(facet(deferred, key as FacetKey)).toEqual(
        facet(computeFacets(items, selection), key as FacetKey),
      );
    }
  });

  it('a facet count always equals the number of results the click would give (property)', () => {
    const valuesOf = (key: (typeof FACET_KEYS)[number]) => [
      ...new Set(items.flatMap((i) => facetValues(i, key))),
    ];
    const arbSelection: fc.Arbitrary<FacetSelection> = fc.record(
      Object.fromEntries(
        FACET_KEYS.map((k) => [k, fc.subarray([...valuesOf(k), 'valeur-inconnue'], { maxLength: 2 })]),
      ) as { [K in keyof FacetSelection]: fc.Arbitrary<string[]> },
    );
    fc.assert(
      fc.property(arbSelection, fc.subarray(items, { minLength: 0 }), (selection, subset) => {
        const results = filterItems(subset, selection);
        expect(results.every((i) => matchesSelection(i, selection))).toBe(true);
        for (const f of computeFacets(subset, selection)) {
          for (const v of f.values) {
            const clicked = { ...selection, [f.key]: [v.value] };
            expect(v.count).toBe(filterItems(subset, clicked).length);
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});
