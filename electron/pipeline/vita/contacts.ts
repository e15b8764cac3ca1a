// Reads the header of an experience: title lines, then the contact block (organisation,
// people with their roles, address, postcode, phones, e-mails, website), then the
// presentation that runs up to "NOTRE EXPERIENCE".
import type { Person } from '../../shared/schema';
import { findPhones, isPageMarker, onlyWordsFrom, repairEmail } from './ocr-repair';
import { RUNNING_TITLE_WORDS } from './structure';

export interface HeaderLine {
  /** 0-based index in the document. */
  index: number;
  text: string;
}

export interface Header {
  titleLines: HeaderLine[];
  contactLines: HeaderLine[];
  presentationLines: HeaderLine[];
}

export interface Contacts {
  organisation: string | null;
  people: Person[];
  address: string | null;
  postcode: string | null;
  city: string | null;
  phones: string[];
  emails: string[];
  websites: string[];
  /** E-mail-like tokens that could not be rebuilt, with their line index. */
  unreadEmails: HeaderLine[];
}

function letters(s: string): { upper: number; lower: number } {
  const upper = (s.match(/\p{Lu}/gu) ?? []).length;
  const lower = (s.match(/\p{Ll}/gu) ?? []).length;
  return { upper, lower };
}

/** A title line is mostly capitals (the OCR turns a few small capitals into lower case). */
export function isTitleLike(line: string): boolean {
  const { upper, lower } = letters(line);
  return upper >= 3 && upper >= lower;
}

const PERSON_CAPS =
  /^([A-ZÉÈ][\p{Ll}'’]+(?:[ -][A-ZÉÈ][\p{Ll}'’]+)*)\s+([A-ZÉÈ][A-ZÉÈ'’]+(?:[ -][A-ZÉÈ][A-ZÉÈ'’]+)*)\b\s*,?\s*(.*)$/u;
const PERSON_PLAIN = /^([A-ZÉÈ][\p{Ll}'’]+(?:[ -][A-ZÉÈ][\p{Ll}'’]+){1,2})\s*,\s*(.+)$/u;

/** Strips the OCR of the phone / mail icons and rules drawn in the margin. */
export function stripIcons(line: string): string {
  return line
    .replace(/^[\s—–_-]*(?:mmm[—–-]*\s*)?(?:\d{1,3}\s*\|\s*)?/, '')
    .replace(/^S\s+(?:\d{1,3}\s*\|?\s*|i\s+)?(?=\S)/, '')
    .trim();
}

export function parsePerson(line: string): Person | null {
  const l = stripIcons(line);
  if (/^\d|@|email|e-mail|(?<!\p{L})tél|site internet/iu.test(l)) return null;
  const firstWord = /^\p{L}+/u.exec(l)?.[0] ?? '';
  if (NOT_FIRST_NAMES.has(firstWord)) return null;
  const caps = PERSON_CAPS.exec(l);
  if (caps?.[1] && caps[2] && caps[2].replace(/[^A-Z]/g, '').length >= 2 && !/\d/.test(caps[2])) {
    const role = (caps[3] ?? '').replace(/[;,.\s]+$/, '').trim();
    return { name: `${caps[1]} ${caps[2]}`.trim(), role: role || null, email: null, phone: null };
  }
  const plain = PERSON_PLAIN.exec(l);
  if (plain?.[1] && plain[2] && !/\d/.test(plain[1])) {
    return { name: plain[1], role: plain[2].replace(/[;,.\s]+$/, '').trim(), email: null, phone: null };
  }
  return null;
}

const EMAIL_HINT = /@|\(d[a-z]|[Ee]-?mail|\.(?:fr|com|org|net|coop|eu)\b/;
const PHONE_HINT = /(?<!\p{L})t[ée]l\b|port\.|\d{2}[ .]?\d{2}[ .]?\d{2}[ .]?\d{2}[ .]?\d{2}|\d{8,}/iu;
/** "38 480 PONT DE BEAUVOISIN", "44 923 Nantes Cedex 9": a postcode then a city closing the line or part. */
const POSTCODE =
  /(?<![\d.,])(\d{2}) ?(\d{3})(?![\d.,])\s+(\p{Lu}[\p{L}'’-]*(?:[ -]+(?:\p{Lu}[\p{L}'’-]*|de|en|sur|le|la|les|du))*(?:\s+Cedex(?:\s*\d+)?)?)\.?\s*(?:$|\/|-\s)/u;
