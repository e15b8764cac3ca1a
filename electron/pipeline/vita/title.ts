// Experience titles are set in capitals in the document and the OCR garbles their small
// capitals ("construction o'uNe LEGITIMITE"). These functions repair the letters, split off
// the trailing "(Département)" and render the title in French sentence case, taking accents
// and proper-noun capitals from the document's own running text.
import { foldForMatch } from '../common/text';
import { departmentByName, regionByName } from '../../shared/places';
import { repairWords } from './ocr-repair';
import type { CaseVocabulary, WordForms } from './words';

/** Upper-cased OCR tokens seen in titles and what they stand for. */
const TITLE_TOKEN_FIXES: Record<string, string> = {
  "O'UNE": "D'UNE",
  "P'UNE": "D'UNE",
  "0'UNE": "D'UNE",
  "P'UN": "D'UN",
  'D°UN': "D'UN",
  "O'UN": "D'UN",
  B: 'DE',
  O: 'DE',
  PE: 'DE',
  BES: 'DES',
  PANS: 'DANS',
  ETVALORISER: 'ET VALORISER',
  ETDE: 'ET DE',
  PEVELORREMENT: 'DÉVELOPPEMENT',
  DISPOSITIE: 'DISPOSITIF',
  GUVRE: 'ŒUVRE',
  EUVRE: 'ŒUVRE',
  "'OFFRE": "L'OFFRE",
  "'ENJEU": "L'ENJEU",
  CEGALITE: "L'ÉGALITÉ",
  ALA: 'À LA',
  GURA: '(JURA)',
  T: 'ET',
};

const SMALL_WORDS = new Set([
  'a',
  'à',
  'au',
  'aux',
  'avec',
  'dans',
  'de',
  'des',
  'du',
  'en',
  'et',
  'la',
  'le',
  'les',
  'par',
  'pour',
  'sur',
  'un',
  'une',
  'sous',
]);

/** Institutions French writes with capitals even in running text. */
const INSTITUTIONS: [RegExp, string][] = [
  [/\bconseil général/gi, 'Conseil général'],
  [/\bconseil régional/gi, 'Conseil régional'],
  [/\bcode des marchés publics/gi, 'Code des marchés publics'],
];

export interface TitleParts {
  /** Readable title without the place in parentheses. */
  title: string;
  /** The parenthesised place, readable ("Bouches-du-Rhône", "Pays de Redon et Vilaine"), or null. */
  place: string | null;
}

