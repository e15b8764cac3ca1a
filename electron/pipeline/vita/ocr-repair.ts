// Small pure repairs for the OCR of the VITA collection. Each one fixes one kind of scanning
// error, so each can be tested alone and the cleaning pipeline stays readable.
import { foldForMatch } from '../common/text';
import { NeedleSet } from '../common/needles';
import { formatPhone } from '../common/phones';
import { scanWords } from './words';
import { repairLexical } from './lexical-repair';
import { frenchLexicon, isFrenchWord } from '../common/lexicon';
import { prepositionByGrammar } from './preposition';
import { foldName } from '../../shared/text/fold';
import {
  departmentByCode,
  departmentByName,
  departmentFromPostcode,
  departmentInTerritory,
  regionByName,
} from '../../shared/places';

// Unicode-property patterns of the hot paths, built once: esbuild (as tsx runs the CLI and the
// benches, and as `esbuild --target=node20` emits it) turns a literal with a `\p{…}` outside a
// character class into `new RegExp(…)` at every evaluation, ten times the cost of a test.
const UPPER_START = /^\p{Lu}/u;

/** Word counts of the document's own running text: the arbiter when a repair is ambiguous. */
export type Vocabulary = ReadonlyMap<string, number>;

/** The parser gets it with the case vocabulary from one `scanWords`. */
export function buildVocabulary(text: string): Map<string, number> {
  const vocab = scanWords(text).vocab;
  learnPlaces(vocab, text);
  return vocab;
}

/**
 * Towns the document names, folded: the repairs of a parse find them through its vocabulary
 * (see `learnPlaces`). The OCR never wrote « à »: the document cannot say which capitalised
 * words follow it, but it says where a town is — its postcode (« 91150 ETAMPES »), its
 * department after it (« Romans (Drôme) », « Nanterre, Hauts-de-Seine », « Située a Nanterre
 * dans les Hauts-de-Seine »).
 */
const PLACES = new WeakMap<Vocabulary, ReadonlySet<string>>();

/** Records the towns `text` names with the vocabulary its repairs are given. */
export function learnPlaces(vocab: Vocabulary, text: string): void {
  PLACES.set(vocab, documentPlaces(text));
}

