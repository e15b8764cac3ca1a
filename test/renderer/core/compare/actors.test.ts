import { describe, expect, it } from 'vitest';
import { extractActors } from '../../../../renderer/src/core/compare/actors';

const names = (text: string) => extractActors(text).map((a) => a.name);

describe('extractActors', () => {
  it.each([
    ['Pôle Emploi et la mission locale', ['Pôle emploi', 'Mission locale']],
    ['avec POLE EMPLOI, les Missions Locales', ['Pôle emploi', 'Mission locale']],
    ['le PLIE et la MDEF de Lyon', ['PLIE', 'Maison de l’emploi']],
    ["la Maison de l'Emploi et de la Formation", ['Maison de l’emploi']],
    ["L'IAM est financée par le conseil général", ['Conseil général', 'IAM']],
    ['la Caisse des Dépôts et le FSE', ['Caisse des dépôts', 'Fonds social européen']],
    ['le GEIQ BTP recrute en CDI', ['GEIQ']],
    // Capitalised title lines (VITA) and contract types are not actors.
    ['NOTRE EXPERIENCE DE TERRAIN AVEC LES ENTREPRISES', []],
    ['des CDD et des CDDI pour les bénéficiaires du RSA', []],
    ['la complémentaire santé', []],
    ['', []],
    // A place shouted in capitals, OCR gluing "l'" to an acronym, two-letter noise.
    ['la ville de NANTES et Nantes Métropole', []],
    ["formation TAFPA puis à l'AFPA", ['AFPA']],
    ['le dispositif VIAE', []],
    ['la ML et le RA', []],
    ['pour INTEGRER et rester GAGNANT avec EVEILLER', []],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('leaves out excluded words (people written in capitals)', () => {
    expect(
      extractActors(
        'Pour nous contacter, écrire à Laurent PINET ou au siège de SPEL',
        new Set(['pinet']),
      ).map((a) => a.name),
    ).toEqual(['SPEL']);
  });

  it('lists each actor once', () => {
    expect(names('PLIE PLIE plie Plie')).toEqual(['PLIE']);
  });
});
