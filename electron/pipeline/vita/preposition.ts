// « a » the OCR wrote for « à », told from the verb « a » by the words around it. The verb has a
// subject before it (il, elle, qui, a noun phrase: « Le Groupe a intégré », « 2007 a permis »);
// the preposition follows what governs it: an infinitive (« répondre a des besoins »), a
// participle or adjective (« confronté a une difficulté », « ouvertes a d'autres »), a plural
// word no singular verb can follow (« appels a manifestation »), an adverb
// (« accèdent difficilement a des emplois »), a locution (« grâce a », « peu a peu »), or it
// opens an infinitive through a pronoun (« a se rencontrer », « a nous installer »).
// Only where the word before cannot end a subject: a determiner before it (« le chantier a
// une mission ») makes it a noun, and the sentence is left as the scan has it.
import { isFrenchWord, type Lexicon } from '../common/lexicon';

// Unicode-property patterns of the hot paths, built once: esbuild (as tsx runs the CLI and the
// benches, and as `esbuild --target=node20` emits it) turns a literal with a `\p{…}` outside a
// character class into `new RegExp(…)` at every evaluation, ten times the cost of a test.
const ELIDED_WORD = /^([dlsnmtjc]|qu)['’](\p{L}.*)$/iu;
const ELIDED_PRONOUN = /^(?:[a-z]|qu)['’](?=\p{L})/iu;
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+$/u;
const CAPITAL_THEN_SMALL = /^\p{Lu}\p{Ll}/u;
const UPPER_START = /^\p{Lu}/u;

/** Words after which the next one is a noun, not a verb form. */
const DETERMINERS = new Set(
  'le la les l un une du des au aux ce cet cette ces son sa ses leur leurs notre nos votre vos chaque tout toute tous toutes mon ma mes ton ta tes quel quelle'.split(
    ' ',
  ),
);
/** The same, with « de » after which a participle-shaped word is a noun (« mission de qualité »). */
const NOUN_MARKERS = new Set([...DETERMINERS, 'de', 'd', 'en']);

/** Locutions and words that only govern « à » (never a subject of « a » before a noun). */
const GOVERNORS = new Set([
  'grâce',
  'grace',
  'suite',
  'face',
  'quant',
  'préalable',
  'relatif',
  'relative',
  'relatifs',
  'relatives',
  'appartenance',
  'recours',
  'jusqu',
  'conformément',
  'parallèlement',
  // « fait appel a VITA », « donné naissance a un groupe », « permet a chacun ».
  'appel',
  'appels',
  'naissance',
  'permet',
  'permettent',
  // « la clause contribue a une meilleure coordination »: a verb, never a noun.
  'contribue',
  'contribuent',
]);

/** Conjugated auxiliaries and adverbs of a compound verb: the word after them is a participle. */
const AUXILIARIES = new Set([
  'a',
  'ont',
  'avait',
  'avaient',
  'aura',
  'auront',
  'finalement',
  'également',
  'déjà',
]);

function infinitiveOf(stem: string, lex: Lexicon): boolean {
  return ['er', 're', 'ir'].some((e) => isFrenchWord(stem + e, lex));
}

/** Forms of « être »: no second verb « a » follows them (« sont a notre disposition »). */
const ETRE = new Set(['est', 'sont', 'était', 'étaient', 'être', 'sera', 'seront', 'soit', 'été']);

const NUMBER_WORDS = new Set(
  'un deux trois quatre cinq six sept huit neuf dix onze douze quinze vingt trente cent mille'.split(' '),
);

/** What can open a noun phrase after « à » (and after the verb: the word before decides). */
const NOMINAL = new Set([
  ...DETERMINERS,
  'de',
  'd',
  'chacun',
  'chacune',
  'certains',
  'certaines',
  'plusieurs',
  'quelques',
  'celui',
  'celle',
  'ceux',
  'celles',
  'lui',
  'eux',
  'elle',
  'elles',
  'plus',
  'autrui',
  'différents',
  'différentes',
  'divers',
  'diverses',
  'nombreux',
  'nombreuses',
  ...NUMBER_WORDS,
]);

/** Pronouns that sit between « à » and its infinitive (« a se rencontrer », « a les lever »). */
const CLITICS = /^(?:se|s|nous|vous|lui|leur|les|en|y|me|te)$/;

const LETTERS = /[\p{L}’'-]+|\d+/gu;

function infinitiveShaped(word: string, lex: Lexicon): boolean {
  return /(?:er|ir|re|oir)$/.test(word) && word.length > 3 && isFrenchWord(word, lex);
}

/** The word before `at` in `text`, and the one before it (lower case, elision kept as « l »). */
function wordsBefore(text: string, at: number): [string, string] {
  const head = text.slice(Math.max(0, at - 60), at);
  const words = head.match(LETTERS) ?? [];
  const clean = (w: string | undefined): string => (w ?? '').replace(/['’]$/, '');
  // « d’insertion » is one token: its elided article is the word before.
  const last = words[words.length - 1] ?? '';
  // « s’adressent »: the verb without its pronoun.
  const m = ELIDED_WORD.exec(last);
  if (m) return [m[2]!, m[1]!.toLowerCase()];
  // « s'est », « qu'il »: the word without its elided pronoun.
  const before = clean(words[words.length - 2]).replace(ELIDED_PRONOUN, '');
  return [clean(last), before.toLowerCase()];
}

/** Whether `prev` (the word before « a ») governs the preposition. */
function governs(prev: string, beforePrev: string, lex: Lexicon): boolean {
  const lower = prev.toLowerCase();
  if (GOVERNORS.has(lower) || ETRE.has(lower)) return true;
  if (lower === 'rapport' && beforePrev === 'par') return true;
  // An infinitive opening a sentence or a list item (« Permettre a des salariés »).
  if (prev !== lower && CAPITALISED_WORD.test(prev) && infinitiveShaped(lower, lex)) return true;
  // After a verb already conjugated: « a finalement abouti a une », « nous assistons a un ».
  if (prev === lower && AUXILIARIES.has(beforePrev) && isFrenchWord(lower, lex)) return true;
  if (beforePrev === 'nous' && /ons$/.test(lower) && infinitiveOf(lower.slice(0, -3), lex)) return true;
  // A participle after « être » (« s'est élargi a deux opérateurs »).
  if (ETRE.has(beforePrev) && prev === lower && isFrenchWord(lower, lex)) return true;
  // A capital starts a name or a sentence: a subject, most of the time.
  if (prev !== lower) return false;
  // Infinitive: not after a determiner (« le chantier a », « du dossier a »).
  if (infinitiveShaped(lower, lex) && !DETERMINERS.has(beforePrev)) return true;
  if (NOUN_MARKERS.has(beforePrev)) return false;
  // A verb of the second group in the third person (« réfléchit », « réunit »): never the
  // subject of a second verb. Nouns in -it have no verb in -ir (« crédit », « produit »).
  if (/it$/.test(lower) && isFrenchWord(lower, lex) && isFrenchWord(`${lower.slice(0, -1)}r`, lex))
    return true;
  // Participle or adjective (« confronté », « soumise », « correspondant »).
  if (/(?:é|ée|és|ées|ise|ises|ants?|antes?|entes?)$/.test(lower) && isFrenchWord(lower, lex)) return true;
  // Adverb (« difficilement », « notamment »).
  if (/(?:ement|amment|emment)$/.test(lower) && isFrenchWord(lower, lex)) return true;
  // A plural, or a verb in the plural: « a » the verb is singular.
  if (/[sx]$/.test(lower) && isFrenchWord(lower, lex) && isFrenchWord(lower.slice(0, -1), lex)) return true;
  if (/ent$/.test(lower) && infinitiveOf(lower.slice(0, -3), lex)) return true;
  return false;
}

/** Latin locutions that keep their « a » (« a priori », « a minima »). */
const LATIN = /^(?:priori|posteriori|minima|maxima|fortiori|contrario)$/;

/**
 * A paragraph that opens on « D’une … a une … », « De la … a … » (a heading: « De la Maison
 * des Squares a l’AMSIC »): from one thing to another. A noun phrase that opens on « de » is no
 * subject, so the first « a » after it, before any punctuation, is the preposition.
 */
const FROM_TO = /^(?:D['’]une?|De la|De l['’])\s?[^.,;:!?()]{1,60}?\sa(?=\s)/u;

/** « a » → « à » where the grammar around it leaves only the preposition. */
export function prepositionByGrammar(text: string, lex: Lexicon): string {
  const s = text.includes('-a-dire') ? text.replace(/(c['’]est)-a-dire/gi, '$1-à-dire') : text;
  if (!/(?:^|[\s(“«])a\s/.test(s)) return s;
  const fromTo = FROM_TO.exec(s);
  const fromToAt = fromTo ? fromTo[0].length - 1 : -1;
  // Where « à » was already read, for a second one in the same construction.
  const read: { at: number; next: string }[] = [];
  const decided = s.replace(
    /(^|[\s(“«])a(?=\s+(\S+)(?:\s+(\S+))?)/gu,
    (m, p: string, n1: string, n2, offset: number, all: string) => {
      const next = n1.replace(/[.,;:!?)»”"]+$/, '');
      const nextLower = next.toLowerCase().replace(/['’].*$/, '');
      const after = String(n2 ?? '')
        .replace(/[.,;:!?)»”"]+$/, '')
        .toLowerCase();
      const [prev, beforePrev] = wordsBefore(all, offset + p.length);
      const prevLower = prev.toLowerCase();
      const to = `${p}à`;
      const decide = (answer: string): string => {
        if (answer === to) read.push({ at: offset, next: nextLower });
        return answer;
      };
      // Right after an opening bracket or quote, no subject stands before it: « (a plus de 6
      // mois) », « “a double niveau” » (not « (a priori) »).
      const opened = /[(“«]\s?$/.test(all.slice(Math.max(0, offset - 1), offset + p.length));
      if (opened && /^[\p{L}\d]/u.test(next) && !LATIN.test(nextLower)) return decide(to);
      if (offset + p.length === fromToAt && (NOMINAL.has(nextLower) || UPPER_START.test(next)))
        return decide(to);
      // « a très long terme », « a plus court terme ».
      if (/^(?:très|plus)$/.test(nextLower) && /^(?:long|moyen|court)$/.test(after)) {
        if (/^\s+\S+\s+\S+\s+terme(?![\p{L}])/u.test(all.slice(offset + p.length + 1))) return decide(to);
      }
      // « peu a peu », « petit a petit », « deux a trois », « 3 a 4 ».
      if (prevLower && prevLower === nextLower) return decide(to);
      const number = (w: string): boolean => /^\d+$/.test(w) || NUMBER_WORDS.has(w);
      if (number(prevLower) && number(nextLower) && prevLower !== 'un') return decide(to);
      if (prevLower === 'un' && number(nextLower) && nextLower !== 'un') return decide(to);
      // « mener a bien », « a part entière », « a finalité sociale », « a dominante ».
      if (prevLower === 'mener' && nextLower === 'bien') return decide(to);
      if (nextLower === 'part' && /^entière/.test(after)) return decide(to);
      if (/^(?:finalités?|dominante|profit)$/.test(nextLower)) return decide(to);
      // « a être »: the verb would be « a été »; « a laquelle »: a relative after a preposition.
      if (/^(?:être|laquelle|lequel|lesquels|lesquelles)$/.test(nextLower)) return decide(to);
      // « appel a projets », « mises a part », « entreprises a vocation sociale » (but « a
      // vocation à desservir »: the verb).
      if (/^appels?$/.test(prevLower) && /^(?:projets?|manifestations?|candidatures?)$/.test(nextLower))
        return decide(to);
      if (/^mises?$/.test(prevLower) && nextLower === 'part') return decide(to);
      if (nextLower === 'vocation' && !/^(?:à|a)$/.test(after) && governs(prev, beforePrev, lex))
        return decide(to);
      // « née en 1978 a Poligny »: a year then a name.
      if (/^(?:19|20)\d\d$/.test(prevLower) && beforePrev === 'en' && CAPITAL_THEN_SMALL.test(next))
        return decide(to);
      // « contribuer à une structuration et a une professionnalisation »: the same construction.
      if (
        /^(?:et|ou)$/.test(prevLower) &&
        (all.slice(Math.max(0, offset - 100), offset).includes(`à ${next} `) ||
          read.some((r) => r.next === nextLower && offset - r.at < 100))
      ) {
        return decide(to);
      }
      // « a se rencontrer », « a nous installer », « a les lever »: the verb never stands there.
      if (
        CLITICS.test(nextLower) &&
        (nextLower === 'se' || nextLower === 's' || infinitiveShaped(after, lex))
      ) {
        if (/^(?:y|il|elle|on|qui)$/.test(prevLower)) return m;
        return decide(to);
      }
      if (!NOMINAL.has(nextLower) && !UPPER_START.test(next) && !/^[“"«]/.test(next)) return m;
      return governs(prev, beforePrev, lex) ? decide(to) : m;
    },
  );
  return decided;
}
