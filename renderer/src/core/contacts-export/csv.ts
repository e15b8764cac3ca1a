// Contacts as CSV (RFC 4180): comma-separated, CRLF line ends, fields quoted when they hold a
// comma, a quote or a line break, quotes doubled. UTF-8 with a byte order mark, so Excel reads
// accents right. A cell starting with = + - @ (or a tab or carriage return) would be run as a
// formula by a spreadsheet: it is prefixed with an apostrophe (OWASP's CSV injection advice).
import type { Contact } from './contacts';

export const CSV_HEADER = [
  'Fiche',
  'Structure',
  'Territoire',
  'Nom',
  'Fonction',
  'Courriel',
  'Téléphone',
  'Site web',
  'Adresse',
  'Source',
  'Identifiant',
] as const;

const BOM = '\uFEFF';

/** A cell's text, safe from formula injection and quoted as RFC 4180 requires. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function contactsCsv(contacts: readonly Contact[]): string {
  const rows = contacts.map((c) => [
    c.entryTitle,
    c.organisation,
    c.territory,
    c.name,
    c.role,
    c.emails.join(' ; '),
    c.phones.join(' ; '),
    c.websites.join(' ; '),
    c.address,
    c.source,
    c.entryId,
  ]);
  return BOM + [[...CSV_HEADER], ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
