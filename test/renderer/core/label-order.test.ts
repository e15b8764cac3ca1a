import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCatalogue } from '../../../electron/pipeline/index';
import { readDocuments } from '../../../electron/cli/documents';
import { DEPARTMENTS } from '../../../electron/shared/places';
import { toItems } from '../../../electron/shared/items';
import { compareLabels } from '../../../renderer/src/core/label-order';
import { computeFacets, emptySelection } from '../../../renderer/src/core/facets';

// The order the facets had with Intl.Collator, which compareLabels replaces on the first screen.
const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });
const sign = (n: number) => Math.sign(n);

let labels: string[];

beforeAll(() => {
  const { catalogue } = buildCatalogue(readDocuments());
  const items = toItems(catalogue);
  const facets = computeFacets(items, emptySelection(), [], []);
  labels = [
    ...new Set([
      ...facets.flatMap((f) => f.values.map((v) => v.label)),
      ...DEPARTMENTS.flatMap((d) => [d.name, d.region]),
      ...items.flatMap((i) => i.themes),
      ...catalogue.sources.map((s) => s.label),
    ]),
  ];
});

describe('compareLabels', () => {
  it('sorts every label of the real catalogue (facets, departments, regions, themes) as Intl.Collator("fr")', () => {
    expect(labels.length).toBeGreaterThan(150);
    expect([...labels].sort(compareLabels)).toEqual([...labels].sort(collator.compare));
  });

  it('agrees pairwise with the collator on the real labels', () => {
    for (const a of labels) {
      for (const b of labels)
        expect(sign(compareLabels(a, b)), `${a} / ${b}`).toBe(sign(collator.compare(a, b)));
    }
  });

  it('ignores case, accents and ligatures; numbers compare by value; spaces and punctuation before letters', () => {
    expect(compareLabels('Île-de-France', 'ile de france')).toBeGreaterThan(0);
    expect(compareLabels('Élan', 'elan')).toBe(0);
    expect(compareLabels('Œuvre', 'oeuvre')).toBe(0);
    expect(compareLabels('Groupe 2', 'Groupe 10')).toBeLessThan(0);
    expect(compareLabels('Groupe 02', 'Groupe 2')).toBe(0);
    expect(compareLabels('Saint Denis', 'Saint-Denis')).toBeLessThan(0);
    expect(compareLabels('Saint-Denis', 'Saintes')).toBeLessThan(0);
    expect(compareLabels('Ain', 'Aisne')).toBeLessThan(0);
    expect(compareLabels('Zone 9', 'Zone A')).toBeLessThan(0);
  });

  it('agrees with the collator on French-like words, with digits and punctuation', () => {
    const word = fc.stringMatching(/^[A-Za-zÀÂÇÉÈÊËÎÏÔÙÛÜàâçéèêëîïôùûüœŒ0-9 '’-]{0,12}$/);
    fc.assert(
      fc.property(word, word, (a, b) => {
        // Apart from equal folded forms, which the collator may order by accents at a finer
        // strength than it reports: both say « same » (0) at the base strength.
        expect(sign(compareLabels(a, b))).toBe(sign(collator.compare(a, b)));
      }),
      { numRuns: 3000 },
    );
  });

  it('leaves the facets in the order the collator gave them: count, then label', () => {
    const { catalogue } = buildCatalogue(readDocuments());
    const facets = computeFacets(toItems(catalogue), emptySelection(), [], []);
    for (const key of ['place', 'theme'] as const) {
      const values = facets.find((f) => f.key === key)!.values;
      expect(values.length).toBeGreaterThan(5);
      const byCollator = [...values].sort((a, b) => b.count - a.count || collator.compare(a.label, b.label));
      expect(values.map((v) => v.value)).toEqual(byCollator.map((v) => v.value));
    }
  });
});
