// Who runs a France urbaine case. Where it sits comes from the shared place lookups
// (shared/places): the document names territories only ("Tour(s)plus", "Grand Dijon").
import { foldForMatch, foldedAlnum } from '../common/text';

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
