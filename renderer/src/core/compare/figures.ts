// Key figures: numbers with a unit that say something measurable ("112 emplois créés",
// "560 000 €", "37 %"). Bare numbers (years, phone numbers, page numbers) are ignored on
// purpose: without a unit a number cannot be compared across entries. A figure's identity is
// its value and what it counts (`figureKey`): sharing a unit is not stating the same quantity.
import { foldForMatch as fold } from '../../../../electron/shared/text/fold';

export interface KeyFigure {
  /** Numeric value, multipliers applied ("1,5 million d'euros" → 1 500 000). */
  value: number;
  /** Canonical unit: "€", "%", "emplois", "personnes", ... */
  unit: string;
  /**
   * What the figure counts: the unit, narrowed by the participle that follows it when there is
   * one ("personnes accompagnées", "emplois créés"). Two figures state the same quantity only
   * when they count the same thing and have the same value.
   */
  counts: string;
  /** "112 emplois créés", formatted the French way. */
  label: string;
  /** The clause the figure was found in, trimmed, for context. */
  context: string;
}

/** Canonical unit → the (folded) words that denote it. Singular and plural forms both listed. */
const NOUN_UNITS: [string, string[]][] = [
  ['emplois', ['emplois', 'emploi', 'postes', 'poste']],
  ['personnes', ['personnes', 'personne', 'individus']],
  ['salariés', ['salaries', 'salarie', 'salariees', 'salariee']],
  ['demandeurs d’emploi', ["demandeurs d'emploi", "demandeur d'emploi"]],
  ['jeunes', ['jeunes']],
  ['bénéficiaires', ['beneficiaires', 'beneficiaire']],
  ['participants', ['participants', 'participant', 'participantes']],
  ['stagiaires', ['stagiaires', 'stagiaire']],
  ['entreprises', ['entreprises', 'entreprise', 'pme', 'tpe']],
  ['structures', ['structures', 'structure', 'associations', 'association']],
  [
    'porteurs de projet',
    ['porteurs de projets', 'porteurs de projet', 'porteur de projet', 'createurs', 'createur'],
  ],
  ['projets', ['projets', 'projet', 'dossiers', 'dossier']],
  ['contrats', ['contrats', 'contrat', 'cdi', 'cdd']],
  ['recrutements', ['recrutements', 'recrutement', 'embauches', 'embauche']],
  ['adhérents', ['adherents', 'adherent', 'membres', 'membre']],
  ['partenaires', ['partenaires', 'partenaire']],
  ['heures', ['heures', 'heure']],
  ['jours', ['jours', 'jour', 'journees', 'journee']],
  ['mois', ['mois']],
  ['ETP', ['etp', 'equivalents temps plein', 'equivalent temps plein']],
  ['m²', ['m2', 'm²', 'm<sup>2</sup>', 'metres carres']],
  ['habitants', ['habitants', 'habitant']],
  ['communes', ['communes', 'commune']],
];

const NUMBER = String.raw`\d{1,3}(?:[ \u00a0\u202f.]\d{3})+(?:,\d+)?|\d+(?:,\d+)?`;
const MULTIPLIER = String.raw`(?:\s*(millions?|milliards?|md|m|k)(?=[\s€]|$|d'|d’))?`;
const FILLER = String.raw`(?:(?:nouveaux|nouvelles|nouvel|autres|premiers|premieres)\s+)?`;

/** Folded letters → the characters they stand for in the raw text. */
const ACCENTED: Record<string, string> = {
  a: '[aàâä]',
  e: '[eéèêë]',
  i: '[iîï]',
  o: '[oôö]',
  u: '[uùûü]',
  c: '[cç]',
  n: 'n',
  "'": "['’]",
};

const nounAlternatives = NOUN_UNITS.flatMap(([, words]) => words)
  .sort((a, b) => b.length - a.length)
  .map((w) =>
    w
      .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      .replace(/ /g, '\\s+')
      .replace(/[aeioucn']/g, (ch) => ACCENTED[ch] ?? ch),
  );

/** Works on folded text so accents and apostrophes never defeat a match; offsets stay aligned
 * because fold() is not used here: we fold per character class in the pattern instead. */
const PATTERN = new RegExp(
  String.raw`(?<![\d,.])(${NUMBER})${MULTIPLIER}\s*(?:(%|pour\s*cent|k€|m€|€|euros?|d['’]euros)|${FILLER}(${nounAlternatives.join('|')}))(?![\p{L}\d])`,
  'giu',
);

const unitOfWord = new Map<string, string>();
for (const [unit, words] of NOUN_UNITS) for (const w of words) unitOfWord.set(w, unit);

// Made at first use: a page's first Intl.NumberFormat costs about 10 ms, and this module is on the
// catalogue's first screen (the « Complétude » facet, counted after it).
let format: Intl.NumberFormat | null = null;
const formatNumber = (value: number) =>
  (format ??= new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 })).format(value);

