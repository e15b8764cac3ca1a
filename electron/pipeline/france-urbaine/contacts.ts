// Contact details of a case: websites, e-mails, phones, the contact people of "Pour en savoir
// plus" and the elected officials quoted in the "vision des élus" part.
import { formatPhone } from '../common/phones';
import type { Person } from '../../shared/schema';
import { cleanInline, isBlank } from './markdown';

const EMAIL = /[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
const PHONE = /(?:\+33\s*\(0\)\s*|\+33\s*|(?<!\d)0)[1-9](?:[\s.-]?\d){8}(?!\d)/g;
const MD_LINK = /\[([^\]]*)\]\(([^)\s]+)\)/g;
const AUTOLINK = /<((?:https?:\/\/|www\.)[^>\s]+)>/gi;
const BARE_URL = /\b(?:https?:\/\/|www\.)[^\s<>()[\]]+/gi;
const MAY_HOLD_URL = /http|www\./i;

function normaliseUrl(url: string): string {
  const u = url.replace(/\\+([_*~-])/g, '$1').replace(/[.,;:!?]+$/, '');
  return /^https?:\/\//i.test(u) ? u : `http://${u}`;
}

/** Key for de-duplication: no scheme, no trailing slash, lower case. */
function urlKey(url: string): string {
  return url
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/\/+$/, '');
}

export function websitesIn(line: string): string[] {
  const found: string[] = [];
  // Most lines have no link at all: what every pattern below needs is looked for first.
  if (!line.includes('](') && !MAY_HOLD_URL.test(line)) return found;
  let rest = line.replace(MD_LINK, (_m, _text: string, href: string) => {
    if (!/^mailto:/i.test(href)) found.push(normaliseUrl(href));
    return ' ';
  });
  rest = rest.replace(AUTOLINK, (_m, href: string) => {
    found.push(normaliseUrl(href));
    return ' ';
  });
  for (const m of rest.matchAll(BARE_URL)) found.push(normaliseUrl(m[0]));
  return found;
}

export function emailsIn(line: string): string[] {
  if (!line.includes('@')) return [];
  return [...line.matchAll(EMAIL)].map((m) => m[0].replace(/\.+$/, ''));
}

export function phonesIn(line: string): string[] {
  return [...line.matchAll(PHONE)].map((m) => formatPhone(m[0]) ?? m[0].trim());
}

/** Appends the items not yet present (compared loosely), keeping document order. */
export function addUnique(target: string[], items: readonly string[], kind: 'url' | 'email' | 'phone'): void {
  const key = (s: string): string =>
    kind === 'url' ? urlKey(s) : kind === 'email' ? s.toLowerCase() : s.replace(/\D/g, '').slice(-9);
  const seen = new Set(target.map(key));
  for (const item of items) {
    const k = key(item);
    if (!seen.has(k)) {
      seen.add(k);
      target.push(item);
    }
  }
}

