import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../renderer/src/core/compare/figures';

describe('extractFigures', () => {
  it.each([
    ['- 112 emplois créés', [[112, 'emplois']]],
    ['Le budget global en 2012 est de 560 000 € hors rémunération.', [[560_000, '€']]],
    ['Plus de 50 % de la richesse nationale', [[50, '%']]],
    [
      '61 porteurs de projets, soit 37%, ont abouti',
      [
        [61, 'porteurs de projet'],
        [37, '%'],
      ],
    ],
    ['sur 2 000 m<sup>2</sup>, 29 bureaux', [[2000, 'm²']]],
    ["un budget de 1,5 million d'euros", [[1_500_000, '€']]],
    ['3 M€ de budget', [[3_000_000, '€']]],
    ['250 k€ du FSE', [[250_000, '€']]],
    ['1250 personnes recrutées', [[1250, 'personnes']]],
    [
      '2200 CDI, 2 500 emplois saisonniers',
      [
        [2200, 'contrats'],
        [2500, 'emplois'],
      ],
    ],
    ['18 nouveaux dossiers en 2011', [[18, 'projets']]],
    ['1 salarié permanent', [[1, 'salariés']]],
    ["30 demandeurs d'emploi", [[30, 'demandeurs d’emploi']]],
    ['12,5 ETP', [[12.5, 'ETP']]],
    // Nothing to extract: years, phone numbers, bare counts, absurd percentages, numbers inside words.
    ['En 2012, la fédération', []],
    ['Tél. : 01 45 67 89 10', []],
    ['en 2007 emplois aidés ont été signés', []],
    ['29 bureaux', []],
    ['une hausse de 450 %', []],
    ['le B2B et la 3G', []],
    ['', []],
  ])('%s', (text, expected) => {
    expect(extractFigures(text).map((f) => [f.value, f.unit])).toEqual(expected);
  });

  it('keeps the clause as context and formats the label the French way', () => {
    const [f] = extractFigures('Bilan.\n- Plus de 450 personnes ont bénéficié des services; le reste.');
    expect(f?.context).toBe('Plus de 450 personnes ont bénéficié des services');
    expect(f?.label.replace(/\s/g, ' ')).toBe('450 personnes');
  });

  it('survives hostile input', () => {
    const long = '9'.repeat(5000) + ' € ' + '1 '.repeat(10_000) + '%';
    expect(() => extractFigures(long)).not.toThrow();
    expect(extractFigures('<script>1 €</script>')[0]?.value).toBe(1);
  });
});