const TOWN = String.raw`(\p{Lu}[\p{L}'’]*(?:-\p{L}[\p{L}'’]*)*)`;
const SEPARATOR = /[ \t]*[([][ \t]*|,[ \t]+|[ \t]+dans[ \t]+(?:les?|la|l['’])[ \t]*/g;
const TOWN_WHOLE = new RegExp(String.raw`^${TOWN}$`, 'u');
const isTokenChar = (c: string): boolean => /[\p{L}\d'’-]/u.test(c);
const AREA_IN_BRACKETS = /([\p{L}'’ -]{3,30}?|\d{2,3})[ \t]*[)\]]/uy;
const AREA_TO_END = /([\p{L}'’ -]{3,30}?)[ \t]*(?=[),.;]|$)/muy;

export function documentPlaces(text: string): Set<string> {
  const places = new Set<string>();
  // An address's last line: the postcode, the town, nothing else (« 10 000 Associations » is a count).
  const address = String.raw`(?<![\d\p{L}] ?)(\d{2} ?\d{3})[ \t]+(\p{Lu}[\p{L}'’ -]{1,40}?)(?:[ \t]+[Cc][Ee][Dd][Ee][Xx]\b.*)?[ \t]*$`;
  for (const m of text.matchAll(new RegExp(address, 'gmu'))) {
    if (departmentFromPostcode(m[1]!.replace(' ', ''))) places.add(foldName(m[2]!));
  }
  // A town then its department, on one line: in brackets (« Romans (Drôme) », « Redon (35) »),
  // after a comma (« Nanterre, Hauts-de-Seine ») or « dans le(s)/la/l' » (« Dole dans le Jura »).
  // Found from each separator, the town read backwards from it: a pattern tried at every capital
  // of the document cost ~20 ms.
  for (const sep of text.matchAll(SEPARATOR)) {
    const at = sep.index;
    // The word before the separator (letters, digits, apostrophes, hyphens), if a town's shape.
    let from = at;
    while (from > 0 && isTokenChar(text.charAt(from - 1))) from--;
    const town = TOWN_WHOLE.test(text.slice(from, at)) ? text.slice(from, at) : undefined;
    // Capitals are titles (« ASSOCIATION INTERMEDIAIRE (HAUTS-DE-SEINE) »), not a town.
    if (!town || town === town.toUpperCase()) continue;
    const area = /[([]/.test(sep[0]) ? AREA_IN_BRACKETS : AREA_TO_END;
    area.lastIndex = at + sep[0].length;
    const name = area.exec(text)?.[1]?.trim();
    if (!name || !(/^\d+$/.test(name) ? departmentByCode(name) : departmentByName(name))) continue;
    // The last word of a longer name is no town: « Anjou Domicile (Maine-et-Loire) ».
    const start = at - town.length;
    if (/\p{Lu}[\p{L}'’.-]*[ \t]+$/u.test(text.slice(Math.max(0, start - 40), start))) continue;
    places.add(foldName(town));
  }
  return places;
}

/** A town or area: one the document places, a department, a region, or a city the app knows. */
function isPlace(word: string, places: ReadonlySet<string> | undefined): boolean {
  const folded = foldName(word);
  return (
    (places?.has(folded) ?? false) ||
    departmentByName(word) !== null ||
    regionByName(word) !== null ||
    // The known cities (« Lyon », « Toulouse »); a longer text would find a department inside.
    (!/\s/.test(folded) && departmentInTerritory(word) !== null)
  );
}

/** `Sommaire | 10`, `11\ sommaire`, `Sommaire = 12`, `61  Sommaire`, `Sommaire [ 112`. */
export function isPageMarker(line: string): boolean {
  return /^\s*(?:\d{1,3}\s*[|\\[\]=/]?\s*)?sommaire\s*(?:[|\\[\]=/]?\s*\d{1,3})?\s*$/i.test(line);
}

const BULLET = /^\s*(?:[¢•*°«®]|e|o|-\s*e)\s+(?=\S)/;

/** OCR reads the round bullet as `¢`, `e`, `*`, `•`, `°`, `«` or `o`; a bullet becomes "- ". */
export function repairBullet(line: string): string {
  if (!BULLET.test(line)) return line;
  // "e" and "o" are only bullets when a word follows, never a lone letter that starts a sentence.
  const rest = line.replace(BULLET, '');
  if (/^[eo]\s/.test(line.trimStart()) && !/^[\p{L}|[(“"«\d]/u.test(rest)) return line;
  return `- ${rest}`;
}

// "l'" before a vowel is read as "U'", "U" or "l" with the apostrophe lost.
const ELISION_U = /(^|[\s(«“"'[-])U'?(?=[AEIOUYÉÈÊaeiouyéèêh]|[lL](?:n|s)[a-zé])/g;

/** `U'IAE`, `UIAE`, `Uemploi`, `UActivité` → `l'IAE`, `l'emploi`, `l'Activité`. */
export function repairElision(s: string, vocab?: Vocabulary): string {
  // Each pattern is only run when its literal part is present: most paragraphs need none.
  let out = s.includes('U') ? s.replace(ELISION_U, "$1l'") : s;
  if (out.includes("l'l")) out = out.replace(/\bl'l([ns][a-zé])/g, "l'I$1");
  out = out.replace(/\bl(?=(?:IAE|[A-ZÉ][a-zé]))/g, "l'");
  // Curly "’" or "'" read as "[" / "|" / "'" glued with the letter: "['Economie", "|'association".
  if (out.includes("['") || out.includes("|'")) out = out.replace(/(^|\s)[[|]'(?=\p{L})/gu, "$1l'");
  if (out.includes('[')) out = out.replace(/(^|\s)\[(?=[A-ZÉ][a-zé])/g, "$1l'");
  if (out.includes("de '")) out = out.replace(/(\bde )'(?=\p{Lu})/gu, "$1l'");
  if (out.includes('[')) out = out.replace(/(^|\s)\[(?=\p{Ll})/gu, '$1l');
  if (out.includes('lls')) out = out.replace(/\bll(?=s[eèé]re)/g, "l'I");
  if (out.includes('linter') || out.includes('Linter'))
    out = out.replace(/(?<![\p{L}])([lL])inter(?=[\s-])/gu, "$1'inter");
  if (vocab) {
    // The answer depends on the word alone: each spelling is decided once per document.
    let decided = ELISION_DECISIONS.get(vocab);
    if (!decided) {
      decided = new Map<string, boolean>();
      ELISION_DECISIONS.set(vocab, decided);
    }
    out = splitGluedElisions(out, vocab, decided);
  }
  return out;
}

/** Where a glued « l »/« d » can start: not after a letter, a vowel or « h » after it. */
const GLUED_START = /[ld](?<![\p{L}][ld])[aeiouyéèêh]/gu;

/**
 * `s.replace(/(?<![\p{L}])([ld])([aeiouyéèêh][\p{L}]{2,})/gu, …)` splitting the words
 * `gluedToElision` settles, the text copied only when one is: the pattern's starts are found
 * by a short pattern, each word read to its end from there. Calling back for every word that
 * starts with « l » or « d » cost more than the rest of the elision repairs.
 */
function splitGluedElisions(s: string, vocab: Vocabulary, decisions: Map<string, boolean>): string {
  let out = '';
  let copied = 0;
  GLUED_START.lastIndex = 0;
  for (let m = GLUED_START.exec(s); m; m = GLUED_START.exec(s)) {
    const at = m.index;
    // Two letters at least after the vowel, the word read to its end.
    let end = at + 2;
    let letters = 0;
    for (let width = letterWidth(s, end); width > 0; width = letterWidth(s, end)) {
      end += width;
      letters++;
    }
    if (letters < 2) continue;
    GLUED_START.lastIndex = end;
    const whole = s.slice(at, end);
    let split = decisions.get(whole);
    if (split === undefined) {
      split = gluedToElision(whole, whole.slice(1), vocab);
      decisions.set(whole, split);
    }
    if (!split) continue;
    out += `${s.slice(copied, at)}${whole.charAt(0)}'${whole.slice(1)}`;
    copied = end;
  }
  return copied === 0 ? s : out + s.slice(copied);
}

/** Per BMP code unit: 0 not known yet, 1 a letter (\p{L}), 2 not. */
const LETTER_TABLE = new Uint8Array(0x10000);

/** Code units of the letter (\p{L}) at `i`: 1, 2 for a surrogate pair, 0 when none is there. */
function letterWidth(s: string, i: number): number {
  if (i >= s.length) return 0;
  const code = s.charCodeAt(i);
  if (code >= 0xd800 && code <= 0xdbff) return LETTER.test(s.slice(i, i + 2)) ? 2 : 0;
  let known = LETTER_TABLE[code]!;
  if (known === 0) {
    known = LETTER.test(String.fromCharCode(code)) ? 1 : 2;
    LETTER_TABLE[code] = known;
  }
  return known === 1 ? 1 : 0;
}

const ELISION_DECISIONS = new WeakMap<Vocabulary, Map<string, boolean>>();

/** "lactivité": a word the document mostly writes without the "l"/"d" glued in front. */
function gluedToElision(whole: string, rest: string, vocab: Vocabulary): boolean {
  // Most words are not a known word glued to "l"/"d": the bare count settles them first.
  const bare = vocab.get(rest.toLowerCase()) ?? 0;
  if (bare < 2) return false;
  const lower = whole.toLowerCase();
  const glued = vocab.get(lower) ?? 0;
  return bare > glued * 2 && !COMMON_L_WORDS.has(lower);
}

const COMMON_L_WORDS = new Set([
  'leur',
  'leurs',
  'lequel',
  'laquelle',
  'lesquels',
  'lui',
  'loin',
  'lors',
  'dont',
  'donc',
  'des',
  'dès',
  'deux',
  'dire',
  'dune',
  'lune',
  'doit',
  'doivent',
  'lien',
  'liens',
  'lieu',
  'lieux',
  'lire',
  'lois',
  'depuis',
  'devant',
  'dans',
  'droit',
  'droits',
  'data',
  'dialogue',
  'diagnostic',
  'durable',
  'durée',
]);

// Whole-word fixes for letters the scanner keeps confusing in this document (è read as é,
// "œ" read as "ce"/"e"/"G", "ô" read as "é"/"d"/"6").
// Each fix starts with a literal (or literals, any of them) that every match contains: most
// paragraphs lack them, and a substring search is far cheaper than running the pattern. The
// more precise the literal, the fewer paragraphs run the pattern for nothing.
// An optional fourth element is a cheaper test that every match also passes, for needles too
// common to filter much.
const WORD_FIXES: [string | string[], RegExp, string, RegExp?][] = [
  ['ceuvre', w('ceuvre'), 'œuvre'],
  [['euvre', 'Euvre'], w('(e|E)uvre'), 'œuvre'],
  ['CEuvre', /\bd['’]CEuvre/g, 'd’Œuvre'],
  ['cceur', /\bcceur/g, 'cœur'],
  ['GUVRE', w('GUVRE'), 'ŒUVRE'],
  ['EUVRE', w('EUVRE'), 'ŒUVRE'],
  [['trés', 'Trés'], w('(t|T)rés'), '$1rès'],
  [['upres', 'uprés'], w('(a|A)upr[ée]s'), '$1uprès'],
  [['apres', 'aprés', 'Apres', 'Aprés'], w('(a|A)pr[ée]s'), '$1près'],
  [['prés', 'Prés'], w('(p|P)rés'), '$1rès'],
  [['dés', 'Dés'], w('(d|D)és'), '$1ès'],
  ['rogrés', w('(p|P)rogrés'), '$1rogrès'],
  [['acces', 'accés', 'Acces', 'Accés'], w('(a|A)cc[ée]s'), '$1ccès'],
  [['ucces', 'uccés'], w('(s|S)ucc[ée]s'), '$1uccès'],
  [['roces', 'rocés'], w('(p|P)roc[ée]s'), '$1rocès'],
  [['xces', 'xcés'], w('(e|E)xc[ée]s'), '$1xcès'],
  ['ére', /([a-zéèêâîôû])ére(s?)(?![\p{L}])/gu, '$1ère$2'],
  [[...'pP'].flatMap((p) => [...'éd6o'].map((o) => `${p}${o}le`)), w('(p|P)(?:é|d|6|o)le(s?)'), '$1ôle$2'],
  [[...'pP'].flatMap((p) => [...'ÉD6O'].map((o) => `${p}${o}LE`)), w('(p|P)(?:É|D|6|O)LE(S?)'), '$1ÔLE$2'],
  ['cing', w('cing'), 'cinq'],
  ['heme', w('(t|T)heme(s?)'), '$1hème$2'],
  ['atiere', w('(m|M)atiere(s?)'), '$1atière$2'],
  ['iliere', w('(f|F)iliere(s?)'), '$1ilière$2'],
  ['remiere', w('(p|P)remiere(s?)'), '$1remière$2'],
  ['articuliere', w('(p|P)articuliere(s?)'), '$1articulière$2'],
  ['aniere', w('(m|M)aniere(s?)'), '$1anière$2'],
  ['omplete', w('(c|C)omplete(s?)'), '$1omplète$2'],
  ['oncrete', w('(c|C)oncrete(s?)'), '$1oncrète$2'],
  ['oncretement', w('(c|C)oncretement'), '$1oncrètement'],
  ['ntérét', w('(i|I)ntérét(s?)'), '$1ntérêt$2'],
  [['étre', 'Étre'], w('(é|É)tre'), 'être'],
  [['méme', 'Méme'], w('(m|M)éme(s?)'), '$1ême$2'],
  ['éja', w('(d|D)éja'), '$1éjà'],
  ['au-dela', w('au-dela'), 'au-delà'],
  ['aolt', w('aolt'), 'août'],
  ['Gaélle', w('Gaélle'), 'Gaëlle'],
  ['CAIl', w('CAIl'), 'CAI'],
  ['Al', w('(C?)Al'), '$1AI'],
  ["Bo'te", w("Bo'te"), 'Boîte'],
  ['oeuvre', w('oeuvre'), 'œuvre'],
  ['Oeuvre', w('Oeuvre'), 'Œuvre'],
  [['rele', 'réle', 'Rele', 'Réle'], w('(r|R)[ée]le(s?)'), '$1ôle$2'],
  [['ontrele', 'ontréle'], w('(c|C)ontr[ée]le(s?)'), '$1ontrôle$2'],
  ['colt', w('colt'), 'coût'],
  [['hotel', 'Hotel'], w('(h|H)otel'), '$1ôtel'],
  [
    ['éne', 'éle', 'ére', 'éme', 'éque', 'ége', 'éve', 'ése'],
    /([\p{L}])é(ne|le|re|me|que|ge|ve|se)(s?)(?![\p{L}])/gu,
    '$1è$2$3',
    /é(?:ne|le|re|me|que|ge|ve|se)s?(?![a-z])/,
  ],
  [['|a', '| a'], /(^|\s)\| ?a(?=\s)/g, '$1La'],
  ['|l', /(^|\s)\|l(?=\s|[a-z])/g, '$1Il'],
  [['L a ', 'L e '], /(^|\s)L ([ae]) /g, '$1L$2 '],
  // « où » read « ol », « dû » read « di » or « d0 », « Il » read « ll »: none is French.
  ['ol', w('ol'), 'où'],
  [['di', 'd0'], w('(?:di|d0)(?= (?:être|développer|faire|se|à|a|en|le|la|les))'), 'dû'],
  ['ll', w('ll(?= \\p{Ll})'), 'Il'],
];

/** A whole-word pattern: JavaScript's \b ignores accented letters, lookarounds do not. */
function w(pattern: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\d])${pattern}(?![\\p{L}\\d])`, 'gu');
}

const FIX_NEEDLES = new NeedleSet(WORD_FIXES.map(([needle]) => needle));

export function repairWords(s: string, vocab?: Vocabulary): string {
  return repairPreposition(repairWordFixes(s), vocab);
}

/** The whole-word fixes of WORD_FIXES. */
function repairWordFixes(s: string): string {
  let out = s;
  // Same gate as `out.includes(needle)` before each fix, with one scan for all the needles,
  // redone only after a fix changed the text.
  let present = FIX_NEEDLES.scan(out);
  // An indexed loop: destructuring `entries()` allocated two arrays per fix and paragraph.
  for (let k = 0; k < WORD_FIXES.length; k++) {
    if (present[k] !== 1) continue;
    const [, re, to, hint] = WORD_FIXES[k]!;
    if (hint && !hint.test(out)) continue;
    const next = out.replace(re, to);
    if (next !== out) {
      out = next;
      present = FIX_NEEDLES.scan(out, present);
    }
  }
  return out;
}

/** "il y a", "elle a", "qui a": the verb, not the preposition. */
const VERB_BEFORE = /(?:\by|\bil|\belle|\bon|\bqui|qu['’]il|qu['’]elle|\bcela|\bça)\s$/i;

/** « a » that can only be the preposition « à ». */
function repairPreposition(s: string, vocab?: Vocabulary): string {
  let out = s;
  // French "à": the OCR drops the grave accent. Only where the verb "a" cannot stand:
  // before "la"/"l'", a number, an infinitive or a fixed locution.
  out = out.replace(
    /(^|[\s(])a(?=\s+(?:la\s|l['’]|\d|[\p{L}]+(?:er|ir|oir|ndre|ttre|aire|uire|ure|aincre|être)(?![\p{L}])|s['’]\p{L}|(?:partir|travers|titre|cheval|disposition|destination|propos|terme|chaque|domicile|cette|ce|ces|mi-temps|temps plein|temps partiel|peine|savoir|nouveau|condition|hauteur|distance|proximité|niveau|mesure|charge|moyen|long|court|plat|début|côté|présent|l['’]échelle|tort|raison|compter|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|l[ae]?\s)(?![\p{L}])))/gu,
    (m: string, p: string, offset: number, all: string) => {
      const before = all.slice(Math.max(0, offset - 8), offset + p.length);
      return VERB_BEFORE.test(before) ? m : `${p}à`;
    },
  );
  // Before a town (« a Nantes », « a Pont-de-Beauvoisin (Isère) »), where « a » the verb would
  // need a town for object. Not before a town that starts a name (« a Jura Service dresse »):
  // there the sentence is garbled, and « à » would not mend it.
  if (/(?:^|[\s(])a\s+\p{Lu}/u.test(out)) {
    const places = vocab ? PLACES.get(vocab) : undefined;
    out = out.replace(
      new RegExp(String.raw`(^|[\s(])a(?=\s+${TOWN}(\s+\p{Lu}[\p{L}'’-]*)?)`, 'gu'),
      (m: string, p: string, town: string, next: string | undefined, offset: number, all: string) => {
        const before = all.slice(Math.max(0, offset - 16), offset + p.length);
        // « basée a Savenay »: after a participle of place « a » is « à », whatever the town.
        const located = /(?:basé|situé|localisé|implanté|installé)e?s?\s$/.test(before);
        if (!located && (!isPlace(town, places) || (next && !isPlace(next.trim(), places)))) return m;
        return VERB_BEFORE.test(before) ? m : `${p}à`;
      },
    );
  }
  if (out.includes('jusqu')) out = out.replace(/\bjusqu['’]a(?![\p{L}])/gu, 'jusqu’à');
  return prepositionByGrammar(out, frenchLexicon());
}

/** Known `@` stand-ins, most specific first. */
const AT_STANDINS = ['(@', '(d@', '(d', 'ld', 'd'];

const ISP_DOMAINS = [
  'wanadoo.fr',
  'orange.fr',
  'laposte.net',
  'free.fr',
  'yahoo.fr',
  'gmail.com',
  'hotmail.com',
  'hotmail.fr',
  'club-internet.fr',
  'aol.com',
  'neuf.fr',
  'numericable.fr',
  'sfr.fr',
];

const EMAIL_RE = /^[a-z0-9][a-z0-9._%+-]*@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6}$/;

export function isValidEmail(s: string): boolean {
  return EMAIL_RE.test(s);
}

/**
 * Rebuilds an e-mail address whose "@" the OCR read as `(d`, `ld`, `(@` or `d`.
 * `knownEmails` are the valid addresses of the same document, `knownDomains` the domains it
 * shows elsewhere: when a token could be split in two ways, the one the document confirms wins.
 */
export function repairEmail(
  token: string,
  knownEmails: ReadonlySet<string> = new Set(),
  knownDomains: ReadonlySet<string> = new Set(),
): string | null {
  let t = token
    .trim()
    .replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, '')
    .replace(/é/g, '')
    .toLowerCase();
  if (!/\.[a-z]{2,6}$/.test(t)) return null;
  t = t.replace(/\(d?@/g, '@').replace(/\s+/g, '');
  if (t.includes('@')) {
    t = t.replace(/[^a-z0-9._%+@-]/g, '');
    return isValidEmail(t) ? t : null;
  }
  const domains = new Set([...ISP_DOMAINS, ...knownDomains]);
  const candidates: string[] = [];
  for (const standin of AT_STANDINS) {
    let from = t.indexOf(standin);
    while (from > 0) {
      const local = t.slice(0, from).replace(/[^a-z0-9._%+-]/g, '');
      const domain = t.slice(from + standin.length).replace(/[^a-z0-9.-]/g, '');
      const email = `${local}@${domain}`;
      if (isValidEmail(email) && domains.has(domain)) candidates.push(email);
      from = t.indexOf(standin, from + 1);
    }
  }
  const confirmed = candidates.find((c) => knownEmails.has(c));
  if (confirmed) return confirmed;
  if (candidates.length > 0) return candidates[0] ?? null;
  // Unknown domain: the most telling stand-in, leftmost so the domain keeps its full name;
  // then a bare "d" that leaves a one-label domain ("oble" d "nantesmetropole.fr").
  for (const standin of ['(d', 'ld']) {
    const at = t.indexOf(standin);
    if (at > 0) {
      const email = `${t.slice(0, at)}@${t.slice(at + standin.length)}`.replace(/[^a-z0-9._%+@-]/g, '');
      if (isValidEmail(email)) return email;
    }
  }
  for (let at = t.lastIndexOf('d'); at > 0; at = t.lastIndexOf('d', at - 1)) {
    const domain = t.slice(at + 1);
    if ((domain.match(/\./g) ?? []).length !== 1) continue;
    const email = `${t.slice(0, at)}@${domain}`;
    if (isValidEmail(email) && /^[a-z0-9-]{3,}\.[a-z]{2,6}$/.test(domain)) return email;
  }
  return null;
}

/**
 * "Tél. 04 7502 07 68" → "04 75 02 07 68". The phone icon is sometimes read as digits glued
 * in front ("— 40056214 49 96"): the last ten digits starting with 0 are the number.
 */
export function normalisePhone(chunk: string): string | null {
  // "b" is a misread "6" between digits.
  return formatPhone(chunk.replace(/(?<=\d)\s*b\s*(?=\d)/g, '6'));
}

/** Phone numbers in a line: runs of ten or more digits, possibly spaced or dotted. */
export function findPhones(line: string): string[] {
  const out: string[] = [];
  for (const m of line.matchAll(/\d(?:[\s.]*(?:\d|b(?=\s*\d)))+/g)) {
    const p = normalisePhone(m[0]);
    if (p) out.push(p);
  }
  return out;
}

const COMPOUND_PREFIXES = new Set([
  'socio',
  'co',
  'sous',
  'non',
  'anti',
  'auto',
  'demi',
  'semi',
  'vice',
  'ex',
  'inter',
  'mi',
  'post',
  'pré',
  'pro',
  'quasi',
  'sur',
  'contre',
  'après',
  'avant',
  'bien',
  'arrière',
  'grand',
  'petit',
  'plate',
  'porte',
  'chef',
  'ci',
  'pôle',
  'peut',
  'est',
  'dit',
]);

/** How `right` joins `left`: after a space, glued with the hyphen kept, or glued without it. */
function hyphenJoin(left: string, right: string, vocab?: Vocabulary): 'space' | 'keep' | 'drop' {
  // Only the last word of `left` matters, read backwards from the hyphen.
  const head = left.endsWith('-') ? lettersBefore(left, left.length - 1) : '';
  if (!head) return 'space';
  const tailMatch = /^[\p{L}]+/u.exec(right);
  const tail = tailMatch?.[0] ?? '';
  if (!tail || UPPER_START.test(tail)) return 'keep';
  const joined = `${head}${tail}`.toLowerCase();
  const hyphenated = `${head}-${tail}`.toLowerCase();
  const keep =
    (vocab && (vocab.get(hyphenated) ?? 0) > (vocab.get(joined) ?? 0)) ||
    (COMPOUND_PREFIXES.has(head.toLowerCase()) && !(vocab && (vocab.get(joined) ?? 0) > 0));
  return keep ? 'keep' : 'drop';
}

/**
 * A paragraph built line by line. Lines joined after a space are kept apart and joined once
 * at the end; only the run since the last space is a growing string. Reading the end of one
 * ever longer concatenation flattened it again at every line.
 */
class Paragraph {
  private readonly parts: string[] = [];
  /** The text since the last space join: it holds the whole last word. */
  tail = '';

  get empty(): boolean {
    return this.parts.length === 0 && this.tail === '';
  }

  append(line: string, vocab?: Vocabulary): void {
    if (this.empty) {
      this.tail = line;
      return;
    }
    const join = hyphenJoin(this.tail, line, vocab);
    if (join === 'space') {
      this.parts.push(this.tail);
      this.tail = line;
    } else {
      this.tail = join === 'keep' ? `${this.tail}${line}` : `${this.tail.slice(0, -1)}${line}`;
    }
  }

  text(): string {
    return this.parts.length === 0 ? this.tail : `${this.parts.join(' ')} ${this.tail}`;
  }
}

/** The run of letters (\p{L}, surrogate pairs included) that ends at `end` (exclusive). */
function lettersBefore(s: string, end: number): string {
  let start = end;
  while (start > 0) {
    let from = start - 1;
    const unit = s.charCodeAt(from);
    if (unit >= 0xdc00 && unit <= 0xdfff && from > 0) {
      const high = s.charCodeAt(from - 1);
      if (high >= 0xd800 && high <= 0xdbff) from--;
    }
    if (!LETTER.test(s.slice(from, start))) break;
    start = from;
  }
  return s.slice(start, end);
}

const LETTER = /^\p{L}$/u;

/**
 * A line that ends on a word no sentence ends on (« les acteurs de », « co-animées par »): a
 * blank line after it is the scan's spacing, not a paragraph's end, even before a capital
 * (« Uinsertion », « Nicolas Philippe »).
 */
const LINKING_END = /(?<![\p{L}'’])(?:de|du|des|la|le|les|par|pour|et|à|au|aux|en|sur|dans|avec|un|une)$/u;

/** Characters that end a sentence; checked on the last one only (the paragraph can be long). */
const SENTENCE_END = new Set(['.', '!', '?', ':', ';', '»', '”', '"', ')', ']', '…']);

/**
 * Cleans the lines of one section into paragraphs: page markers dropped, bullets made "- ",
 * hyphenation joined, lines of a paragraph joined with a space, blank lines that cut a
 * sentence in two (frequent in this OCR) ignored.
 */
export function cleanLines(lines: readonly string[], vocab?: Vocabulary): string {
  const paragraphs: string[] = [];
  let current = new Paragraph();
  let pendingBreak = false;
  for (const rawLine of lines) {
    if (isPageMarker(rawLine)) continue;
    // Substring searches first: few lines have a tab, a no-break space, a form feed or a bar.
    let line = (
      rawLine.includes('\t') || rawLine.includes('\u00a0') || rawLine.includes('\f')
        ? rawLine.replace(/[\t\u00a0\f]+/g, ' ')
        : rawLine
    ).trim();
    if (line.startsWith('\\') || line.startsWith('|')) line = line.replace(/^[\\|]\s*(?=\S)/, '');
    if (!line) {
      pendingBreak = true;
      continue;
    }
    line = repairBullet(line);
    const isBullet = line.startsWith('- ');
    const tail = current.tail;
    if (current.empty) {
      current.append(line, vocab);
    } else if (isBullet) {
      paragraphs.push(current.text());
      current = new Paragraph();
      current.append(line, vocab);
    } else if (
      pendingBreak &&
      (SENTENCE_END.has(tail.charAt(tail.length - 1)) || !/^[\p{Ll}(]/u.test(line)) &&
      !tail.endsWith('-') &&
      !LINKING_END.test(tail)
    ) {
      paragraphs.push(current.text());
      current = new Paragraph();
      current.append(line, vocab);
    } else {
      current.append(line, vocab);
    }
    pendingBreak = false;
  }
  if (!current.empty) paragraphs.push(current.text());
  // Consecutive bullets form one list: a single newline between them.
  const repaired = paragraphs.map((p) => repairText(p, vocab, true)).filter((p) => p.length > 0);
  return repaired
    .map((p, i) =>
      i === 0 ? p : `${p.startsWith('- ') && repaired[i - 1]!.startsWith('- ') ? '\n' : '\n\n'}${p}`,
    )
    .join('');
}

// Cheap tests before costly patterns: an article glued to a capital; letters glued to « d’ ».

/**
 * A capital, one or two small letters, a capital: every match of the article pattern in
 * `repairDebris` (« UnCentre ») has one. Its literal capitals let the engine skip ahead, where
 * a loop over every code unit, or the pattern `\p{Ll}\p{Lu}\p{Ll}`, read them all.
 */
const ARTICLE_THEN_CAPITAL = /[ULDA][a-z]{1,2}\p{Lu}/u;
const LONE_APOSTROPHE = /(?:^|[\s(])['’]/;
/**
 * Four letters, then « d’ » or « l’ », then a letter: found from each apostrophe (`indexOf`
 * jumps to them), not with a pattern nor a loop over every code unit, which cost ~3 ms per parse.
 */
function hasGluedElision(s: string): boolean {
  for (const apostrophe of ["'", '’']) {
    // Index 5 at least: four letters and « d » or « l » stand before the apostrophe.
    for (let i = s.indexOf(apostrophe, 5); i >= 0; i = s.indexOf(apostrophe, i + 1)) {
      const el = s.charAt(i - 1);
      if ((el !== 'd' && el !== 'l') || !LETTER.test(s.charAt(i + 1))) continue;
      if (
        LETTER.test(s.charAt(i - 2)) &&
        LETTER.test(s.charAt(i - 3)) &&
        LETTER.test(s.charAt(i - 4)) &&
        LETTER.test(s.charAt(i - 5))
      )
        return true;
    }
  }
  return false;
}

const CONSONANT_AFTER_L = /[bcdfgjkmnpqrstvwxz]/;
const WHITE = /\s/;

/**
 * Whether a word starts with « l » and a consonant (« lmise »), which no French word does but
 * a bracket read as « l » makes: the test the repair's pattern needs before it is worth trying
 * (tried at every space of every paragraph, it cost more than the rest of the debris repairs).
 */
function lBeforeConsonant(s: string): boolean {
  for (let i = s.indexOf('l'); i >= 0; i = s.indexOf('l', i + 1)) {
    if (!CONSONANT_AFTER_L.test(s.charAt(i + 1))) continue;
    if (i === 0 || WHITE.test(s.charAt(i - 1))) return true;
  }
  return false;
}

/**
 * Scanner debris the word list does not see: `|` for « l », « I » or « L », brackets that open
 * round and close square (or the reverse), an elided « l » lost before its apostrophe, words
 * run together at a capital (« UnCentred’information »).
 */
export function repairDebris(s: string): string {
  let out = s;
  if (out.includes('|')) {
    out = out
      // « |'association », « |l'est »: « l' » and « Il ».
      .replace(/(^|\s)\|['’](?=\p{L})/gu, "$1l'")
      .replace(/(^|\s)\|l['’](?=\p{L})/gu, '$1Il ')
      .replace(/(^|\s)\|l(?=\s)/g, '$1Il')
      // « |AE », « |IAE », « '|AE »: the I of IAE.
      .replace(/(^|[\s'’])\|I?(?=AE\b)/g, '$1I')
      // « - | es principes », « | a présence »: a capital L read as a bar.
      .replace(/(^|[\s(“"«-])\|\s?(?=\p{Ll})/gu, '$1L')
      // « RMI| et »: a closing bracket.
      .replace(/(\([^()|\n]{1,80})\|/g, '$1)')
      // « Direction de | "Education »: the lost « l’ ».
      .replace(/(\s)\|\s+["“]?(?=\p{Lu})/gu, "$1l'")
      // Anything else (a phone icon, a rule): dropped.
      .replace(/\s*\|\s*/g, ' ');
  }
  // « partie lmise en œuvre) »: an opening bracket read as « l » before a word, closed later.
  if (out.includes(')') && lBeforeConsonant(out))
    out = out.replace(/(^|\s)l(?=([bcdfgjkmnpqrstvwxz]\p{Ll}+)[^()]{0,200}\))/gu, '$1(');
  // « 1¢ étape », « 2¢me étape »: the ordinal's letters read as a cent sign.
  if (out.includes('¢')) {
    out = out
      .replace(/\b1¢(?:re)?(?=\s)/g, '1re')
      .replace(/\b(\d+)¢(?:me)?(?=\s)/g, '$1e')
      .replace(/(^|\n)\s*¢\s*/g, '$1- ')
      .replace(/\s*¢\s*/g, ' ');
  }
  if (out.includes(']') || out.includes('[')) {
    // A bracket opened round and closed square, or the reverse: both round.
    out = out.replace(/\(([^()[\]\n]{0,300})\]/g, '($1)').replace(/\[([^()[\]\n]{0,300})\)/g, '($1)');
  }
  // « d''une »: one apostrophe read twice.
  if (out.includes("''") || out.includes("’'") || out.includes("'’"))
    out = out.replace(/(?<=\p{L})['’]{2,}/gu, '’');
  // « a 'émergence », « sur 'Economie »: the « l » before the apostrophe was lost.
  if (LONE_APOSTROPHE.test(out)) {
    out = out.replace(/(^|[\s(])['’](?=[aeiouyhéèêâîôûAEIOUYHÉÈÊ])/gu, '$1l’');
  }
  // « UnCentred’information »: a capital inside a word starts the next word.
  if (ARTICLE_THEN_CAPITAL.test(out)) {
    out = out.replace(/(?<![\p{L}])(Un|Une|Le|La|Les|Des|Du|Au|Aux)(?=\p{Lu}\p{Ll})/gu, '$1 ');
  }
  if (!hasGluedElision(out)) return out;
  out = out.replace(
    /(?<![\p{L}])(\p{L}{4,}?)([dl]['’])(?=\p{L}{3,})/gu,
    (m: string, word: string, el: string) =>
      /^(?:lorsqu|puisqu|quoiqu|jusqu|aujourd|presqu)$/i.test(word + el.charAt(0)) ? m : `${word} ${el}`,
  );
  return out;
}

const GLUED_A_L = /(?<![\p{L}'’])al((?:[aeiouyhéèêâîôû]|[AEIOUYÉÈÊ])\p{L}{2,})/gu;

function gluedAL(whole: string, word: string): string {
  const lex = frenchLexicon();
  return !isFrenchWord(whole, lex) && isFrenchWord(word, lex) ? `à l'${word}` : whole;
}

const AMPERSAND_FOR_A =
  /(?<=(?:^|[\s(])\p{Ll}[\p{Ll}'’-]*|\)) & (?=(?:une?|les?|la|l['’]|des|du|d['’])\s|\p{Lu}\p{Ll})/gu;

/**
 * Repairs running text (one paragraph): elisions, confused letters, e-mails, spacing; with
 * `prose`, also the debris of the scan and the words the French word list can arbitrate.
 */
export function repairText(s: string, vocab?: Vocabulary, prose = false): string {
  let out = repairElision(s, vocab);
  if (prose) {
    // The fixed spellings first (« péle » is « pôle », not « pèle »), then what the word list
    // arbitrates, then « à » where the repaired words show it.
    out = repairDebris(out);
    out = repairWordFixes(out);
    out = repairLexical(out, frenchLexicon(), vocab);
    // « & » the scan read for « à » after a word, before an article or a name (« lié & un
    // manque », « ou & Paris »); between two names it is the ampersand (« Insertion &
    // Développement »), between two common nouns too (« emploi & formation »).
    if (out.includes(' & ')) out = out.replace(AMPERSAND_FOR_A, ' à ');
    // « alinitiative », « alUniversité »: « à l’ » glued to its word, where only the word is French.
    if (out.includes('al')) out = out.replace(GLUED_A_L, (m: string, word: string) => gluedAL(m, word));
    out = repairPreposition(out, vocab);
  } else {
    out = repairWords(out, vocab);
  }
  if (out.includes('(d') || out.includes('(@'))
    out = out.replace(/\S+\((?:d|@|d@)\S+\.[a-z]{2,6}\b/g, (m) => repairEmail(m) ?? m);
  if (out.includes('mww')) out = out.replace(/http:\/\/mww\./g, 'http://www.');
  // An address cut at the end of a line: "(http://" then "www.perfegal.fr)".
  if (out.includes('://')) out = out.replace(/\b(https?:\/\/)\s+(?=www\.|[a-z0-9-]+\.[a-z]{2,})/g, '$1');
  if (/\s[,.]/.test(out)) out = out.replace(/\s+([,.])/g, '$1');
  if (out.includes('  ') || out.includes('\t')) out = out.replace(/[ \t]{2,}/g, ' ');
  return out.trim();
}

/** True when folded `line` is only made of words from `words` (chapter running titles). */
export function onlyWordsFrom(line: string, words: ReadonlySet<string>): boolean {
  const tokens = foldForMatch(line)
    .replace(/[^a-z' /]+/g, ' ')
    .split(/[\s/]+/)
    .filter(Boolean);
  return tokens.length > 0 && tokens.every((t) => words.has(t));
}
