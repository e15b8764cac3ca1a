// French departments with the regions of the documents' era (before the 2016 merger),
// used to place entries from a territory, an address, a postcode or a "(Nord)" suffix.
import { foldForMatch } from './text';

export interface Department {
  code: string;
  name: string;
  region: string;
}

const RAW: [string, string, string][] = [
  ['01', 'Ain', 'Rhône-Alpes'],
  ['02', 'Aisne', 'Picardie'],
  ['03', 'Allier', 'Auvergne'],
  ['04', 'Alpes-de-Haute-Provence', 'Provence-Alpes-Côte d’Azur'],
  ['05', 'Hautes-Alpes', 'Provence-Alpes-Côte d’Azur'],
  ['06', 'Alpes-Maritimes', 'Provence-Alpes-Côte d’Azur'],
  ['07', 'Ardèche', 'Rhône-Alpes'],
  ['08', 'Ardennes', 'Champagne-Ardenne'],
  ['09', 'Ariège', 'Midi-Pyrénées'],
  ['10', 'Aube', 'Champagne-Ardenne'],
  ['11', 'Aude', 'Languedoc-Roussillon'],
  ['12', 'Aveyron', 'Midi-Pyrénées'],
  ['13', 'Bouches-du-Rhône', 'Provence-Alpes-Côte d’Azur'],
  ['14', 'Calvados', 'Basse-Normandie'],
  ['15', 'Cantal', 'Auvergne'],
  ['16', 'Charente', 'Poitou-Charentes'],
  ['17', 'Charente-Maritime', 'Poitou-Charentes'],
  ['18', 'Cher', 'Centre'],
  ['19', 'Corrèze', 'Limousin'],
  ['2A', 'Corse-du-Sud', 'Corse'],
  ['2B', 'Haute-Corse', 'Corse'],
  ['21', 'Côte-d’Or', 'Bourgogne'],
  ['22', 'Côtes-d’Armor', 'Bretagne'],
  ['23', 'Creuse', 'Limousin'],
  ['24', 'Dordogne', 'Aquitaine'],
  ['25', 'Doubs', 'Franche-Comté'],
  ['26', 'Drôme', 'Rhône-Alpes'],
  ['27', 'Eure', 'Haute-Normandie'],
  ['28', 'Eure-et-Loir', 'Centre'],
  ['29', 'Finistère', 'Bretagne'],
  ['30', 'Gard', 'Languedoc-Roussillon'],
  ['31', 'Haute-Garonne', 'Midi-Pyrénées'],
  ['32', 'Gers', 'Midi-Pyrénées'],
  ['33', 'Gironde', 'Aquitaine'],
  ['34', 'Hérault', 'Languedoc-Roussillon'],
  ['35', 'Ille-et-Vilaine', 'Bretagne'],
  ['36', 'Indre', 'Centre'],
  ['37', 'Indre-et-Loire', 'Centre'],
  ['38', 'Isère', 'Rhône-Alpes'],
  ['39', 'Jura', 'Franche-Comté'],
  ['40', 'Landes', 'Aquitaine'],
  ['41', 'Loir-et-Cher', 'Centre'],
  ['42', 'Loire', 'Rhône-Alpes'],
  ['43', 'Haute-Loire', 'Auvergne'],
  ['44', 'Loire-Atlantique', 'Pays de la Loire'],
  ['45', 'Loiret', 'Centre'],
  ['46', 'Lot', 'Midi-Pyrénées'],
  ['47', 'Lot-et-Garonne', 'Aquitaine'],
  ['48', 'Lozère', 'Languedoc-Roussillon'],
  ['49', 'Maine-et-Loire', 'Pays de la Loire'],
  ['50', 'Manche', 'Basse-Normandie'],
  ['51', 'Marne', 'Champagne-Ardenne'],
  ['52', 'Haute-Marne', 'Champagne-Ardenne'],
  ['53', 'Mayenne', 'Pays de la Loire'],
  ['54', 'Meurthe-et-Moselle', 'Lorraine'],
  ['55', 'Meuse', 'Lorraine'],
  ['56', 'Morbihan', 'Bretagne'],
  ['57', 'Moselle', 'Lorraine'],
  ['58', 'Nièvre', 'Bourgogne'],
  ['59', 'Nord', 'Nord-Pas-de-Calais'],
  ['60', 'Oise', 'Picardie'],
  ['61', 'Orne', 'Basse-Normandie'],
  ['62', 'Pas-de-Calais', 'Nord-Pas-de-Calais'],
  ['63', 'Puy-de-Dôme', 'Auvergne'],
  ['64', 'Pyrénées-Atlantiques', 'Aquitaine'],
  ['65', 'Hautes-Pyrénées', 'Midi-Pyrénées'],
  ['66', 'Pyrénées-Orientales', 'Languedoc-Roussillon'],
  ['67', 'Bas-Rhin', 'Alsace'],
  ['68', 'Haut-Rhin', 'Alsace'],
  ['69', 'Rhône', 'Rhône-Alpes'],
  ['70', 'Haute-Saône', 'Franche-Comté'],
  ['71', 'Saône-et-Loire', 'Bourgogne'],
  ['72', 'Sarthe', 'Pays de la Loire'],
  ['73', 'Savoie', 'Rhône-Alpes'],
  ['74', 'Haute-Savoie', 'Rhône-Alpes'],
  ['75', 'Paris', 'Île-de-France'],
  ['76', 'Seine-Maritime', 'Haute-Normandie'],
  ['77', 'Seine-et-Marne', 'Île-de-France'],
  ['78', 'Yvelines', 'Île-de-France'],
  ['79', 'Deux-Sèvres', 'Poitou-Charentes'],
  ['80', 'Somme', 'Picardie'],
  ['81', 'Tarn', 'Midi-Pyrénées'],
  ['82', 'Tarn-et-Garonne', 'Midi-Pyrénées'],
  ['83', 'Var', 'Provence-Alpes-Côte d’Azur'],
  ['84', 'Vaucluse', 'Provence-Alpes-Côte d’Azur'],
  ['85', 'Vendée', 'Pays de la Loire'],
  ['86', 'Vienne', 'Poitou-Charentes'],
  ['87', 'Haute-Vienne', 'Limousin'],
  ['88', 'Vosges', 'Lorraine'],
  ['89', 'Yonne', 'Bourgogne'],
  ['90', 'Territoire de Belfort', 'Franche-Comté'],
  ['91', 'Essonne', 'Île-de-France'],
  ['92', 'Hauts-de-Seine', 'Île-de-France'],
  ['93', 'Seine-Saint-Denis', 'Île-de-France'],
  ['94', 'Val-de-Marne', 'Île-de-France'],
  ['95', 'Val-d’Oise', 'Île-de-France'],
  ['971', 'Guadeloupe', 'Guadeloupe'],
  ['972', 'Martinique', 'Martinique'],
  ['973', 'Guyane', 'Guyane'],
  ['974', 'La Réunion', 'La Réunion'],
  ['976', 'Mayotte', 'Mayotte'],
];

export const DEPARTMENTS: readonly Department[] = RAW.map(([code, name, region]) => ({
  code,
  name,
  region,
}));

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
