import { describe, expect, it } from 'vitest';
import { classifyThemes } from '../../../../electron/pipeline/common/themes';

describe('classifyThemes', () => {
  it('recognises themes from folded stems, title weighted', () => {
    expect(
      classifyThemes('Dispositif des Maraîchers nantais', 'Un chantier d’insertion en maraîchage.'),
    ).toEqual(
      expect.arrayContaining(['Environnement et agriculture', 'Insertion par l’activité économique']),
    );
  });

  it('ignores a passing mention in a long text', () => {
    const long = 'Le territoire accueille des entreprises. '.repeat(400) + 'Une fois, la mobilité.';
    expect(classifyThemes('Portail', long)).not.toContain('Mobilité');
  });

  it('does not match inside other words', () => {
    // "ess" must not fire on "presse" nor "iae" on "familiae".
    expect(classifyThemes('Presse', 'la presse et les messages')).not.toContain(
      'Économie sociale et solidaire',
    );
  });

  it('caps the number of themes and orders by strength', () => {
    const text = 'formation formation formation mobilité jeunes clause sociale quartiers handicap RSA';
    const themes = classifyThemes('x', text, 3);
    expect(themes).toHaveLength(3);
    expect(themes[0]).toBe('Formation et qualification');
  });

  it('attributes a match to its own theme even when patterns contain groups', () => {
    expect(classifyThemes('x', 'les clauses sociales des marchés')[0]).toBe(
      'Clauses sociales et achats publics',
    );
    expect(classifyThemes('x', 'les bénéficiaires du RSA')[0]).toBe('RSA et minima sociaux');
    expect(classifyThemes('x', 'un pôle de compétitivité industriel')[0]).toBe(
      'Développement économique et attractivité',
    );
  });
});
