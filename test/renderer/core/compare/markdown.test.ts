import { describe, expect, it } from 'vitest';
import { compare } from '../../../../renderer/src/core/compare/compare';
import {
  comparisonToMarkdown,
  escapeBlock,
  escapeCell,
} from '../../../../renderer/src/core/compare/markdown';
import { item } from './helpers';

const a = item('a', {
  title: 'Plateforme | emploi',
  territory: 'Bordeaux',
  themes: ['Création', 'Quartiers'],
  sections: [['effects', '112 emplois créés\n\n# pas un titre\n<img src=x onerror=alert(1)>']],
});
const b = item('b', {
  title: 'Chantier',
  sourceLabel: 'VITA 2008',
  territory: 'Bordeaux',
  themes: ['Création'],
  sections: [['context', 'Un quartier.']],
});

describe('comparisonToMarkdown', () => {
  const md = comparisonToMarkdown(compare([a, b], 'a'), {
    name: 'Bordeaux',
    differencesOnly: false,
    note: 'À reprendre avec les élus.',
    annotations: new Map([
      ['b', { notes: ['Voir le budget'], highlights: [{ quote: 'Un quartier', comment: 'cible' }] }],
    ]),
    exportedAt: new Date(2025, 2, 12),
  });

  it.each([
    ['title', '# Comparaison : Bordeaux\n'],
    ['date', 'Exportée de Repères le 12 mars 2025.'],
    [
      'the list of entries with the baseline',
      '1. **Plateforme \\| emploi** — Étude de cas, Source A — fiche de référence\n2. **Chantier** — Étude de cas, VITA 2008',
    ],
    ['table header', '| | Plateforme \\| emploi (référence) | Chantier |\n| --- | --- | --- |'],
    ['shared value plain, unshared bold', '| Territoire | Bordeaux | Bordeaux |'],
    ['themes', '| Thèmes | Création ; **Quartiers** | Création |'],
    ['absent fact', '| Organisation | _Absent de cette fiche_ | _Absent de cette fiche_ |'],
    [
      'section per column',
      '## Contexte\n\n### Plateforme \\| emploi (référence)\n\n_Absent de cette fiche_\n\n### Chantier\n\n**context**\n\nUn quartier.',
    ],
    [
      'document text cannot make a heading or HTML',
      '112 emplois créés\n\n\\# pas un titre\n\\<img src=x onerror=alert(1)>',
    ],
    [
      'annotations',
      '## Mes notes et surlignages\n\n### Chantier\n\n- Note : Voir le budget\n- Surlignage : « Un quartier » — cible',
    ],
    ['note on the comparison', '## Note sur la comparaison\n\nÀ reprendre avec les élus.\n'],
  ])('contains %s', (_name, expected) => {
    expect(md).toContain(expected);
  });

  it('every table row has one cell per column plus the label', () => {
    const rows = md.split('\n').filter((l) => l.startsWith('| '));
    for (const row of rows) expect(row.split(/(?<!\\)\|/).length - 2).toBe(3);
  });

  it('differences only: drops identical rows and says how many', () => {
    const diff = comparisonToMarkdown(compare([a, b], 'a'), { name: 'x', differencesOnly: true });
    expect(diff).not.toContain('| Territoire |');
    expect(diff).not.toContain('## Vision des élus');
    expect(diff).toContain('| Thèmes | **Quartiers** ; _1 en commun masqué_ | _1 en commun masqué_ |');
    expect(diff).toContain('## Effets et résultats');
    expect(diff).toMatch(/Différences seulement : \d+ lignes identiques masquées\./);
    expect(diff).not.toContain('## Note sur la comparaison');
  });

  it.each([
    ['a | b', 'a \\| b'],
    ['ligne\nsuivante', 'ligne suivante'],
    ['m<sup>2</sup>', 'm²'],
    ['<b>', '\\<b>'],
    ['a\\b', 'a\\\\b'],
  ])('escapeCell(%j)', (input, expected) => expect(escapeCell(input)).toBe(expected));

  it.each([
    ['## titre', '\\## titre'],
    ['> citation', '\\> citation'],
    ['---', '\\---'],
    ['- puce', '- puce'],
    ['#hashtag', '#hashtag'],
  ])('escapeBlock(%j)', (input, expected) => expect(escapeBlock(input)).toBe(expected));
});
