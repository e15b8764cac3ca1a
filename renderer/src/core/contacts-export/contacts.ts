// The contacts of catalogue entries as flat records, the user's corrections applied: what the CSV
// and vCard exports write. One record per person named (with the ways to reach them), and one for
// the structure when the entry gives e-mails, phones or sites that no person carries.
import type { Entry, Person } from '../../../../electron/shared/schema';
import type { FactCorrectionRow, FactField } from '../../db/correction-rows';
import { factLines } from '../corrections/facts';

export interface Contact {
  entryId: string;
  entryTitle: string;
  source: string;
  organisation: string;
  territory: string;
  /** '' for the structure's own record. */
  name: string;
  role: string;
  emails: string[];
  phones: string[];
  websites: string[];
  address: string;
}

/** A contact entry as the app has it, with the fact corrections the user made on it. */
export interface ContactSource {
  entry: Entry;
  sourceLabel: string;
  corrections?: readonly FactCorrectionRow[];
}

const EMAIL = /^[^\s@]+@[^\s@]+$/;
const PHONE = /^\+?[\d\s.()/-]{6,}$/;

/** « Nom, rôle, 04 …, courriel » typed in a correction, read back as a person. */
export function parsePersonLine(line: string): Person {
  const parts = line
    .split(/\s*[,;]\s*/)
    .map((p) => p.trim())
    .filter(Boolean);
  const email = parts.find((p) => EMAIL.test(p)) ?? null;
  const phone = parts.find((p) => p !== email && PHONE.test(p) && /\d{2}/.test(p)) ?? null;
  const words = parts.filter((p) => p !== email && p !== phone);
  return { name: words[0] ?? line.trim(), role: words.slice(1).join(', ') || null, email, phone };
}

function corrected(corrections: readonly FactCorrectionRow[], field: FactField): string | undefined {
  return corrections.find((c) => c.field === field)?.corrected;
}

export function contactsOf({ entry, sourceLabel, corrections = [] }: ContactSource): Contact[] {
  const fix = (field: FactField) => corrected(corrections, field);
  const one = (field: FactField, value: string | null) => {
    const c = fix(field);
    return c !== undefined ? factLines(c).join(' ') : (value ?? '');
  };
  const list = (field: FactField, value: string[]) => {
    const c = fix(field);
    return c !== undefined ? factLines(c) : value;
  };
  const peopleFix = fix('people');
  const people = peopleFix !== undefined ? factLines(peopleFix).map(parsePersonLine) : entry.people;
  const everyone = [...people, ...entry.officials];
  const emails = list('emails', entry.emails);
  const phones = list('phones', entry.phones);
  const websites = list('websites', entry.websites);
  const address = one(
    'address',
    [entry.address, entry.postcode && !entry.address?.includes(entry.postcode) ? entry.postcode : null]
      .filter(Boolean)
      .join(' ') || null,
  );
  const base = {
    entryId: entry.id,
    entryTitle: entry.title,
    source: sourceLabel,
    organisation: one('organisation', entry.organisation),
    territory: one('territory', entry.territory),
    address,
  };
  const taken = new Set(everyone.flatMap((p) => [p.email?.toLowerCase(), digits(p.phone)]).filter(Boolean));
  const out: Contact[] = everyone.map((p) => ({
    ...base,
    name: p.name,
    role: p.role ?? '',
    emails: p.email ? [p.email] : [],
    phones: p.phone ? [p.phone] : [],
    websites: [],
  }));
  const orgEmails = emails.filter((e) => !taken.has(e.toLowerCase()));
  const orgPhones = phones.filter((p) => !taken.has(digits(p)));
  if (orgEmails.length || orgPhones.length || websites.length) {
    out.push({ ...base, name: '', role: '', emails: orgEmails, phones: orgPhones, websites });
  }
  return out;
}

function digits(phone: string | null | undefined): string {
  return (phone ?? '').replace(/\D/g, '');
}
