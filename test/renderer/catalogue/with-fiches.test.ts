import { describe, expect, it } from 'vitest';
import { index, withDocuments } from '../../../renderer/src/catalogue/CatalogueContext';
import { withFiches } from '../../../renderer/src/catalogue/with-fiches';
import { FicheFields, type FicheRow } from '../../../renderer/src/db/fiche-rows';
import { SMALL } from '../../electron/shared/search/fixtures';

const fiche = (id: string, title: string, updatedAt = 1): FicheRow => ({
  id,
  createdAt: 1,
  updatedAt,
  fields: FicheFields.parse({ title, departmentCode: '44', year: '2020' }),
});

describe('withFiches', () => {
  const bundled = index(SMALL);

  it('leaves the catalogue as it is without fiches', () => {
    expect(withFiches(bundled, [])).toBe(bundled);
  });

  it('adds the fiches as entries of the source « Mes fiches », after bundled and imported items', () => {
    const joined = withFiches(withDocuments(bundled, []), [fiche('fiche-a', 'Garage solidaire')]);
    expect(joined.items).toHaveLength(bundled.items.length + 1);
    const item = joined.byId.get('fiche-a')!;
    expect(item).toMatchObject({
      source: 'mes-fiches',
      sourceLabel: 'Mes fiches',
      departmentCode: '44',
      year: 2020,
    });
    expect(joined.catalogue.sources.at(-1)).toMatchObject({ kind: 'user-fiche', label: 'Mes fiches' });
    // Searched incrementally, like imported documents: never in the bundled index.
    expect(joined.importedItems).toEqual([item]);
    expect(joined.bundledItems).toBe(bundled.bundledItems);
  });

  it('keeps an unchanged fiche’s item object, and makes a new one for an edited fiche', () => {
    const cache = new Map();
    const first = withFiches(bundled, [fiche('fiche-a', 'A'), fiche('fiche-b', 'B')], cache);
    const second = withFiches(bundled, [fiche('fiche-a', 'A'), fiche('fiche-b', 'B bis', 2)], cache);
    expect(second.byId.get('fiche-a')).toBe(first.byId.get('fiche-a'));
    expect(second.byId.get('fiche-b')).not.toBe(first.byId.get('fiche-b'));
    expect(second.byId.get('fiche-b')!.title).toBe('B bis');
    withFiches(bundled, [fiche('fiche-a', 'A')], cache);
    expect([...cache.keys()]).toEqual(['fiche-a']);
  });
});
