// « En commun » for figures means the same quantity stated twice: same value, same thing counted.
import { describe, expect, it } from 'vitest';
import { buildCatalogue } from '../../../../electron/pipeline';
import { readDocuments } from '../../../../electron/cli/documents';
import { toItems } from '../../../../electron/shared/items';
import { compare, visibleRows } from '../../../../renderer/src/core/compare/compare';
import { comparisonToMarkdown } from '../../../../renderer/src/core/compare/markdown';
import { extractFigures, figureKey } from '../../../../renderer/src/core/compare/figures';
import { item } from './helpers';

const withEffects = (id: string, text: string) => item(id, { title: id, sections: [['effects', text]] });

function sharedLabels(a: string, b: string): string[] {
  const row = compare([withEffects('a', a), withEffects('b', b)], null).facts.find(
    (f) => f.key === 'figures',
  )!;
  return row.cells[0]!.values.filter((v) => v.shared).map((v) => v.label.replace(/\s/g, ' '));
}

describe('figures shared between two entries', () => {
  it.each([
    // Jura (Jura Service) against Essonne (Plate forme Mobilité): communes on both sides, not the same number.
    [
      'plus de 400 demandeurs d’emploi sur Dole et les 24 communes de la communauté',
      'un territoire de 82 communes, soit 1 000 km2',
      [],
    ],
    ['les 24 communes de la communauté', 'les 24 communes du canton', ['24 communes']],
    ['400 demandeurs d’emploi accueillis', '400 demandeurs d’emploi', []],
    ["400 demandeurs d'emploi", '400 demandeurs d’emploi', ['400 demandeurs d’emploi']],
    ['15 personnes accompagnées par an', '15 personnes recrutées', []],
    [
      '15 personnes accompagnées par an',
      'chaque année 15 personnes accompagnées',
      ['15 personnes accompagnées'],
    ],
    ['112 emplois créés', '112 emplois créés en trois ans', ['112 emplois créés']],
    ['112 emplois créés', '112 personnes', []],
    ['un budget de 560 000 €', 'un budget de 560 000 euros', ['560 000 €']],
    ['un budget de 560 000 €', 'un budget de 1,5 million d’euros', []],
    ['76 % de femmes', '76 % de femmes', ['76 %']],
    ['76 % de femmes', '37 % de femmes', []],
  ])('« %s » / « %s » → en commun %j', (a, b, expected) => {
    expect(sharedLabels(a, b)).toEqual(expected);
  });

  it('names what a figure counts: the unit, narrowed by the participle after it', () => {
    expect(
      extractFigures('15 personnes accompagnées, 20 emplois, 30 personnes suivies').map((f) => f.counts),
    ).toEqual(['personnes accompagnées', 'emplois', 'personnes suivies']);
    expect(figureKey({ counts: 'Communes', value: 24 })).toBe(figureKey({ counts: 'communes', value: 24 }));
    expect(figureKey({ counts: 'communes', value: 24 })).not.toBe(
      figureKey({ counts: 'communes', value: 82 }),
    );
  });
});

describe('on the real documents: Jura Service against the Essonne mobility platform', () => {
  const items = toItems(buildCatalogue(readDocuments()).catalogue);
  const jura = items.find((i) => i.id === 'vita-programme-d-accompagnement-socio-professionnel-par-l-acces')!;
  const essonne = items.find((i) => i.id === 'vita-creation-d-un-pole-multi-services-d-aide-a-la-mobilite')!;
  const comparison = compare([jura, essonne], null);
  const figures = comparison.facts.find((f) => f.key === 'figures')!;

  it('finds figures on both sides and none of them in common', () => {
    const labels = figures.cells.map((c) => c.values.map((v) => v.label.replace(/\s/g, ' ')));
    expect(labels[0]).toEqual(expect.arrayContaining(['24 communes']));
    expect(labels[0]!.some((l) => l.startsWith('400 demandeurs'))).toBe(true);
    expect(labels[1]).toEqual(expect.arrayContaining(['82 communes']));
    expect(figures.cells.flatMap((c) => c.values).filter((v) => v.shared)).toEqual([]);
  });

  it('the Markdown export says nothing is in common and emphasises every figure', () => {
    const md = comparisonToMarkdown(comparison, { name: 'Jura / Essonne', differencesOnly: true });
    const line = md.split('\n').find((l) => l.startsWith('| Chiffres clés |'))!;
    expect(line).not.toContain('en commun');
    expect(line).toMatch(/\*\*24\s+communes\*\*/);
    expect(line).toMatch(/\*\*82\s+communes\*\*/);
    const rows = visibleRows(comparison, true).filter((r) => r.kind === 'fact' && r.key === 'figures');
    expect(rows).toHaveLength(1);
  });
});