const NOT_FIRST_NAMES = new Set([
  'Groupe',
  'Association',
  'Comité',
  'Conseil',
  'Le',
  'La',
  'Les',
  'Pour',
  'Chemin',
  'Route',
  'Zone',
  'Impasse',
  'Cité',
  'Direction',
  'Hotel',
  'Hôtel',
  'Marché',
  'Email',
  'Site',
  'Pôle',
  'Péle',
  'Bateau',
  'Etudes',
  'Agence',
  'Maison',
  'Union',
  'Entreprise',
  'Fédération',
]);

/** A line of running prose (the presentation), as opposed to a short contact line. */
function isProse(line: string): boolean {
  const t = line.trim();
  if (t.length < 55 || EMAIL_HINT.test(t) || /(?<!\p{L})t[ée]l\b/iu.test(t) || POSTCODE.test(t)) return false;
  if (parsePerson(t) || findPhones(t).length > 0 || t.includes(' / ')) return false;
  if (
    /(?<!\p{L})(?:rue|avenue|chemin|place|route|impasse|boulevard|cours|zone|quai|allée|BP|cedex)(?!\p{L})/iu.test(
      t,
    )
  )
    return false;
  return t.split(/\s+/).length >= 8;
}
const SITE_HINT = /site internet|https?:\/\/|www\./i;

function isContactLine(line: string): boolean {
  return EMAIL_HINT.test(line) || PHONE_HINT.test(line) || POSTCODE.test(line) || SITE_HINT.test(line);
}

/** Splits a header (block start .. line before NOTRE EXPERIENCE) into title, contacts and presentation. */
export function splitHeader(lines: readonly HeaderLine[]): Header {
  const content = lines.filter((l) => l.text.trim() && !isPageMarker(l.text));
  const titleLines: HeaderLine[] = [];
  let k = 0;
  // Chapter running titles and stray OCR lines before the title.
  for (; k < content.length; k++) {
    const t = content[k]!.text;
    if (isTitleLike(t) && !onlyWordsFrom(t, RUNNING_TITLE_WORDS)) break;
    if (titleLines.length === 0 && k > 8) break;
  }
  for (; k < content.length; k++) {
    const line = content[k]!;
    const t = line.text.trim();
    if (onlyWordsFrom(t, RUNNING_TITLE_WORDS) && !isTitleLike(t)) continue;
    if (!isTitleLike(t)) break;
    const next = content[k + 1]?.text ?? '';
    const prev = titleLines[titleLines.length - 1]?.text ?? '';
    // The organisation: often in capitals too, but followed by a person or an address.
    if (titleLines.length > 0 && (parsePerson(next) || isContactLine(next)) && !/\)\s*$/.test(t)) break;
    // "…DE NANTES METROPOLE" then "NANTES METROPOLE": the second is the organisation.
    if (prev && prev.trim().toUpperCase().endsWith(t.toUpperCase())) break;
    titleLines.push(line);
    if (/\)\s*$/.test(t) || /\bgura\s*$/i.test(t)) {
      k++;
      break;
    }
  }
  const rest = content.slice(k);
  let lastContact = -1;
  for (let j = 0; j < Math.min(rest.length, 16); j++) {
    if (j > 0 && isProse(rest[j]!.text)) break;
    if (isContactLine(rest[j]!.text)) lastContact = j;
  }
  // Without any contact line, only the first line (the organisation) is taken as contact.
  const contactCount = lastContact >= 0 ? lastContact + 1 : Math.min(1, rest.length);
  return {
    titleLines,
    contactLines: rest.slice(0, contactCount),
    presentationLines: rest.slice(contactCount),
  };
}

