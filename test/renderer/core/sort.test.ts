// Sorting the catalogue's list on the real catalogue: each order holds over every item, ties and
// missing values keep the relevance order and go last.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCatalogue } from '../../../electron/pipeline/index';
import { readDocuments } from '../../../electron/cli/documents';
import { toItems, type CatalogueItem } from '../../../electron/shared/items';
import { SORT_KEYS, sortBy } from '../../../renderer/src/core/sort';

let items: CatalogueItem[];
let order: string[];
beforeAll(() => {
  const { catalogue } = buildCatalogue(readDocuments());
  items = toItems(catalogue);
  order = catalogue.sources.map((s) => s.file);
});
const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true, ignorePunctuation: true });
const same = (x: CatalogueItem) => x;

describe('sorting the catalogue list', () => {
  it('relevance keeps the given order, as a copy', () => {
    const reversed = [...items].reverse();
    const sorted = sortBy(reversed, 'relevance', same, order);
    expect(sorted).toEqual(reversed);
    expect(sorted).not.toBe(reversed);
  });

  it('by year: most recent first, undated last, ties in their previous order', () => {
    const sorted = sortBy(items, 'year', same, order);
    expect(sorted).toHaveLength(items.length);
    const years = sorted.map((i) => i.year);
    const dated = years.filter((y): y is number => y !== null);
    expect(dated.length).toBeGreaterThan(50);
    expect(dated).toEqual([...dated].sort((a, b) => b - a));
    expect(years.slice(dated.length).every((y) => y === null)).toBe(true);
    // Stable: within a year, the original order.
    const y = dated[0]!;
    expect(sorted.filter((i) => i.year === y)).toEqual(items.filter((i) => i.year === y));
  });

  it('by territory: alphabetical in French, entries without a territory last', () => {
    const sorted = sortBy(items, 'territory', same, order);
    const named = sorted.filter((i) => i.territory?.trim());
    expect(named.length).toBeGreaterThan(20);
    for (let k = 1; k < named.length; k++)
      expect(collator.compare(named[k - 1]!.territory!, named[k]!.territory!)).toBeLessThanOrEqual(0);
    expect(sorted.slice(named.length).every((i) => !i.territory?.trim())).toBe(true);
  });

  it('by territory: accents and case do not push a name after Z', () => {
    const at = (territory: string | null) => ({ ...items[0]!, territory });
    const sorted = sortBy(
      [at('Villeurbanne'), at(null), at('île-de-France'), at('Amiens')],
      'territory',
      same,
    );
    expect(sorted.map((i) => i.territory)).toEqual(['Amiens', 'île-de-France', 'Villeurbanne', null]);
  });

  it('by source: in the catalogue’s source order', () => {
    const shuffled = [...items].sort((a, b) => a.id.localeCompare(b.id));
    const ranks = sortBy(shuffled, 'source', same, order).map((i) => order.indexOf(i.source));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(new Set(ranks).size).toBe(order.length);
  });

  it('every order is a permutation of the list', () => {
    for (const key of SORT_KEYS) {
      const sorted = sortBy(items, key, same, order);
      expect(new Set(sorted.map((i) => i.id))).toEqual(new Set(items.map((i) => i.id)));
    }
  });
});
