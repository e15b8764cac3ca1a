// Actors and partners named by an entry: the organisations of the local employment landscape
// (a gazetteer of the usual ones, folded so "Pôle Emploi" and "pole emploi" meet) plus the
// acronyms the documents use for the others (PLIE, MDEF, GEIQ, ...).
import { foldForMatch as fold } from '../../../../electron/shared/text/fold';
import { uniqueBy } from './text';

export interface Actor {
  /** Display name, canonical for gazetteer hits, as written for acronyms. */
  name: string;
  /** Comparison key. */
  key: string;
}

/** Canonical name → folded patterns (regex sources on folded text). */
const GAZETTEER: [string, string][] = [
  ['Pôle emploi', String.raw`pole emploi`],
  ['ANPE', String.raw`anpe|agence nationale pour l'emploi`],
  ['Mission locale', String.raw`missions? locales?`],
  ['PLIE', String.raw`plie|plan local (pluriannuel )?pour l'insertion et l'emploi`],
  ['Maison de l’emploi', String.raw`maisons? de l'emploi( et de la formation)?|mdef?`],
  [
    'Conseil régional',
    String.raw`conseils? regionaux|conseil regional|region [a-z]+( [a-z]+)?(?= \(| \d|,|\.| et )`,
  ],
  ['Conseil général', String.raw`conseils? generaux|conseil general|conseil departemental`],
  ['État', String.raw`l'etat|services de l'etat|prefecture|prefet|sous prefecture`],
  ['DIRECCTE', String.raw`direccte|ddtefp|drtefp|dde?tefp`],
  ['Caisse des dépôts', String.raw`caisse des depots( et consignations)?`],
  ['Fonds social européen', String.raw`fonds social europeen|fse`],
  ['FEDER', String.raw`feder`],
  ['CCI', String.raw`cci|chambres? de commerce( et d'industrie)?`],
  ['Chambre de métiers', String.raw`chambres? de metiers( et de l'artisanat)?|cma`],
  ['Chambre d’agriculture', String.raw`chambres? d'agriculture`],
  ['AFPA', String.raw`afpa`],
  ['APEC', String.raw`apec`],
  ['Cap emploi', String.raw`cap emploi`],
  ['Agefiph', String.raw`agefiph`],
  ['OPCA', String.raw`opcas?`],
  ['GEIQ', String.raw`geiq`],
  ['CAF', String.raw`caf|caisse d'allocations familiales`],
  ['CCAS', String.raw`ccas`],
  ['ADIE', String.raw`adie`],
  ['France Active', String.raw`france active`],
  ['Réseau Entreprendre', String.raw`reseau entreprendre`],
  ['BGE', String.raw`bge|boutiques? de gestion`],
  ['COORACE', String.raw`coorace`],
  ['Cime', String.raw`cime`],
  ['AMGVF', String.raw`amgvf|association des maires de grandes villes de france`],
  ['Sémaphores', String.raw`semaphores`],
  ['Éducation nationale', String.raw`education nationale`],
  ['Universités', String.raw`universites?`],
];

const GAZETTEER_PATTERNS = GAZETTEER.map(([name, source]) => ({
  name,
  pattern: new RegExp(String.raw`(?<![a-z0-9])(?:${source})(?![a-z0-9])`, 'i'),
}));
const GAZETTEER_KEYS = new Set(GAZETTEER.map(([name]) => fold(name)));
/** Words of the gazetteer's names: "POLE EMPLOI" written in capitals is a name, not two acronyms. */
const GAZETTEER_WORDS = new Set(GAZETTEER.flatMap(([name]) => fold(name).split(/[ ']/)));

/** Upper-case words that are not organisations: contract types, structure categories, roman numerals, OCR. */
const NOT_ACTORS = new Set(
  (
    'CDI CDD CDDI RSA RMI API TPE PME PMI ETP BTP SMIC EMT CV IAE SIAE ESS ZUS ZFU CUCS QPV RH NB TTC HT SA SAS SARL ' +
    'SCOP SCIC EI ETTI ACI AI GE EA ESAT RQTH VAE CAP BEP BTS DUT BAC PIB DIF TIC NTIC PDF TV OK II III IV VI VII VIII IX ' +
    'XI XII XIII XIV XV XX XXI ET DE LA LE LES DU DES EN AU UN UNE NOTRE NOS VOS OU ET SUR PAR POUR AVEC DANS PLUS ' +
    'TEL FAX MAIL WWW HTTP COM FR ORG NET CEDEX BP CS NC ND DR MR MME MM EUR SMS USA UE EU GPEC DRH PDG DG'
  ).split(' '),
);

/** Lines written mostly in capitals are titles (VITA), where every word looks like an acronym. */
function mostlyCapitals(line: string): boolean {
  const letters = line.replace(/[^\p{L}]/gu, '');
  if (letters.length < 8) return false;
  const upper = letters.replace(/[^\p{Lu}]/gu, '').length;
  return upper / letters.length > 0.5;
}

/**
 * `exclude`: folded words that are not organisations here (the people's names, written in
 * capitals by VITA: "Laurent PINET").
 */
export function extractActors(text: string, exclude: ReadonlySet<string> = new Set()): Actor[] {
  const folded = fold(text);
  const found: Actor[] = [];
  for (const { name, pattern } of GAZETTEER_PATTERNS) {
    if (pattern.test(folded)) found.push({ name, key: fold(name) });
  }
  for (const line of text.split('\n')) {
    if (mostlyCapitals(line)) continue;
    for (const m of line.matchAll(/(?<![\p{L}\d-])([A-ZÉÈ][A-ZÉÈ0-9&]{1,7})(?![\p{L}\d'’-])/gu)) {
      const word = m[1] ?? '';
      if (word.length < 3 || NOT_ACTORS.has(word) || /\d/.test(word.slice(0, 1))) continue;
      // Long capitalised words are mostly French words shouted ("INTEGRER", "GAGNANT"), not acronyms.
      if (word.length > 6 || (word.length >= 5 && /(ER|ANT|ENT|ION|ISME|EUR|IQUE|AGE|ES)$/.test(word)))
        continue;
      const key = fold(word);
      if (exclude.has(key)) continue;
      // A place or name shouted in capitals ("NANTES") is written normally elsewhere in the text.
      if (text.includes(word.charAt(0) + word.slice(1).toLowerCase())) continue;
      // OCR glues an elided article to an acronym: "l'AFPA" read as "TAFPA", "l'IAE" as "VIAE".
      const tail = word.slice(1);
      if (
        NOT_ACTORS.has(tail) ||
        new RegExp(`(?<![\\p{L}])${tail}(?![\\p{L}])`, 'u').test(text.replace(word, '')) ||
        GAZETTEER_KEYS.has(fold(tail)) ||
        GAZETTEER_PATTERNS.some((g) => g.pattern.test(fold(tail)))
      )
        continue;
      if (GAZETTEER_KEYS.has(key) || GAZETTEER_WORDS.has(key)) continue;
      // Acronyms that a gazetteer entry already covers under another spelling (MDEF → Maison de l'emploi).
      if (GAZETTEER_PATTERNS.some((g) => g.pattern.test(key))) continue;
      found.push({ name: word, key });
    }
  }
  return uniqueBy(found, (a) => a.key);
}
