// A subset of the benchmark's queries as a test, on the catalogue parsed from the real documents.
import { describe, expect, it } from 'vitest';
import { buildCatalogue } from '../../../../electron/pipeline';
import { readDocuments } from '../../../../electron/cli/documents';
import { toItems } from '../../../../electron/shared/items';
import { SearchEngine } from '../../../../electron/shared/search';
import { QUERIES } from '../../../bench/queries';

const { catalogue } = buildCatalogue(readDocuments());
const items = toItems(catalogue);
const engine = new SearchEngine(items);
const known = new Set(items.map((i) => i.id));

// One or two of each kind: people, places, topics, accent-less, typos, organisations, programmes, operators.
const SUBSET = [
  'Hubert Petitprez',
  'Christian Estrosi',
  'Caudebec-en-Caux',
  'Strasbourg',
  'les maraîchers à Nantes',
  "clause d'insertion",
  'mecatronique',
  'crearif',
  'maraichers nantias',
  'Petitpres',
  'Anjou Domicle',
  'Balise',
  'Espace Centremploi',
  '"clauses sociales" -Toulouse',
];

describe('relevance on the real documents', () => {
  for (const q of SUBSET) {
    const query = QUERIES.find((x) => x.q === q)!;
    it(`finds an expected answer in the top 3 for « ${q} »`, () => {
      const expected = query.expect.filter((id) => known.has(id));
      expect(expected.length, 'expected ids must exist in the catalogue').toBeGreaterThan(0);
      const top = engine.search(q, { limit: 3 }).hits.map((h) => h.id);
      expect(
        top.some((id) => expected.includes(id)),
        `${q} → ${top.join(', ')}`,
      ).toBe(true);
    });
  }

  it('excludes for real: no result of « clauses sociales -Toulouse » mentions Toulouse', () => {
    for (const hit of engine.search('"clauses sociales" -Toulouse').hits) {
      const item = items.find((i) => i.id === hit.id)!;
      expect(JSON.stringify(item.entry ?? item.event).toLowerCase()).not.toContain('toulouse');
    }
  });
});