function parseNumber(raw: string): number {
  const thousands = /^\d{1,3}(?:[ \u00a0\u202f.]\d{3})+(?:,\d+)?$/.test(raw);
  const digits = thousands ? raw.replace(/[ \u00a0\u202f.]/g, '') : raw;
  return Number(digits.replace(',', '.'));
}

function multiplierOf(word: string | undefined, currency: string | undefined): number {
  if (!word) return currency?.startsWith('k') ? 1_000 : currency?.startsWith('m') ? 1_000_000 : 1;
  const w = word.toLowerCase();
  if (w.startsWith('milliard') || w === 'md') return 1_000_000_000;
  if (w.startsWith('million') || w === 'm') return 1_000_000;
  return 1_000;
}

/** Clause around [start, end): back to the previous sentence/line break, forward to the next one. */
function clauseAround(text: string, start: number, end: number): string {
  const before = text.slice(Math.max(0, start - 80), start);
  const cutBefore = Math.max(before.lastIndexOf('\n'), before.search(/[.;:!?]\s[^.;:!?]*$/) + 1, 0);
  const after = text.slice(end, end + 100);
  const stop = after.search(/[\n;.!?](\s|$)|\n/);
  const tail = stop === -1 ? after : after.slice(0, stop);
  const clause = (before.slice(cutBefore) + text.slice(start, end) + tail)
    .replace(/<\/?sup>/g, '')
    .replace(/^[\s\-–*•:]+/, '')
    .replace(/\s+/g, ' ')
    .trim();
  return clause.length > 160 ? `${clause.slice(0, 157)}…` : clause;
}

/**
 * A past participle right after the noun says what is counted: "15 personnes accompagnées" and
 * "15 personnes reçues" are not the same quantity. First-group participles (-é, -ée, -és, -ées)
 * and the common irregular ones of these reports.
 */
const QUALIFIER =
  /^[ \u00a0]+((?:\p{L}{2,}(?:é|ée|és|ées))|(?:accueilli|suivi|inscrit|reçu|sorti|servi|réussi|choisi|établi|conduit|produit|construit|ouvert|offert)(?:e|s|es)?)(?![\p{L}\d])/iu;

function qualifierAfter(text: string, end: number): string | null {
  const m = QUALIFIER.exec(text.slice(end, end + 40));
  return m ? m[1]!.toLowerCase() : null;
}

export function extractFigures(text: string): KeyFigure[] {
  const out: KeyFigure[] = [];
  for (const m of text.matchAll(PATTERN)) {
    const [whole, rawNumber = '', multiplier, currency, noun] = m;
    let value = parseNumber(rawNumber);
    if (!Number.isFinite(value)) continue;
    let unit: string;
    if (currency) {
      const c = currency.toLowerCase();
      unit = c === '%' || c.startsWith('pour') ? '%' : '€';
      value *= unit === '€' ? multiplierOf(multiplier, c) : 1;
      if (unit === '%' && value > 100) continue; // "150 %" growth is rare; OCR noise is not
    } else {
      const key = fold(noun ?? '').replace(/\s+/g, ' ');
      unit = unitOfWord.get(key) ?? unitOfWord.get(key.replace(/ /g, '')) ?? key;
      value *= multiplierOf(multiplier, undefined);
      // "2012 emplois" is nearly always a year followed by a noun, not a count.
      if (!multiplier && /^(19|20)\d{2}$/.test(rawNumber) && unit !== 'm²') continue;
    }
    const start = m.index;
    const qualifier = noun ? qualifierAfter(text, start + whole.length) : null;
    const counts = qualifier ? `${unit} ${qualifier}` : unit;
    const label = unit === '%' ? `${formatNumber(value)} %` : `${formatNumber(value)} ${counts}`;
    out.push({ value, unit, counts, label, context: clauseAround(text, start, start + whole.length) });
  }
  return out;
}

/**
 * The comparison key of a figure: what it counts and its value. "24 communes" and "82 communes"
 * differ; "400 demandeurs d’emploi" and "400 demandeurs d’emploi" are the same quantity.
 */
export function figureKey(figure: Pick<KeyFigure, 'counts' | 'value'>): string {
  return `${fold(figure.counts)}|${figure.value}`;
}
