// The user's fact corrections applied to a catalogue item: what every view (list, facets, search,
// map, chronology, overview, comparison) reads, so a corrected department or year counts where
// the user put it. Pure: the catalogue joins the corrections in one place (with-corrections.ts).
import type { CatalogueItem } from '../../../../electron/shared/items';
import type { Entry, Person } from '../../../../electron/shared/schema';
import {
  departmentByCode,
  departmentByName,
  departmentInTerritory,
  isRegion,
  postcodeInText,
  regionByName,
} from '../../../../electron/shared/places';
import type { FactCorrectionRow, FactField } from '../../db/correction-rows';
import { factLines } from './facts';

/** One line of text, or null when the user emptied the fact. */
function oneLine(text: string): string | null {
  const lines = factLines(text);
  return lines.length ? lines.join(' ') : null;
}

/** « 2004 », « vers 2004 », « 2004-2006 »: the first plausible year; null when there is none. */
export function parseYear(text: string): number | null {
  const m = /(?:^|\D)(1[89]\d\d|20\d\d)(?!\d)/.exec(text);
  return m?.[1] ? Number(m[1]) : null;
}

/**
 * Where a corrected department places the entry: a department's name or code (« Isère »,
 * « 38 », « Isère (38) ») gives its code and region; a region's name stands as the department
 * does in the documents; anything else is kept as typed, unplaced.
 */
export function placeOfDepartment(text: string): Pick<Entry, 'department' | 'departmentCode' | 'region'> {
  const value = oneLine(text);
  if (value === null) return { department: null, departmentCode: null, region: null };
  const code = /^\(?\s*(\d{2,3}|2[ab])\s*\)?$/i.exec(value)?.[1];
  const d = (code ? departmentByCode(code) : null) ?? departmentByName(value) ?? departmentInTerritory(value);
  if (d) return { department: d.name, departmentCode: d.code, region: d.region };
  if (isRegion(value)) return { department: value, departmentCode: null, region: regionByName(value) };
  return { department: value, departmentCode: null, region: null };
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^[+\d][\d\s.()-]{5,}$/;

/** « Nom, rôle, tél., courriel » (as personLine writes it) read back into a person. */
export function parsePerson(line: string): Person | null {
  const parts = line
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  const [name, ...rest] = parts;
  if (!name) return null;
  const email = rest.find((p) => EMAIL.test(p)) ?? null;
  const phone = rest.find((p) => p !== email && PHONE.test(p)) ?? null;
  const role = rest.filter((p) => p !== email && p !== phone).join(', ') || null;
  return { name, role, email, phone };
}

/** The entry with the corrected facts in place of the source's. */
export function correctEntry(entry: Entry, corrections: readonly FactCorrectionRow[]): Entry {
  const out: Entry = { ...entry };
  for (const c of corrections) {
    const text = c.corrected;
    switch (c.field) {
      case 'territory':
        out.territory = oneLine(text);
        break;
      case 'department':
        Object.assign(out, placeOfDepartment(text));
        break;
      case 'organisation':
        out.organisation = oneLine(text);
        break;
      case 'people':
        out.people = factLines(text)
          .map(parsePerson)
          .filter((p): p is Person => p !== null);
        break;
      case 'emails':
        out.emails = factLines(text);
        break;
      case 'phones':
        out.phones = factLines(text);
        break;
      case 'websites':
        out.websites = factLines(text);
        break;
      case 'address': {
        out.address = oneLine(text);
        out.postcode = out.address ? postcodeInText(out.address) : null;
        break;
      }
      case 'year':
        out.year = parseYear(text);
        break;
    }
  }
  return out;
}

/** What the catalogue knows of an item's corrections: the fields and the item as the source has it. */
export interface CorrectedFacts {
  fields: ReadonlySet<FactField>;
  original: CatalogueItem;
}

/** The item as corrected (a new object), or the same item when no correction applies to it. */
export function correctItem(item: CatalogueItem, corrections: readonly FactCorrectionRow[]): CatalogueItem {
  if (!item.entry || corrections.length === 0) return item;
  const entry = correctEntry(item.entry, corrections);
  return {
    ...item,
    territory: entry.territory,
    department: entry.department,
    departmentCode: entry.departmentCode,
    region: entry.region,
    organisation: entry.organisation,
    year: entry.year,
    entry,
  };
}
