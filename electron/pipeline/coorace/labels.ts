// Turns the spreadsheet's upper-case labels ("ANIMATION REGIONALE :") into readable titles
// ("Animation régionale"). Upper-case French drops its accents, so the few words of this
// chronology that need them back are listed; acronyms and proper names keep their form.
import { foldForMatch } from '../common/text';

const WORD_FORMS: Record<string, string> = {
  // accents lost in capitals
  regionale: 'régionale',
  regionales: 'régionales',
  regional: 'régional',
  regionalisation: 'régionalisation',
  developpement: 'développement',
  proximite: 'proximité',
  cheque: 'chèque',
  congres: 'congrès',
  interim: 'intérim',
  adherents: 'adhérents',
  adherent: 'adhérent',
  cooperation: 'coopération',
  quebecoise: 'québécoise',
  legislatif: 'législatif',
  economique: 'économique',
  economie: 'économie',
  activite: 'activité',
  activites: 'activités',
  etudes: 'études',
  etat: 'État',
  reseau: 'réseau',
  reseaux: 'réseaux',
  solidarite: 'solidarité',
  // acronyms and proper names
  coorace: 'COORACE',
  cniae: 'CNIAE',
  cirie: 'CIRIE',
  cfdt: 'CFDT',
  etti: 'ETTI',
  ues: 'UES',
  cjdes: 'CJDES',
  ratp: 'RATP',
  cdc: 'CDC',
  fnars: 'FNARS',
  cnei: 'CNEI',
  clcbe: 'CLCBE',
  ag: 'AG',
  iae: 'IAE',
  inter: 'Inter',
  proxim: 'Proxim',
  laurentides: 'Laurentides',
  quebec: 'Québec',
  boulogne: 'Boulogne',
  mer: 'Mer',
  france: 'France',
};

const hasLower = (s: string): boolean => /\p{Ll}/u.test(s);

/** True for a label written wholly in capitals with at least two real words. */
export function isShouting(s: string): boolean {
  if (hasLower(s)) return false;
  const words = s.match(/\p{Lu}{3,}/gu) ?? [];
  return words.length >= 2;
}

/** "COOPERATION COORACE - LAURENTIDES (QUEBEC)" → "Coopération COORACE - Laurentides (Québec)". */
export function sentenceCase(s: string): string {
  let first = true;
  const out = s.replace(/\p{L}+/gu, (word) => {
    const folded = foldForMatch(word);
    let form = WORD_FORMS[folded] ?? word.toLowerCase();
    if (first) {
      form = form.charAt(0).toUpperCase() + form.slice(1);
      first = false;
    }
    return form;
  });
  // Names whose second part is capitalised in the document's own prose.
  return out
    .replace(/\bProxim' ?services\b/g, (m) => m.replace(/services$/, 'Services'))
    .replace(/\bBoulogne-sur-Mer\b/gi, 'Boulogne-sur-Mer');
}

/** Tidies a label for use as a title: spaced apostrophes, stray punctuation, shouting. */
export function cleanLabel(s: string): string {
  let out = s
    .replace(/\s*['’´]\s*(?=\p{L})/gu, "'")
    .replace(/\s+/g, ' ')
    .replace(/^[\s.\-–•:;,]+|[\s:;,–-]+$/g, '')
    .trim();
  if (isShouting(out)) out = sentenceCase(out);
  return out;
}
