// Where a France urbaine case sits and who runs it. The document names territories only
// ("Tour(s)plus", "Grand Dijon"), never departments, so a small city table places them.
import { departmentByCode, departmentByName, type Department } from '../common/departments';
import { foldForMatch, foldedAlnum } from '../common/text';

/** Folded city or collectivity word → INSEE department code. */
const CITY_CODES: readonly [string, string][] = [
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
  ['poitiers', '86'],
  ['reims', '51'],
  ['rennes', '35'],
  ['strasbourg', '67'],
  ['toulouse', '31'],
  ['tour(s)plus', '37'],
  ['tours', '37'],
  // Other large French cities, for later editions of the Lab.
  ['lille', '59'],
  ['montpellier', '34'],
  ['saint etienne', '42'],
  ['brest', '29'],
  ['caen', '14'],
  ['rouen', '76'],
  ['le havre', '76'],
  ['clermont', '63'],
  ['limoges', '87'],
  ['metz', '57'],
  ['nancy', '54'],
  ['amiens', '80'],
  ['besancon', '25'],
  ['toulon', '83'],
  ['paris', '75'],
  ['perpignan', '66'],
  ['nimes', '30'],
  ['avignon', '84'],
  ['dunkerque', '59'],
  ['aix', '13'],
];

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Department of a territory: an explicit "(93)", a department name, or a known city. */
export function departmentOfTerritory(territory: string): Department | null {
  const code = /\((\d{2,3}|2[AB])\)/i.exec(territory);
  if (code) {
    const d = departmentByCode(code[1]!);
    if (d) return d;
  }
  const folded = foldForMatch(territory);
  for (const [city, c] of CITY_CODES) {
    if (new RegExp(`(^|[^a-z])${escapeRegExp(city)}($|[^a-z])`).test(folded)) {
      return departmentByCode(c);
    }
  }
  for (const word of folded.split(/[^a-z]+/)) {
    const d = word.length > 3 ? departmentByName(word) : null;
    if (d) return d;
  }
  return null;
}

/**
 * Structure running each action, as the case itself names it (read by hand from the 2012
 * edition). Used only when the name does occur in the case's text; otherwise the territory.
 */
const ORGANISATIONS: readonly [string, string][] = [
  ['angers loire metropole', 'Angers Technopole'],
  ['argenteuil bezons l agglomeration', "Communauté d'agglomération Argenteuil Bezons"],
  ['bordeaux', "Maison de l'emploi de Bordeaux"],
  ['grand dijon', "Maison de l'Emploi et de la Formation du bassin dijonnais"],
  ['grenoble alpes metropole', 'Grenoble-Alpes Métropole'],
  ['le mans metropole', 'Institut Automobile du Mans'],
  ['lyon', "Maison de l'Emploi et de la Formation de Lyon"],
  ['marseille', "Maison de l'emploi de Marseille"],
  ['mulhouse alsace agglomeration', 'E-nov Campus'],
  ['nantes metropole', "Maison de l'emploi de l'agglomération nantaise"],
  ['metropole nice cote d azur', "Métropole Nice Côte d'Azur"],
  ['orleans', "Mairie d'Orléans"],
  ['plaine commune', 'Plaine Commune'],
  ['grand poitiers', 'Grand Poitiers'],
  ['reims', 'Invest in Reims'],
  [
    'rennes metropole',
    "Maison de l'Emploi, de l'Insertion et de la Formation (M.E.I.F.) du bassin d'emploi de Rennes",
  ],
  ['communaute urbaine de strasbourg', "Maison de l'emploi de Strasbourg"],
  ['toulouse metropole', 'Toulouse Métropole'],
  ['tour(s)plus', "Communauté d'agglomération Tour(s)plus"],
];

function territoryKey(territory: string): string {
  return foldForMatch(territory)
    .replace(/\(\d+\)/g, '')
    .replace(/[^a-z0-9()]+/g, ' ')
    .trim();
}

/**
 * `foldedAlnum(text).includes(foldedAlnum(name))` for a folded text, without copying it: the
 * name's letters and digits in order, anything else between them.
 */
function spelledIn(folded: string, name: string): boolean {
  const letters = [...foldedAlnum(name)];
  if (letters.length === 0) return true;
  return new RegExp(letters.join('[^a-z0-9]*')).test(folded);
}

/** The structure running the action when the case names it, else the collectivity itself. */
export function organisationOf(
  territory: string | null,
  caseText: string,
  /** `foldForMatch(caseText)`, when the caller has it already. */
  folded?: string,
): string | null {
  if (!territory) return null;
  const key = territoryKey(territory);
  const known = ORGANISATIONS.find(([t]) => t === key)?.[1];
  if (known) {
    if (folded === undefined ? foldedAlnum(caseText).includes(foldedAlnum(known)) : spelledIn(folded, known))
      return known;
  }
  return territory.replace(/\s*\(\d{2,3}\)\s*$/, '').trim() || null;
}
