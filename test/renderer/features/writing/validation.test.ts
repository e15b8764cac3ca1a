import { describe, expect, it } from 'vitest';
import { fieldMessages } from '../../../../renderer/src/features/writing/validation';
import { FicheFields } from '../../../../renderer/src/db/fiche-rows';

const messages = (patch: Record<string, unknown>) =>
  fieldMessages(FicheFields.parse({ title: 'Garage', ...patch }));

describe('what the editor says of the fields as typed', () => {
  it('says nothing of a fiche the catalogue can use as it is', () => {
    expect(
      messages({
        year: '2021',
        budgetYear: '2022',
        emails: 'garage@example.org\nanne.le-guen@example.fr',
        phones: '02 99 71 00 00',
        websites: 'www.example.org\nhttps://garage.example.fr/',
      }),
    ).toEqual({});
  });

  it('explains, in French, what it cannot use yet', () => {
    const m = messages({
      title: ' ',
      year: '20x1',
      budgetYear: '99',
      emails: 'garage@example.org\ncontact@',
      phones: '12',
      websites: 'mon site',
    });
    expect(m.title).toMatch(/Fiche sans titre/);
    expect(m.year).toMatch(/^Année non comprise : écrivez une année en quatre chiffres/);
    expect(m.budgetYear).toMatch(/^Année des chiffres non comprise/);
    expect(m.emails).toBe('« contact@ » ne ressemble pas à une adresse de courriel (nom@domaine.fr).');
    expect(m.phones).toMatch(/« 12 » : trop peu de chiffres/);
    expect(m.websites).toMatch(/« mon site » ne ressemble pas à une adresse de site/);
  });
});