const NAME_WORD = /^(?:[A-ZÀ-ÝŒ][\p{L}'’-]+\.?|de|du|des|d'|d’|la|le|van|von|ben)$/u;
/** What a signature's role says: an office, never the first words of a quotation. */
const ROLE_WORD =
  /maire|pr[ée]sident|adjoint|conseill|d[ée]put[ée]|s[ée]nat|d[ée]l[ée]gu|charg[ée]|[ée]lue?\b|direct|repr[ée]sentant|membre|secr[ée]taire|ministre|responsable/i;

/** "Patrick Rimbart" yes; "L'emploi", "Dans un contexte de …" no. */
export function looksLikeName(s: string): boolean {
  const t = s.trim();
  if (t.length < 4 || t.length > 60 || /\d/.test(t)) return false;
  const words = t.split(/\s+/);
  if (words.length < 2 || words.length > 5) return false;
  if (!/^[A-ZÀ-ÝŒ]/u.test(words[0]!) || !/^[A-ZÀ-ÝŒ]/u.test(words[words.length - 1]!)) return false;
  return words.every((w) => NAME_WORD.test(w));
}

/** "Name, role" lines: the signature of a quoted official or of a foreword's author. */
export function parseSignature(raw: string): Person | null {
  // The final full stop goes, an abbreviation's ("C.A.O.") stays.
  const line = cleanInline(raw)
    .replace(/\s+$/, '')
    .replace(/(?<!\b[A-Z])\.$/, '');
  const comma = line.indexOf(',');
  if (comma < 0 || line.length > 320) return null;
  const name = line.slice(0, comma).trim();
  const role = line.slice(comma + 1).trim();
  if (!role || !looksLikeName(name) || !ROLE_WORD.test(role)) return null;
  return { name, role, email: null, phone: null };
}

/** Officials quoted at the top of a vision part: the leading signature lines. */
export function officialsIn(lines: readonly string[]): Person[] {
  const out: Person[] = [];
  for (const raw of lines) {
    if (isBlank(raw)) continue;
    const person = parseSignature(raw);
    if (!person) break;
    out.push(person);
  }
  return out;
}

interface Draft {
  name: string;
  roles: string[];
  emails: string[];
  phones: string[];
}

function joinRoles(roles: readonly string[]): string | null {
  let out = '';
  for (const r of roles) {
    const part = r.replace(/^[,\s]+|[,\s]+$/g, '');
    if (!part) continue;
    if (!out) out = part;
    // A role cut by a line break ("… de l'emploi et" / "de la Formation …") goes on in lower case.
    else if (/^[a-zà-ÿ]/.test(part) && /\b(?:et|de|du|des|la|le|les|en|à)$/i.test(out))
      out = `${out} ${part}`;
    else out = `${out}, ${part}`;
  }
  return out || null;
}

/** Start of a contact person: "Contact : **Name**, role", "**Name**, role" or "**Name,**". */
function personStart(line: string): { name: string; rest: string } | null {
  const t = line.trim();
  const contact = /^contacts?\s*:\s*(.*)$/i.exec(t);
  const body = contact ? contact[1]!.trim() : t;
  if (!body) return null;
  const bold = /^\*\*([^*]+)\*\*\s*(.*)$/.exec(body);
  let name: string;
  let rest: string;
  if (bold) {
    name = bold[1]!;
    rest = bold[2]!;
  } else if (contact) {
    const comma = body.indexOf(',');
    name = comma < 0 ? body : body.slice(0, comma);
    rest = comma < 0 ? '' : body.slice(comma);
  } else {
    return null;
  }
  name = cleanInline(name).replace(/[,;:\s]+$/, '');
  if (!looksLikeName(name)) return null;
  return { name, rest: cleanInline(rest) };
}

export interface ContactBlock {
  people: Person[];
  emails: string[];
  phones: string[];
  websites: string[];
}

/** Reads the lines of a "Pour en savoir plus" block. */
export function parseContacts(lines: readonly string[]): ContactBlock {
  const drafts: Draft[] = [];
  const block: ContactBlock = { people: [], emails: [], phones: [], websites: [] };
  let current: Draft | null = null;
  for (const raw of lines) {
    if (isBlank(raw)) continue;
    const start = personStart(raw);
    if (start) {
      current = { name: start.name, roles: [], emails: [], phones: [] };
      drafts.push(current);
      if (start.rest) current.roles.push(start.rest);
      continue;
    }
    const websites = websitesIn(raw);
    const emails = emailsIn(raw);
    const phones = phonesIn(raw);
    addUnique(block.websites, websites, 'url');
    addUnique(block.emails, emails, 'email');
    addUnique(block.phones, phones, 'phone');
    if (current) {
      addUnique(current.emails, emails, 'email');
      addUnique(current.phones, phones, 'phone');
    }
    if (websites.length || emails.length || phones.length) continue;
    const text = cleanInline(raw);
    if (!text || /^contacts?\s*:?$/i.test(text) || /^pour en savoir plus/i.test(text)) continue;
    if (current) current.roles.push(text);
  }
  block.people = drafts.map((d) => ({
    name: d.name,
    role: joinRoles(d.roles),
    email: d.emails[0] ?? null,
    phone: d.phones.length ? d.phones.join(', ') : null,
  }));
  return block;
}
