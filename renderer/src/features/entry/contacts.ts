// The entry's e-mails and phones that no listed person already shows: the facts panel prints each
// way to reach someone once, under the person when the document names one.
import type { Entry } from '../../../../electron/shared/schema';

export function unattributedContacts(entry: Entry): { emails: string[]; phones: string[] } {
  const people = [...entry.people, ...entry.officials];
  const emails = new Set(people.flatMap((p) => (p.email ? [p.email.toLowerCase()] : [])));
  const phones = new Set(people.flatMap((p) => (p.phone ? [digits(p.phone)] : [])));
  return {
    emails: entry.emails.filter((e) => !emails.has(e.toLowerCase())),
    phones: entry.phones.filter((p) => !phones.has(digits(p))),
  };
}

const digits = (phone: string) => phone.replace(/\D/g, '');
