import { describe, expect, it } from 'vitest';
import { unattributedContacts } from '../../../../renderer/src/features/entry/contacts';
import { makeEntry } from '../../support/entry';
import { realCatalogue } from '../catalogue/harness';

const person = (email: string | null, phone: string | null) => ({
  name: 'A. Martin',
  role: null,
  email,
  phone,
});

describe('unattributedContacts', () => {
  it('drops what a person already shows, whatever the case of the e-mail or the spacing of the phone', () => {
    const entry = makeEntry({
      id: 'x',
      people: [person('Contact@Ville.fr', '02 41 72 02 08')],
      officials: [person(null, '0140000000')],
      emails: ['contact@ville.fr', 'accueil@ville.fr'],
      phones: ['02.41.72.02.08', '01 40 00 00 00', '05 61 00 00 00'],
    });
    expect(unattributedContacts(entry)).toEqual({
      emails: ['accueil@ville.fr'],
      phones: ['05 61 00 00 00'],
    });
  });

  it('keeps everything when no person is named', () => {
    const entry = makeEntry({ id: 'x', emails: ['a@b.fr'], phones: ['01 02 03 04 05'] });
    expect(unattributedContacts(entry)).toEqual({ emails: ['a@b.fr'], phones: ['01 02 03 04 05'] });
  });

  it('on the real catalogue, loses no way to reach anyone: each is under a person or listed apart', () => {
    let shortened = 0;
    for (const entry of realCatalogue().catalogue.entries) {
      const { emails, phones } = unattributedContacts(entry);
      const people = [...entry.people, ...entry.officials];
      for (const e of entry.emails) {
        const shown = emails.includes(e) || people.some((p) => p.email?.toLowerCase() === e.toLowerCase());
        expect(shown, `${entry.id}: ${e}`).toBe(true);
      }
      for (const p of entry.phones) {
        const d = p.replace(/\D/g, '');
        expect(phones.includes(p) || people.some((q) => q.phone?.replace(/\D/g, '') === d)).toBe(true);
      }
      if (emails.length < entry.emails.length) shortened++;
    }
    // The documents print a contact's e-mail both beside the name and in the entry's list.
    expect(shortened).toBeGreaterThan(10);
  });
});
