// Where a place name, postcode or territory sits: one set of lookups for the parsers (which
// store a department code on each entry) and the renderer (which places on the map what the
// parsers could not), so the two cannot disagree.
import { foldName } from '../text/fold';
import { DEPARTMENTS, type Department } from './departments';

const byCode = new Map(DEPARTMENTS.map((d) => [d.code, d]));

// The tables below fold every name and compile a pattern per name: built at their first use,
// not when the module loads, which is on the window's first screen (issue 16).
let names: Map<string, Department> | null = null;
let regions: Map<string, string> | null = null;

function byName(): Map<string, Department> {
  if (!names) {
    names = new Map(DEPARTMENTS.map((d) => [foldName(d.name), d]));
    // Spellings met in the documents and in the map package ("Ville de Paris", OCR without hyphens).
    names.set('ville de paris', byCode.get('75')!);
    names.set('reunion', byCode.get('974')!);
  }
  return names;
}

function regionByKey(): Map<string, string> {
  if (!regions) {
    const regionNames = [...new Set(DEPARTMENTS.map((d) => d.region))];
    regions = new Map(regionNames.map((r) => [foldName(r), r]));
    // Variants the documents use for the same regions.
    regions.set('ile de france', 'Île-de-France');
    regions.set('pays de loire', 'Pays de la Loire');
    regions.set('provence alpes cote d azur', "Provence-Alpes-Côte d'Azur");
    regions.set('midi pyrenees', 'Midi-Pyrénées');
  }
  return regions;
}

/**
 * Cities and intercommunal bodies named as a territory without a department. Limited to
 * prefecture-sized cities and the bodies that appear in the documents: a small town name alone
 * is too ambiguous to place.
 */
const CITIES: readonly [string, string][] = [
  ['aix en provence', '13'],
  ['amiens', '80'],
  ['angers', '49'],
  ['argenteuil', '95'],
  ['avignon', '84'],
  ['besancon', '25'],
  ['bezons', '95'],
  ['bordeaux', '33'],
  ['brest', '29'],
  ['caen', '14'],
  ['clermont ferrand', '63'],
  ['clisson', '44'],
  ['dijon', '21'],
  ['dole', '39'],
  ['dunkerque', '59'],
  ['etampes', '91'],
  ['gatine', '79'],
  ['grenoble', '38'],
  ['le havre', '76'],
  ['le mans', '72'],
  ['lille', '59'],
  ['limoges', '87'],
  ['lyon', '69'],
  ['marseille', '13'],
  ['metz', '57'],
  ['montpellier', '34'],
  ['mulhouse', '68'],
  ['nancy', '54'],
  ['nantes', '44'],
  ['nice', '06'],
  ['nimes', '30'],
  ['orleans', '45'],
  ['paris', '75'],
  ['perpignan', '66'],
  ['plaine commune', '93'],
  ['poitiers', '86'],
  ['redon', '35'],
  ['reims', '51'],
  ['rennes', '35'],
  ['roubaix', '59'],
  ['rouen', '76'],
  ['saint denis', '93'],
  ['saint etienne', '42'],
  ['strasbourg', '67'],
  ['toulon', '83'],
  ['toulouse', '31'],
  ['tour(s)plus', '37'],
  ['tourcoing', '59'],
  ['tours', '37'],
];

export function departmentByCode(code: string): Department | null {
  const c = code.trim().toUpperCase();
  return byCode.get(c) ?? byCode.get(c.padStart(2, '0')) ?? null;
}

/** Department from its name, spelled with or without accents, hyphens or apostrophes. */
export function departmentByName(name: string): Department | null {
  return byName().get(foldName(name)) ?? null;
}

/** Region (pre-2016 names) from its name, loosely spelled. */
export function regionByName(name: string): string | null {
  return regionByKey().get(foldName(name)) ?? null;
}

/** "44000" → Loire-Atlantique, "20090" → Corse-du-Sud, "97400" → La Réunion. */
export function departmentFromPostcode(postcode: string): Department | null {
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

const wordRe = (key: string) => new RegExp(`(?:^|[^a-z])${escapeRe(key)}(?![a-z])`);
let territoryTables: {
  names: { name: string; re: RegExp }[];
  cities: { key: string; code: string; re: RegExp }[];
  regionKeys: string[];
} | null = null;

function territoryLookup() {
  territoryTables ??= {
    names: [...byName().keys()]
      .sort((a, b) => b.length - a.length)
      .map((name) => ({ name, re: wordRe(name) })),
    cities: [...CITIES]
      .sort((a, b) => b[0].length - a[0].length)
      .map(([city, code]) => ({ key: city, code, re: wordRe(city) })),
    regionKeys: [...regionByKey().keys()],
  };
  return territoryTables;
}

/**
 * A department read from a free-text territory: "(93)", "(Isère)", "Pays de Gâtine
 * (Deux-Sèvres)", "Nantes Métropole", "Grand Dijon".
 */
export function departmentInTerritory(text: string): Department | null {
  const f = foldName(text);
  // Parenthesised code or name wins: it is how both VITA and France urbaine state it.
  for (const m of f.matchAll(/\(([^()]+)\)/g)) {
    const inner = (m[1] ?? '').trim();
    if (/^(\d{2,3}|2a|2b)$/.test(inner)) {
      const d = departmentByCode(inner);
      if (d) return d;
    }
    const d = byName().get(inner);
    if (d) return d;
  }
  // A region's name alone names no department (its name is blanked out below, and no city is
  // in one): known without the patterns of every city and department.
  if (regionByKey().has(f)) return null;
  const { cities, names: namesLongestFirst, regionKeys } = territoryLookup();
  // Known cities first: "Angers Loire Métropole" is in Maine-et-Loire, not in the Loire, since
  // several department names are rivers that also name city bodies.
  // `includes` first: a pattern is compiled when first run, at every start, and most names are
  // not in the text at all (the word test alone placed the bundled catalogue in ~15 ms).
  for (const { key, code, re } of cities) if (f.includes(key) && re.test(f)) return departmentByCode(code);
  // "Loire" must not match "Pays de la Loire" nor "Loire-Atlantique": the longest names are
  // tried first, and region names are blanked out before department names are searched.
  const withoutRegions = regionKeys.reduce((acc, r) => acc.replace(r, ' '), f);
  for (const { name, re } of namesLongestFirst)
    if (withoutRegions.includes(name) && re.test(withoutRegions)) return byName().get(name) ?? null;
  return null;
}

export function isRegion(s: string): boolean {
  return regionByKey().has(foldName(s));
}