function cleanOrganisation(s: string): string {
  const cleaned = stripIcons(s)
    .replace(/\s*:\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim();
  // "Pour l'inter-réseaux IAE …" (the OCR often loses the apostrophe: "Pour linter-réseaux"):
  // the organisation is what follows the preposition and its article.
  const after = /^Pour\s+([lL]['’]\s*|l(?=[aeiouyéèêh])|la\s+|le\s+|les\s+)?/i.exec(cleaned);
  if (!after) return cleaned;
  const name = cleaned.slice(after[0].length);
  // Without its article the name opens the line: it takes the capital a name starts with.
  return after[1] ? name.charAt(0).toUpperCase() + name.slice(1) : name;
}

export function parseContacts(
  lines: readonly HeaderLine[],
  knownEmails: ReadonlySet<string>,
  knownDomains: ReadonlySet<string>,
): Contacts {
  const out: Contacts = {
    organisation: null,
    people: [],
    address: null,
    postcode: null,
    city: null,
    phones: [],
    emails: [],
    websites: [],
    unreadEmails: [],
  };
  const addressParts: string[] = [];
  let lastPerson: Person | null = null;
  for (const [n, line] of lines.entries()) {
    const t = line.text.trim();
    if (t.length <= 2) continue;
    if (SITE_HINT.test(t)) {
      for (const m of t.matchAll(/(?:https?:\/\/|www\.)[^\s)\]]+/g)) out.websites.push(normaliseUrl(m[0]));
      continue;
    }
    if (EMAIL_HINT.test(t) && !/\d{2} ?\d{3}\s+\p{L}/u.test(t)) {
      const body = joinSpacedLocalPart(stripIcons(t).replace(/^e-?mail\s*:?\s*/i, ''));
      for (const token of body.split(/\s+[/-]\s+|\s+/)) {
        if (!/\.(?:[a-z]{2,6})$/i.test(token.replace(/[^\p{L}\d.]+$/u, ''))) continue;
        const email = repairEmail(token, knownEmails, knownDomains);
        if (email) {
          out.emails.push(email);
          if (lastPerson && !lastPerson.email) lastPerson.email = email;
        } else out.unreadEmails.push(line);
      }
      continue;
    }
    const person = n > 0 ? parsePerson(t) : null;
    // The organisation's name wrapped onto a second line ("… Interculturel" / "Citoyenneté").
    if (n === 1 && out.organisation && !person && /^\p{Lu}[\p{Ll}é]+$/u.test(t)) {
      out.organisation = `${out.organisation} ${t}`;
      continue;
    }
    if (n === 0 && !out.organisation) {
      out.organisation = cleanOrganisation(t);
      continue;
    }
    if (person) {
      out.people.push(person);
      lastPerson = person;
      continue;
    }
    // A role continued on the next line ("et du Développement").
    if (lastPerson && /^\p{Ll}/u.test(t) && !/\d/.test(t)) {
      lastPerson.role = `${lastPerson.role ?? ''} ${t}`.replace(/[;,\s]+$/, '').trim();
      continue;
    }
    // Address, postcode and phone can share a line, separated by "/".
    for (const part of t.split(/\s+\/\s+|\s*\/\s*(?=T[ée]l)/)) {
      const p = stripIcons(part);
      if (!p) continue;
      const phones = findPhones(p);
      if (phones.length > 0 || /^t[ée]l/i.test(p)) {
        out.phones.push(...phones);
        continue;
      }
      const pc = POSTCODE.exec(p);
      if (pc && !out.postcode) {
        out.postcode = `${pc[1]}${pc[2]}`;
        out.city = (pc[3] ?? '')
          .replace(/\s+Cedex.*$/i, '')
          .replace(/[.\s-]+$/, '')
          .trim();
      }
      addressParts.push(p.replace(/[.\s]+$/, ''));
    }
    lastPerson = null;
  }
  out.address = addressParts.length ? addressParts.join(', ') : null;
  out.emails = [...new Set(out.emails)];
  out.phones = [...new Set(out.phones)];
  out.websites = [...new Set(out.websites)];
  return out;
}

export function normaliseUrl(url: string): string {
  let u = url.replace(/[.,;:]+$/, '').replace(/^(https?:\/\/)?mww\./, '$1www.');
  if (!/^https?:\/\//.test(u)) u = `http://${u}`;
  return u;
}

/** "i Al R@cc-parthenay.fr": the local part spelled in spaced capitals, "l" read for "I". */
export function joinSpacedLocalPart(body: string): string {
  const m = /^((?:\p{L}{1,2}\s+)+)(\p{L}{1,2}@\S+)$/u.exec(body.trim());
  if (!m) return body;
  const parts = (m[1] ?? '').trim().split(/\s+/);
  if (parts[0] === 'i') parts.shift();
  return `${parts.join('')}${m[2] ?? ''}`.replace(/(?<=\p{Lu})l(?=\p{Lu}|@)/gu, 'I');
}
