// Places catalogue items on the map of France by department. The parsers usually give a
// department code; when they do not, the department is derived from the department name, a
// postcode, the address, or the territory (a "(Nord)" suffix, a "(93)" code, a known city).
// Items that cannot be placed come back with the reason, so the map can list them.
import { DEPARTMENTS, type Department } from '../../../electron/shared/departments';
import type { CatalogueItem } from '../../../electron/shared/items';

export type DepartmentInfo = Department;

export { DEPARTMENTS };

/** Lower-case, accents stripped, apostrophes/dashes/spaces unified: for matching names only. */
export function fold(s: string): string {
  return (
    s
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/œ/gi, 'oe')
      .toLowerCase()
      // Apostrophes become spaces: OCR and typists write "Côtes d'Armor", "Cotes d Armor", "Côtes-d’Armor".
      .replace(/[-‐‑–—_\s’'`´]+/g, ' ')
      .trim()
  );
}

const byCode = new Map(DEPARTMENTS.map((d) => [d.code, d]));
const byName = new Map(DEPARTMENTS.map((d) => [fold(d.name), d]));
// Spellings met in the documents and in the map package ("Ville de Paris", OCR without hyphens).
byName.set('ville de paris', byCode.get('75')!);
byName.set('reunion', byCode.get('974')!);
const REGIONS = new Set(DEPARTMENTS.map((d) => fold(d.region)));
REGIONS.add('ile de france');
REGIONS.add('pays de loire');
REGIONS.add('provence alpes cote d azur');
REGIONS.add('midi pyrenees');

/**
 * Cities and intercommunal bodies named as a territory without a department, mapped to their
 * department. Limited to prefecture-sized cities and the bodies that appear in the documents:
 * a small town name alone is too ambiguous to place.
 */
const PLACES: [string, string][] = [
  ['angers', '49'],
  ['argenteuil', '95'],
  ['bezons', '95'],
  ['bordeaux', '33'],
  ['dijon', '21'],
  ['grenoble', '38'],
  ['le mans', '72'],
  ['lyon', '69'],
  ['marseille', '13'],
  ['mulhouse', '68'],
  ['nantes', '44'],
  ['nice', '06'],
  ['orleans', '45'],
  ['plaine commune', '93'],
  ['saint denis', '93'],
  ['poitiers', '86'],
  ['reims', '51'],
  ['rennes', '35'],
  ['redon', '35'],
  ['strasbourg', '67'],
  ['toulouse', '31'],
  ['tours', '37'],
  ['tour(s)plus', '37'],
  ['lille', '59'],
  ['roubaix', '59'],
  ['tourcoing', '59'],
  ['montpellier', '34'],
  ['clermont ferrand', '63'],
  ['saint etienne', '42'],
  ['le havre', '76'],
  ['rouen', '76'],
  ['brest', '29'],
  ['metz', '57'],
  ['nancy', '54'],
  ['caen', '14'],
  ['limoges', '87'],
  ['amiens', '80'],
  ['besancon', '25'],
  ['perpignan', '66'],
  ['toulon', '83'],
  ['dole', '39'],
  ['etampes', '91'],
  ['clisson', '44'],
  ['gatine', '79'],
  ['paris', '75'],
];

export type PlacementVia = 'code' | 'name' | 'postcode' | 'address' | 'territory' | 'title';

export type Placement =
  { placed: true; department: DepartmentInfo; via: PlacementVia } | { placed: false; reason: string };

export function departmentByCode(code: string): DepartmentInfo | null {
  const c = code.trim().toUpperCase();
  return byCode.get(c) ?? byCode.get(c.padStart(2, '0')) ?? null;
}

export function departmentByName(name: string): DepartmentInfo | null {
  return byName.get(fold(name)) ?? null;
}

/** "44000" → Loire-Atlantique, "20090" → Corse-du-Sud, "97400" → La Réunion. */
export function departmentFromPostcode(postcode: string): DepartmentInfo | null {
  const p = postcode.replace(/\s/g, '');
  if (!/^\d{5}$/.test(p)) return null;
  if (p.startsWith('97')) return departmentByCode(p.slice(0, 3));
  if (p.startsWith('20')) return departmentByCode(Number(p) < 20200 ? '2A' : '2B');
  if (p.startsWith('00')) return null;
  return departmentByCode(p.slice(0, 2));
}

/** First plausible French postcode in a free-text address ("Chemin du Larris / 91150 ETAMPES"). */
export function postcodeInText(text: string): string | null {
  const m = /(?:^|[^\d])(\d{2}\s?\d{3})(?=\s+[A-Za-zÀ-ÿ]|\s*$|\s*[,)/-])/.exec(text);
  if (!m?.[1]) return null;
  const p = m[1].replace(/\s/g, '');
  return departmentFromPostcode(p) ? p : null;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const NAMES_LONGEST_FIRST = [...byName.keys()].sort((a, b) => b.length - a.length);
const PLACES_LONGEST_FIRST = [...PLACES].sort((a, b) => b[0].length - a[0].length);

/** A department read from a free-text territory: "(93)", "(Isère)", "Pays de Gâtine (Deux-Sèvres)", "Nantes Métropole". */
export function departmentInTerritory(text: string): DepartmentInfo | null {
  const f = fold(text);
  // Parenthesised code or name wins: it is how both VITA and France urbaine state it.
  for (const m of f.matchAll(/\(([^()]+)\)/g)) {
    const inner = (m[1] ?? '').trim();
    if (/^(\d{2,3}|2a|2b)$/.test(inner)) {
      const d = departmentByCode(inner);
      if (d) return d;
    }
    const d = byName.get(inner);
    if (d) return d;
  }
  // Known cities first: "Angers Loire Métropole" is in Maine-et-Loire, not in the Loire, since
  // several department names are rivers that also name city bodies.
  for (const [place, code] of PLACES_LONGEST_FIRST) {
    const re = new RegExp(`(?:^|[^a-z])${escapeRe(place)}(?![a-z])`);
    if (re.test(f)) return departmentByCode(code);
  }
  // "Loire" must not match "Pays de la Loire" nor "Loire-Atlantique": the longest names are
  // tried first, and region names are blanked out before department names are searched.
  const withoutRegions = [...REGIONS].reduce((acc, r) => acc.replace(r, ' '), f);
  for (const name of NAMES_LONGEST_FIRST) {
    const re = new RegExp(`(?:^|[^a-z])${escapeRe(name)}(?![a-z])`);
    if (re.test(withoutRegions)) return byName.get(name) ?? null;
  }
  return null;
}

function isRegion(s: string): boolean {
  return REGIONS.has(fold(s));
}

/** Where an item sits on the map, or why it cannot be placed. Events are not placed. */
export function placeItem(item: CatalogueItem): Placement {
  if (item.departmentCode) {
    const d = departmentByCode(item.departmentCode);
    if (d) return { placed: true, department: d, via: 'code' };
  }
  if (item.department) {
    const d = departmentByName(item.department);
    if (d) return { placed: true, department: d, via: 'name' };
  }
  const entry = item.entry;
  if (entry?.postcode) {
    const d = departmentFromPostcode(entry.postcode);
    if (d) return { placed: true, department: d, via: 'postcode' };
  }
  if (entry?.address) {
    const p = postcodeInText(entry.address);
    const d = p ? departmentFromPostcode(p) : null;
    if (d) return { placed: true, department: d, via: 'address' };
  }
  if (item.territory) {
    const d = departmentInTerritory(item.territory);
    if (d) return { placed: true, department: d, via: 'territory' };
  }
  if (item.kind === 'event') return { placed: false, reason: 'événement national, sans territoire' };
  const region = item.region ?? (item.department && isRegion(item.department) ? item.department : null);
  if (region) return { placed: false, reason: `seule la région est indiquée (${region})` };
  if (item.territory) return { placed: false, reason: `territoire non reconnu (« ${item.territory} »)` };
  return { placed: false, reason: 'aucun territoire, adresse ni code postal' };
}

export interface DepartmentCount {
  department: DepartmentInfo;
  items: CatalogueItem[];
}

export interface MapCounts {
  /** By department code, only departments with at least one item. */
  byCode: Map<string, DepartmentCount>;
  unplaced: { item: CatalogueItem; reason: string }[];
  placedCount: number;
  max: number;
}

/** Counts items per department. Events are left out: they belong to national networks. */
export function countByDepartment(items: readonly CatalogueItem[]): MapCounts {
  const byCode = new Map<string, DepartmentCount>();
  const unplaced: { item: CatalogueItem; reason: string }[] = [];
  let placedCount = 0;
  for (const item of items) {
    if (item.kind === 'event') continue;
    const p = placeItem(item);
    if (!p.placed) {
      unplaced.push({ item, reason: p.reason });
      continue;
    }
    placedCount++;
    const slot = byCode.get(p.department.code) ?? { department: p.department, items: [] };
    slot.items.push(item);
    byCode.set(p.department.code, slot);
  }
  let max = 0;
  for (const c of byCode.values()) max = Math.max(max, c.items.length);
  return { byCode, unplaced, placedCount, max };
}

export interface ShadeStep {
  /** Inclusive bounds of the step. */
  min: number;
  max: number;
  /** 0 = no item, then 1..steps. */
  level: number;
  label: string;
}

/** Legend steps for a maximum count: 0, then up to four steps of whole numbers. */
export function shadeSteps(max: number): ShadeStep[] {
  const steps: ShadeStep[] = [{ min: 0, max: 0, level: 0, label: 'aucune' }];
  if (max <= 0) return steps;
  const n = Math.min(4, max);
  let lo = 1;
  for (let i = 1; i <= n; i++) {
    const hi = i === n ? max : Math.max(lo, Math.round((max * i) / n));
    steps.push({ min: lo, max: hi, level: i, label: lo === hi ? String(lo) : `${lo} à ${hi}` });
    lo = hi + 1;
    if (lo > max) break;
  }
  return steps;
}

export function levelOf(count: number, steps: readonly ShadeStep[]): number {
  for (const s of steps) if (count >= s.min && count <= s.max) return s.level;
  return steps[steps.length - 1]?.level ?? 0;
}

/** "Nord : 3 fiches", "Cantal : aucune fiche". */
export function departmentLabel(name: string, count: number): string {
  if (count === 0) return `${name} : aucune fiche`;
  return `${name} : ${count} fiche${count > 1 ? 's' : ''}`;
}
