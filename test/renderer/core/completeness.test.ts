import { beforeAll, describe, expect, it } from 'vitest';
import { buildCatalogue } from '../../../electron/pipeline/index';
import { readDocuments } from '../../../electron/cli/documents';
import { toItems, type CatalogueItem } from '../../../electron/shared/items';
import type { Entry } from '../../../electron/shared/schema';
import {
  completeness,
  completenessGaps,
  hasFigure,
  hasFiguredResults,
} from '../../../renderer/src/core/completeness';
import { computeFacets, emptySelection, filterItems } from '../../../renderer/src/core/facets';
import { ficheToEntry } from '../../../renderer/src/core/fiche-entry';
import { FicheFields } from '../../../renderer/src/db/fiche-rows';

let entries: Entry[];
let items: CatalogueItem[];
const VITA = '003_1a63ce81a07ade7b.txt';
const FRANCE_URBAINE = '002_9dfa6f2beeb70477.txt';

beforeAll(() => {
  const { catalogue } = buildCatalogue(readDocuments());
  entries = catalogue.entries;
  items = toItems(catalogue);
});

const has = (e: Entry, key: string) => completeness(e).find((c) => c.key === key)!.has;

describe('figures', () => {
  it.each([
    '907 demandeurs d’emploi accompagnés',
    '63% de sorties positives',
    '18,7 M€ investis',
    '5 700 personnes',
    '50 % des',
    '112 emplois créés',
  ])('a counted result: %s', (text) => expect(hasFigure(text)).toBe(true));
  it.each([
    'en 2006 bénéficiaires du RSA',
    'Tél. 02 99 71 23 45',
    '3. La vision des élus',
    'depuis 1998',
    'loi du 1er décembre 2008',
  ])('not a result: %s', (text) => expect(hasFigure(text)).toBe(false));
});

describe('completeness on the real catalogue', () => {
  it('gives every entry the same checklist, facts, parts and decision criteria', () => {
    for (const e of entries) {
      const checks = completeness(e);
      expect(checks.map((c) => c.key)).toEqual(completeness(entries[0]!).map((c) => c.key));
      expect(checks.length).toBe(19);
    }
  });

  it('finds the figured results France urbaine cases report in their « Effets » part', () => {
    const cases = entries.filter((e) => e.source === FRANCE_URBAINE && e.kind === 'case');
    const figured = cases.filter(hasFiguredResults);
    // 19 cases; a few state their effects in words only.
    expect(cases).toHaveLength(19);
    expect(figured.length).toBeGreaterThanOrEqual(15);
    expect(figured.length).toBeLessThan(19);
    for (const e of figured) expect(e.sections.some((s) => s.key === 'effects')).toBe(true);
  });

  it('says VITA experiences have no figured results: they have no results part', () => {
    const vita = entries.filter((e) => e.source === VITA && e.kind === 'experience');
    expect(vita.length).toBe(27);
    expect(vita.every((e) => !hasFiguredResults(e))).toBe(true);
    expect(vita.every((e) => completenessGaps(e).includes('figures'))).toBe(true);
  });

  it('finds contacts where the documents give them, and none in forewords', () => {
    const vita = entries.filter((e) => e.source === VITA && e.kind === 'experience');
    expect(vita.filter((e) => has(e, 'contact')).length).toBeGreaterThanOrEqual(25);
    const texts = entries.filter((e) => e.kind === 'text');
    expect(texts.every((e) => !has(e, 'contact'))).toBe(true);
  });

  it('knows no bundled entry gives its funding, target public, stage or conditions for transfer', () => {
    for (const key of ['funding', 'audience', 'stage', 'prerequisites'])
      expect(entries.filter((e) => has(e, key))).toEqual([]);
  });
});

describe('the « Complétude » facet', () => {
  it('counts the gaps and filters on them', () => {
    const facet = computeFacets(items, emptySelection()).find((f) => f.key === 'completeness')!;
    const count = (v: string) => facet.values.find((x) => x.value === v)?.count;
    expect(facet.label).toBe('Complétude');
    expect(facet.values.find((v) => v.value === 'contact')?.label).toBe('sans contact');
    const noContact = entries.filter((e) => !has(e, 'contact')).length;
    expect(count('contact')).toBe(noContact);
    expect(count('figures')).toBe(entries.filter((e) => !hasFiguredResults(e)).length);
    const filtered = filterItems(items, { ...emptySelection(), completeness: ['contact'] });
    expect(filtered).toHaveLength(noContact);
    expect(filtered.every((i) => i.entry && !has(i.entry, 'contact'))).toBe(true);
    // Events are not case studies: no checklist, never in this facet.
    expect(filtered.some((i) => i.kind === 'event')).toBe(false);
  });

  it('a user fiche with a contact, a figured result and a year leaves those gaps', () => {
    const e = ficheToEntry({
      id: 'fiche-1',
      createdAt: 1,
      updatedAt: 1,
      fields: FicheFields.parse({
        title: 'Garage solidaire',
        emails: 'garage@example.org',
        results: [{ result: '45 personnes en emploi durable', measure: 'suivi à 6 mois' }],
      }),
    });
    expect(completenessGaps(e)).toEqual(['year', 'territory', 'organisation', 'website', 'funding']);
  });
});