/** Joins raw title lines and repairs the garbled letters, staying in capitals. */
export function repairTitleCapitals(rawLines: readonly string[]): string {
  const joined = rawLines
    .map((l) => l.replace(/^[\s\\|_—–-]+/, '').trim())
    .filter(Boolean)
    .join(' ')
    .replace(/[’`]/g, "'")
    .replace(/\bE T\b/g, 'ET')
    .toUpperCase()
    .replace(/\s+/g, ' ');
  let out = joined
    .split(' ')
    .map((tok) => TITLE_TOKEN_FIXES[tok] ?? tok.replace(/^[PO0B]'(?=[AEIOUYÉ])/, "D'"))
    .join(' ');
  // "(ASSISTANTE DE VIE AUX FAMILLES”": an opening quote read as a parenthesis.
  out = out.replace(/\(([^()]*)”/g, '“$1”');
  return out.replace(/\s+/g, ' ').trim();
}

/** Splits "… (BOUCHES-DU-RHONE)" into the title and the place. */
export function splitPlace(capitals: string): { title: string; place: string | null } {
  const m = /^(.*?)\s*\(([^()]+)\)\s*$/.exec(capitals);
  if (!m?.[1]) return { title: capitals, place: null };
  return { title: m[1].trim(), place: m[2]?.trim() ?? null };
}

export type { CaseVocabulary };

function total(forms: WordForms | undefined): number {
  return (forms ?? []).reduce((sum, [, count]) => sum + count, 0);
}

/** Most frequent spelling, accented ones first: the OCR loses accents far more than it invents them. */
function bestForm(forms: WordForms | undefined, fallback: string): string {
  if (!forms) return fallback;
  let best = fallback;
  let bestScore = -1;
  for (const [form, count] of forms) {
    const score = count * (form !== foldForMatch(form) ? 4 : 1);
    if (score > bestScore) {
      best = form;
      bestScore = score;
    }
  }
  return best;
}

function bestLowerForm(word: string, cv: CaseVocabulary): string {
  return bestForm(cv.lower.get(foldForMatch(word)), word.toLowerCase());
}

function renderWord(word: string, index: number, cv: CaseVocabulary): string {
  const m = /^([^\p{L}]*)([\p{L}][\p{L}'’.-]*?)([^\p{L}]*)$/u.exec(word);
  if (!m) return word;
  const [, pre = '', core = '', post = ''] = m;
  // Elided article or preposition: "D'UNE" → "d'une", rendered part by part.
  const elided = /^([DLdl])'(.+)$/.exec(core);
  if (elided) {
    const head = index === 0 ? elided[1]!.toUpperCase() : elided[1]!.toLowerCase();
    return `${pre}${head}'${renderWord(elided[2] ?? '', 1, cv)}${post}`;
  }
  if (core.includes('-')) {
    const dept = departmentByName(core);
    if (dept) return `${pre}${dept.name}${post}`;
    const region = regionByName(core);
    if (region) return `${pre}${region}${post}`;
    const parts = core.split('-').map((p, k) => renderWord(p, index + k, cv));
    return `${pre}${parts.join('-')}${post}`;
  }
  const key = foldForMatch(core);
  const lowerCount = total(cv.lower.get(key));
  const upperCount = cv.upper.get(key) ?? 0;
  const capCount = total(cv.capitalised.get(key));
  let out: string;
  if (/\d/.test(core) || (core.length <= 6 && upperCount >= 2 && upperCount > lowerCount + capCount)) {
    out = core.toUpperCase();
  } else {
    out = bestLowerForm(core, cv);
    if (SMALL_WORDS.has(out)) {
      // keep lower case
    } else if (capCount >= 2 && lowerCount === 0) {
      // Never written in lower case mid-sentence: a name ("Nantes Métropole", "Rennes").
      out = bestForm(cv.capitalised.get(key), out.charAt(0).toUpperCase() + out.slice(1));
    }
  }
  if (index === 0) out = out.charAt(0).toUpperCase() + out.slice(1);
  return `${pre}${out}${post}`;
}

/** Sentence case with names and acronyms kept: "POLE SUD : POLE DE COOPERATION" → "Pôle Sud : pôle de coopération". */
export function sentenceCase(capitals: string, cv: CaseVocabulary, names: readonly string[] = []): string {
  const words = capitals.split(/\s+/).filter(Boolean);
  let rendered = words.map((w, i) => renderWord(w, i, cv)).join(' ');
  for (const [re, to] of INSTITUTIONS) rendered = rendered.replace(re, to);
  // Names the header spells in mixed case ("Anjou Domicile") keep that spelling in the title.
  for (const name of names) {
    if (!/\p{Ll}/u.test(name) || name.length < 4) continue;
    const at = foldForMatch(rendered).indexOf(foldForMatch(name));
    if (at >= 0 && foldForMatch(rendered.slice(at, at + name.length)) === foldForMatch(name)) {
      rendered = rendered.slice(0, at) + name + rendered.slice(at + name.length);
    }
  }
  return repairWords(rendered)
    .replace(/(^|\s)a(?=\s)/g, '$1à')
    .replace(/'/g, '’')
    .replace(/“\s+/g, '“')
    .replace(/\s+”/g, '”')
    .replace(/\s+([,])/g, '$1')
    .trim();
}

/** Readable name of a parenthesised place: a department, a region, or a territory. */
export function readablePlace(place: string, cv: CaseVocabulary): string {
  const dept = departmentByName(place);
  if (dept) return dept.name;
  const region = regionByName(place);
  if (region) return region;
  const words = place.split(/\s+/);
  return words
    .map((w, i) => {
      const r = renderWord(w, i, cv);
      return SMALL_WORDS.has(r.toLowerCase()) && i > 0
        ? r.toLowerCase()
        : r.charAt(0).toUpperCase() + r.slice(1);
    })
    .join(' ');
}

export function readableTitle(
  rawLines: readonly string[],
  cv: CaseVocabulary,
  names: readonly string[] = [],
): TitleParts {
  const { title, place } = splitPlace(repairTitleCapitals(rawLines));
  return {
    title: sentenceCase(title, cv, names) || 'Sans titre',
    place: place ? readablePlace(place, cv) : null,
  };
}

/** "PONT DE BEAUVOISIN" → "Pont de Beauvoisin"; mixed-case names are kept. */
export function readableCity(city: string): string {
  if (/\p{Ll}/u.test(city)) return city;
  return city
    .toLowerCase()
    .split(/(\s+|-)/)
    .map((w, i) => (i > 0 && SMALL_WORDS.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join('');
}
