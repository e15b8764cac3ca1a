// The facts of an entry a reader may correct, each as one editable text: what the correction
// editor starts from, what a fact correction keeps as « original », and what the dossier prints.
import type { Entry, Person } from '../../../../electron/shared/schema';
import type { FactField } from '../../db/correction-rows';

export const FACT_LABELS: Record<FactField, string> = {
  territory: 'Territoire',
  department: 'Département',
  organisation: 'Structure',
  people: 'Contacts',
  emails: 'Courriels',
  phones: 'Téléphones',
  websites: 'Sites web',
  address: 'Adresse',
  year: 'Année',
};

/** Fields whose text holds one item a line (people, e-mails, phones, sites). */
export const MULTILINE_FIELDS: ReadonlySet<FactField> = new Set(['people', 'emails', 'phones', 'websites']);

/** « Nom, rôle, tél., courriel » on one line: how a person reads in the editor and the dossier. */
export function personLine(p: Person): string {
  return [p.name, p.role, p.phone, p.email].filter((x): x is string => Boolean(x && x.trim())).join(', ');
}

/** The value of a fact as text ('' when the entry has none), one item a line for lists. */
export function factText(entry: Entry, field: FactField): string {
  switch (field) {
    case 'territory':
      return entry.territory ?? '';
    case 'department':
      return entry.department ?? '';
    case 'organisation':
      return entry.organisation ?? '';
    case 'people':
      return entry.people.map(personLine).join('\n');
    case 'emails':
      return entry.emails.join('\n');
    case 'phones':
      return entry.phones.join('\n');
    case 'websites':
      return entry.websites.join('\n');
    case 'address':
      return [
        entry.address,
        entry.postcode && !entry.address?.includes(entry.postcode) ? entry.postcode : null,
      ]
        .filter(Boolean)
        .join(' ');
    case 'year':
      return entry.year === null ? '' : String(entry.year);
  }
}

/** The lines of a fact's text, blank ones dropped. */
export function factLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
}
