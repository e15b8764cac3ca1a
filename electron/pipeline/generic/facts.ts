// Facts of an entry read generically, with the same helpers the bundled sources use: contacts
// (e-mails, phones, websites, "Name, role" signatures), the department table (names, codes,
// postcodes, regions), the city table of France urbaine, the shared themes thesaurus.
import type { Person } from '../../shared/schema';
import {
  DEPARTMENTS,
  departmentByName,
  departmentFromPostcode,
  regionByName,
  type Department,
} from '../../shared/places';
import { foldForMatch } from '../common/text';
import {
  addUnique,
  emailsIn,
  looksLikeName,
  parseSignature,
  phonesIn,
  websitesIn,
} from '../france-urbaine/contacts';
import { departmentInTerritory as departmentOfTerritory } from '../../shared/places';

export interface Facts {
  territory: string | null;
  department: string | null;
  departmentCode: string | null;
  region: string | null;
  organisation: string | null;
  people: Person[];
  emails: string[];
  phones: string[];
  websites: string[];
  address: string | null;
  postcode: string | null;
}

const CONTACT_LINE = /^(?:contacts?|interlocut\w*|r[ée]f[ée]rent\w*|personne à contacter)\s*:\s*(.+)$/i;
const ORGANISATION_LINE =
  /^(?:structure porteuse|porteur(?: du projet| de l['’]action)?|organisme(?: porteur)?|op[ée]rateur|structure)\s*:\s*(.+)$/i;
const POSTCODE_CITY =
  /\b((?:0[1-9]|[1-8]\d|9[0-5]|97[1-6])\d{3})\s+([A-ZÀ-Ý][\p{L}'’-]+(?:[ -][\p{L}'’-]+){0,3})/u;

const FOLDED_DEPARTMENTS = [...DEPARTMENTS]
  .sort((a, b) => b.name.length - a.name.length)
  .map((d) => ({
    d,
    re: new RegExp(`(?:^|[^a-z])${foldForMatch(d.name).replace(/[^a-z]+/g, '[^a-z]+')}(?:$|[^a-z])`, 'g'),
  }));
const FOLDED_REGIONS = [...new Set(DEPARTMENTS.map((d) => d.region))].map((r) => ({
  r,
  re: new RegExp(`(?:^|[^a-z])${foldForMatch(r).replace(/[^a-z]+/g, '[^a-z]+')}(?:$|[^a-z])`),
}));

export function readFacts(title: string, lines: readonly string[]): Facts {
  const emails: string[] = [];
  const phones: string[] = [];
  const websites: string[] = [];
  const people: Person[] = [];
  let organisation: string | null = null;
  let postcode: string | null = null;
  let address: string | null = null;
  let city: string | null = null;
  for (const raw of lines) {
    // Rendered lines may carry Markdown emphasis ("**Name**, role").
    const line = raw
      .replace(/^[-•*–]\s+/, '')
      .replace(/\*\*/g, '')
      .trim();
    if (!line) continue;
    addUnique(emails, emailsIn(line), 'email');
    addUnique(phones, phonesIn(line), 'phone');
    addUnique(
      websites,
      websitesIn(line).filter((w) => !w.includes('@')),
      'url',
    );
    const contact = CONTACT_LINE.exec(line);
    const person = contact ? personOf(contact[1]!) : line.length <= 200 ? parseSignature(line) : null;
    if (person && !people.some((p) => p.name === person.name)) people.push(person);
    const org = ORGANISATION_LINE.exec(line);
    if (org && !organisation) organisation = org[1]!.replace(/[.;]$/, '').trim() || null;
    const pc = POSTCODE_CITY.exec(line);
    if (pc && !postcode && departmentFromPostcode(pc[1]!)) {
      postcode = pc[1]!;
      city = pc[2]!.trim();
      address = line.length <= 160 ? line : null;
    }
  }
  // One person and one address each: they belong together.
  if (people.length === 1 && emails.length === 1) people[0]!.email = emails[0]!;
  if (people.length === 1 && phones.length === 1) people[0]!.phone = phones[0]!;

  const place = placeOf(title, lines, city, postcode);
  return {
    ...place,
    organisation,
    people,
    emails,
    phones,
    websites,
    address,
    postcode,
  };
}

/** "Marie Dupont, chargée de mission" or "Marie Dupont" after "Contact :". */
function personOf(value: string): Person | null {
  const [name = '', ...rest] = (value.split(/\s+[—–-]\s+/)[0] ?? '').split(/\s*,\s+/);
  const clean = name.replace(/^(?:M\.|Mme|Mlle|Monsieur|Madame)\s+/, '').trim();
  if (!looksLikeName(clean)) return null;
  const role = rest.join(', ').replace(/[.;]$/, '').trim();
  return {
    name: clean,
    role: role && !/@|\d{2}[ .]\d{2}/.test(role) ? role : null,
    email: null,
    phone: null,
  };
}

interface Place {
  territory: string | null;
  department: string | null;
  departmentCode: string | null;
  region: string | null;
}

function fromDepartment(territory: string | null, d: Department): Place {
  return { territory, department: d.name, departmentCode: d.code, region: d.region };
}

/**
 * Where the entry sits: a place in its title first ("… (Isère)", "Lyon, Coordination …"),
 * then a postcode and city in its text, then the department or region its text names most.
 */
function placeOf(
  title: string,
  lines: readonly string[],
  city: string | null,
  postcode: string | null,
): Place {
  const bracket = /\(([^()]{2,40})\)\s*$/.exec(title);
  if (bracket) {
    const inside = bracket[1]!.trim();
    const d = departmentOfTerritory(`(${inside})`) ?? departmentByName(inside);
    if (d) return fromDepartment(inside, d);
    const region = regionByName(inside);
    if (region) return { territory: inside, department: region, departmentCode: null, region };
  }
  const prefix = /^([^,:–—]{2,60})\s*[,:–—]\s+\S/.exec(title)?.[1]?.trim();
  // A place names the entry in a few words ("Lyon, …", "Nantes Métropole : …"); a longer
  // prefix is the title itself ("Atelier mobilité solidaire du Pays de Redon — …"), where a
  // city lookup would take the whole title for the territory.
  if (prefix && prefix.split(/\s+/).length <= 4) {
    const d = departmentOfTerritory(prefix);
    if (d) return fromDepartment(prefix, d);
  }
  if (postcode) {
    const d = departmentFromPostcode(postcode);
    if (d) return fromDepartment(city, d);
  }
  // Longest names first, each blanked once counted: "Maine-et-Loire" is not also "Loire".
  let folded = foldForMatch(lines.join('\n'));
  let best: Department | null = null;
  let bestCount = 0;
  for (const { d, re } of FOLDED_DEPARTMENTS) {
    let n = 0;
    folded = folded.replace(re, (m) => {
      n++;
      return ' '.repeat(m.length);
    });
    if (n > bestCount) {
      best = d;
      bestCount = n;
    }
  }
  if (best) return fromDepartment(best.name, best);
  for (const { r, re } of FOLDED_REGIONS)
    if (re.test(folded)) return { territory: r, department: r, departmentCode: null, region: r };
  return { territory: null, department: null, departmentCode: null, region: null };
}

/** The year a document speaks from: in its title, else the most cited year of its opening. */
export function yearOf(title: string, opening: string): number | null {
  const inTitle = /\b(19[5-9]\d|20\d\d)\b/.exec(title);
  if (inTitle) return Number(inTitle[1]);
  const counts = new Map<number, number>();
  for (const m of opening.matchAll(/\b(19[5-9]\d|20\d\d)\b/g))
    counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
  let best: number | null = null;
  let bestCount = 0;
  for (const [year, n] of counts)
    if (n > bestCount || (n === bestCount && best !== null && year > best)) {
      best = year;
      bestCount = n;
    }
  return best;
}
