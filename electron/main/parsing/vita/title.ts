// Experience titles are set in capitals in the document and the OCR garbles their small
// capitals ("construction o'uNe LEGITIMITE"). These functions repair the letters, split off
// the trailing "(Département)" and render the title in French sentence case, taking accents
// and proper-noun capitals from the document's own running text.
import { foldForMatch } from '../common/text';
import { departmentByName, regionByName } from '../common/departments';
import { repairWords } from './ocr-repair';

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
    .map((tok) => TITLE_TOKEN_FIXES[tok] ?? tok)
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

/** Case-aware word forms of the document, keyed by folded form. */
export interface CaseVocabulary {
  lower: Map<string, Map<string, number>>;
  capitalised: Map<string, number>;
  upper: Map<string, number>;
}

export function buildCaseVocabulary(text: string): CaseVocabulary {
  const cv: CaseVocabulary = { lower: new Map(), capitalised: new Map(), upper: new Map() };
  // Sentence-initial words are capitalised for grammar, not because they are names.
  for (const m of text.matchAll(/(^|[^.!?:\n]\s)([\p{L}][\p{L}]*)/gu)) {
    const word = m[2] ?? '';
    const key = foldForMatch(word);
    if (/^\p{Ll}+$/u.test(word)) {
      const forms = cv.lower.get(key) ?? new Map<string, number>();
      forms.set(word, (forms.get(word) ?? 0) + 1);
      cv.lower.set(key, forms);
    } else if (word.length > 1 && /^\p{Lu}+$/u.test(word)) {
      cv.upper.set(key, (cv.upper.get(key) ?? 0) + 1);
    } else if (/^\p{Lu}\p{Ll}+$/u.test(word)) {
      cv.capitalised.set(key, (cv.capitalised.get(key) ?? 0) + 1);
    }
  }
  return cv;
}

function bestLowerForm(word: string, cv: CaseVocabulary): string {
  const forms = cv.lower.get(foldForMatch(word));
  if (!forms) return word.toLowerCase();
  let best = word.toLowerCase();
  let bestCount = -1;
  for (const [form, count] of forms) {
    // Prefer accented spellings: the OCR loses accents far more often than it invents them.
    const score = count + (form !== foldForMatch(form) ? 0.5 : 0);
    if (score > bestCount) {
      best = form;
      bestCount = score;
    }
  }
  return best;
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
    const parts = core.split('-').map((p, k) => renderWord(p, index + k, cv));
    return `${pre}${parts.join('-')}${post}`;
  }
  const key = foldForMatch(core);
  const lowerCount = [...(cv.lower.get(key)?.values() ?? [])].reduce((a, b) => a + b, 0);
  const upperCount = cv.upper.get(key) ?? 0;
  const capCount = cv.capitalised.get(key) ?? 0;
  let out: string;
  if (/\d/.test(core) || (core.length <= 6 && upperCount >= 2 && upperCount > lowerCount + capCount)) {
    out = core.toUpperCase();
  } else {
    out = bestLowerForm(core, cv);
    if (SMALL_WORDS.has(out)) {
      // keep lower case
    } else if (capCount >= 2 && capCount > lowerCount * 3) {
      out = out.charAt(0).toUpperCase() + out.slice(1);
    }
  }
  if (index === 0) out = out.charAt(0).toUpperCase() + out.slice(1);
  return `${pre}${out}${post}`;
}

/** Sentence case with names and acronyms kept: "POLE SUD : POLE DE COOPERATION" → "Pôle Sud : pôle de coopération". */
export function sentenceCase(capitals: string, cv: CaseVocabulary): string {
  const words = capitals.split(/\s+/).filter(Boolean);
  const rendered = words.map((w, i) => renderWord(w, i, cv)).join(' ');
  return repairWords(rendered)
    .replace(/(^|\s)a(?=\s)/g, '$1à')
    .replace(/'/g, '’')
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

export function readableTitle(rawLines: readonly string[], cv: CaseVocabulary): TitleParts {
  const { title, place } = splitPlace(repairTitleCapitals(rawLines));
  return {
    title: sentenceCase(title, cv) || 'Sans titre',
    place: place ? readablePlace(place, cv) : null,
  };
}
