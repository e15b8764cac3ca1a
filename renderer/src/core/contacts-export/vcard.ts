// Contacts as vCard 4.0 (RFC 6350): one card per contact, CRLF line ends, text values escaped
// (backslash, comma, semicolon, line breaks), compound values (N, ORG, ADR) escaped component by
// component, and content lines folded at 75 octets without splitting a UTF-8 character.
import type { Contact } from './contacts';

/** Escapes a text value (RFC 6350 §3.4). */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/,/g, '\\,')
    .replace(/;/g, '\\;')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/** Folds a content line: no line longer than 75 octets, continuation lines start with a space. */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    // The first line holds 75 octets; the others 74 after their leading space.
    const limit = out.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

/** « Hubert PETITPREZ » → family PETITPREZ, given Hubert: French documents capitalise the surname. */
export function splitName(name: string): { family: string; given: string } {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const upper = words.filter((w) => w.length > 1 && w === w.toLocaleUpperCase('fr') && /\p{L}/u.test(w));
  if (upper.length > 0 && upper.length < words.length) {
    return { family: upper.join(' '), given: words.filter((w) => !upper.includes(w)).join(' ') };
  }
  if (words.length < 2) return { family: words[0] ?? '', given: '' };
  return { family: words[words.length - 1]!, given: words.slice(0, -1).join(' ') };
}

/** A French phone number as a tel: URI when it can be (04 76 37 33 13 → tel:+33476373313). */
function tel(phone: string): string {
  const d = phone.replace(/[^\d+]/g, '');
  if (/^0\d{9}$/.test(d)) return `TEL;VALUE=uri;TYPE=work:tel:+33${d.slice(1)}`;
  if (/^\+\d{6,15}$/.test(d)) return `TEL;VALUE=uri;TYPE=work:tel:${d}`;
  return `TEL;VALUE=text;TYPE=work:${escapeText(phone)}`;
}

function card(c: Contact, index: number): string[] {
  const org = !c.name;
  const fn = org ? c.organisation || c.entryTitle : c.name;
  const lines = ['BEGIN:VCARD', 'VERSION:4.0', `KIND:${org ? 'org' : 'individual'}`, `FN:${escapeText(fn)}`];
  if (!org) {
    const { family, given } = splitName(c.name);
    lines.push(`N:${escapeText(family)};${escapeText(given)};;;`);
  }
  if (c.organisation) lines.push(`ORG:${escapeText(c.organisation)}`);
  if (c.role) lines.push(`TITLE:${escapeText(c.role)}`);
  for (const e of c.emails) lines.push(`EMAIL;TYPE=work:${escapeText(e)}`);
  for (const p of c.phones) lines.push(tel(p));
  for (const u of c.websites) lines.push(`URL:${u.replace(/[\r\n]/g, '')}`);
  if (c.address) lines.push(`ADR;TYPE=work:;;${escapeText(c.address)};;;;`);
  const where = [c.territory, `${c.entryTitle} (${c.source})`].filter(Boolean).join(' — ');
  lines.push(`NOTE:${escapeText(`Repères : ${where}`)}`);
  lines.push(`UID:urn:reperes:contact:${encodeURIComponent(c.entryId)}:${index}`);
  lines.push('END:VCARD');
  return lines;
}

export function contactsVcard(contacts: readonly Contact[]): string {
  const counts = new Map<string, number>();
  const lines = contacts.flatMap((c) => {
    const n = counts.get(c.entryId) ?? 0;
    counts.set(c.entryId, n + 1);
    return card(c, n);
  });
  return lines.map(foldLine).join('\r\n') + (lines.length ? '\r\n' : '');
}
