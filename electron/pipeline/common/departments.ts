// Department lookups for the parsers; the table itself is shared with the map of the renderer.
import { DEPARTMENTS, type Department } from '../../shared/departments';
import { foldForMatch } from './text';

export { DEPARTMENTS, type Department };

const byCode = new Map(DEPARTMENTS.map((d) => [d.code, d]));
const byFoldedName = new Map(DEPARTMENTS.map((d) => [foldForMatch(d.name), d]));
const REGIONS = [...new Set(DEPARTMENTS.map((d) => d.region))];
const regionByFoldedName = new Map(REGIONS.map((r) => [foldForMatch(r), r]));

export function departmentByCode(code: string): Department | null {
  const c = code.trim().toUpperCase();
  return byCode.get(c) ?? byCode.get(c.padStart(2, '0')) ?? null;
}

/** Department from a French postcode: "44000" → Loire-Atlantique, "20000" → Corse-du-Sud, "97400" → La Réunion. */
export function departmentFromPostcode(postcode: string): Department | null {
  const p = postcode.replace(/\s/g, '');
  if (!/^\d{5}$/.test(p)) return null;
  if (p.startsWith('97')) return departmentByCode(p.slice(0, 3));
  if (p.startsWith('20')) return departmentByCode(Number(p) < 20200 ? '2A' : '2B');
  return departmentByCode(p.slice(0, 2));
}

/** Department from its name, spelled with or without accents, hyphens or typographic apostrophes. */
export function departmentByName(name: string): Department | null {
  return byFoldedName.get(foldForMatch(name)) ?? null;
}

/** Region (pre-2016 names) from its name, loosely spelled. */
export function regionByName(name: string): string | null {
  return regionByFoldedName.get(foldForMatch(name)) ?? null;
}
