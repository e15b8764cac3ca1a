// The facts users write in their own fiches (stage, public, funding, measured results) as
// comparison rows: shown when one compared entry has them, never as empty rows.
import { describe, expect, it } from 'vitest';
import { compare } from '../../../../renderer/src/core/compare/compare';
import { ficheToEntry } from '../../../../renderer/src/core/fiche-entry';
import { FicheFields } from '../../../../renderer/src/db/fiche-rows';
import { toItems } from '../../../../electron/shared/items';
import { itemRecords } from '../../../../electron/shared/search/records';
import { SMALL } from '../../../electron/shared/search/fixtures';

const fiche = ficheToEntry({
  id: 'fiche-1',
  createdAt: 1,
  updatedAt: 1,
  fields: FicheFields.parse({
    title: 'Garage solidaire',
    stage: 'spread',
    audience: 'Demandeurs d’emploi sans voiture',
    funders: 'Région Bretagne',
    budget: '120 000 €',
    budgetYear: '2022',
    results: [{ result: '45 personnes en emploi', measure: 'suivi des sorties à six mois' }],
  }),
});
const [ficheItem] = toItems({ ...SMALL, sources: [], entries: [fiche], events: [] });
const bundled = toItems(SMALL).filter((i) => i.entry);

describe('decision facts in a comparison', () => {
  it('appear when a fiche gives them, empty for the bundled entry', () => {
    const c = compare([ficheItem!, bundled[0]!], null);
    const row = (key: string) => c.facts.find((f) => f.key === key)!;
    expect(row('stage').cells.map((cell) => cell.values.map((v) => v.label))).toEqual([['Essaimé'], []]);
    expect(row('funding').cells[0]!.values.map((v) => v.label)).toEqual([
      'Région Bretagne',
      'Budget : 120 000 € (chiffres de 2022)',
    ]);
    expect(row('results').cells[0]!.values).toEqual([
      expect.objectContaining({ label: '45 personnes en emploi', detail: 'suivi des sorties à six mois' }),
    ]);
    expect(row('audience').cells[1]!.mark).toBe('absent');
  });

  it('are left out when no compared entry has them', () => {
    const keys = compare(bundled.slice(0, 2), null).facts.map((f) => f.key);
    expect(keys).not.toContain('stage');
    expect(keys).not.toContain('results');
    expect(keys).toContain('figures');
  });
});

describe('search records of a fiche', () => {
  it('hold its public, funders, results with their measure and conditions for transfer', () => {
    const texts = itemRecords(ficheItem!, 0).map((r) => r.text);
    expect(texts).toContain('Demandeurs d’emploi sans voiture ; Région Bretagne ; 120 000 €');
    expect(texts).toContain('45 personnes en emploi — suivi des sorties à six mois');
  });
});
