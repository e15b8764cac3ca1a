// One thesaurus of themes for every source, so that the facet "thème" means the same thing for
// a 2012 city case, a 2008 VITA experience and a 1994 COORACE event.
//
// A theme applies when the item is substantially about it, not because a word passes by. Each
// theme has a written definition, and its terms come from it: specific terms ("clauses
// sociales", "permis de conduire") that count, and supporting words ("parcours", "partenaires")
// shown as evidence but never deciding. Passages (sentences, list items) are weighed by where
// they stand: the title decides alone; a presentation passage weighs twice and its first sentence
// three times; a passage naming many themes (a list of partners or components) shares its weight
// among them; an address line does not count. A theme then applies when its weight is a fair
// share of the text or of the item's main theme, from more than one passing word in a long text;
// themes whose words every report uses (support, partners, young people) need larger shares. In a
// long text, a theme a part's heading names (« Un partenariat territorial bien établi ») applies
// from a few passages whatever its share; a short text (an event) is also about what its opening
// sentence says. The theme that says who carries the initiative (IAE) comes from the
// presentation's opening paragraph alone (an event's first sentence). The passages that gave a theme are kept, so the app can show why an item
// carries it.
import type { ThemeEvidence } from '../../shared/schema';
import { foldForMatch } from './text';

export interface Theme {
  label: string;
  /**
   * What the theme means, written before its terms were chosen: the hand labelling
   * (test/fixtures/themes-labels.json) is read against it, and its terms are taken from it.
   */
  definition: string;
  /** Folded patterns (regex sources, whole words; "*" at the end for a stem) that name the theme. */
  strong: string[];
  /** Folded patterns that support the theme but cannot give it alone. */
  weak?: string[];
  /**
   * Its words come in passing in every employment report (support, partners, young people): it
   * needs larger shares of the text or of the main theme (`RULE.commonMainShare`, `commonDensity`).
   */
  common?: boolean;
  /**
   * The theme says who carries the initiative (its definition says « portée par »): the opening
   * paragraph of the presentation, which says who the carrier is, gives it alone.
   */
  carrier?: boolean;
}

export const THEMES: readonly Theme[] = [
  {
    label: 'Insertion par l’activité économique',
    definition:
      'L’initiative est portée par des structures d’insertion par l’activité économique (associations intermédiaires, ateliers et chantiers d’insertion, entreprises d’insertion, entreprises de travail temporaire d’insertion, régies, ensembliers) ou porte sur elles : leurs salariés en parcours d’insertion, leur offre, leur réseau, leur cadre (agrément, conventionnement).',
    strong: [
      'iae',
      'siae',
      'insertion par l.?(activite )?economi*',
      'chantiers? d.?insertion',
      'ateliers? et chantiers? d.?insertion',
      'aci',
      'entreprises? d.?insertion',
      'entreprises? de travail temporaire d.?insertion',
      'etti',
      'associations? intermediaires?',
      'ensembliers?( d.?insertion)?',
      'structures? d.?insertion',
      'salaries? en insertion',
      'acteurs? de l.?iae',
      'regies? de quartiers?',
      // Its salaried people and their jobs, named without the structure (« un garage qui forme des personnes en insertion »).
      'personnes? en (parcours d.?)?insertion',
      'emplois? d.?insertion',
      'postes? d.?insertion',
      'supports? d.?insertion',
      'activites? d.?insertion',
    ],
    weak: ['parcours d.?insertion'],
    carrier: true,
  },
  {
    label: 'Clauses sociales et achats publics',
    definition:
      'La commande publique au service de l’emploi : clauses sociales ou d’insertion dans les marchés publics, marchés réservés ou de qualification et d’insertion, achats responsables, et l’organisation qui les met en œuvre (facilitateurs, dispositifs de gestion des clauses).',
    strong: [
      'clauses? (sociales?|d.?insertion)',
      'marches? publics?',
      'achats? (publics?|responsables?)',
      'commande publique',
      'donneurs? d.?ordres? publics?',
    ],
  },
  {
    label: 'Création d’entreprise',
    definition:
      'Créer des entreprises ou des activités nouvelles : accueillir, former, héberger, financer les porteurs de projet et créateurs (couveuses, pépinières, hôtels d’activités, incubateurs, microcrédit), ou créer soi-même une entreprise ou une activité économique nouvelle.',
    strong: [
      'creation d.?(une |des )?(entreprises?|activites?)',
      'creation (ou|et) (la |le )?(reprise|developpement) d.?(entreprises?|activites?)',
      'activites? (economiques? )?nouvelles?',
      'entreprises? nouvelles?',
      'nouvelles? (activites?|entreprises?)',
      'creer (leur|son|une) (propre )?(entreprise|activite)',
      'createurs? d.?(entreprises?|activites?)',
      'porteurs? de projets?',
      'couveuses?',
      'pepinieres?',
      'incubat*',
      'entrepreneu*',
      'microcredit',
      'micro.credit',
      'hotels? d.?(activites?|entreprises?)',
      'amorcage',
      'prise d.?initiatives?',
    ],
    weak: ['createurs?', 'immatricul*', 'boutiques? de gestion', 'adie', 'france active'],
  },
  {
    label: 'Recrutement et relation aux entreprises',
    definition:
      'Répondre aux besoins de recrutement des employeurs et rapprocher les entreprises des personnes qui cherchent un emploi : offres d’emploi, mise en relation, recrutements groupés, gestion prévisionnelle des emplois et des compétences, engagement des entreprises pour l’emploi (chartes, parrainages, responsabilité sociale).',
    strong: [
      // Not « le recrutement d'un directeur »: an organisation's own staff (a weak term below).
      'recrutements?(?! d.?une?(?![a-z0-9]))',
      'recruter',
      'recrute(e|es|s|nt)?',
      'offres? d.?emploi',
      'employeurs?',
      'gpec',
      'mise en relation',
      'besoins? (en main.d.?oeuvre|des entreprises|de recrutement)',
      'grandes entreprises',
      'responsables? d.?entreprises?',
      'entreprises? (signataires|engagees|partenaires)',
      'forums? (de l.?)?emploi',
      'job ?dating',
      'insertion (de chomeurs )?en entreprises?',
      'adequation (entre l.?)?offre.?(et )?.?demande',
      'dating emploi',
    ],
    weak: [
      // An organisation hiring one person of its own staff, or named after employers.
      'recrutement d.?(un|une)',
      'groupements? d.?employeurs',
      'embauch*',
      'postes? a pourvoir',
      'rse',
    ],
  },
  {
    label: 'Formation et qualification',
    definition:
      'Former et qualifier les personnes pour l’emploi : formations qualifiantes ou professionnelles, professionnalisation, alternance et apprentissage, validation des acquis de l’expérience, diplômes et titres, orientation et découverte des métiers.',
    strong: [
      'formations? (qualifiantes?|professionnelles?|continues?|initiales?)',
      'qualifications?',
      'qualifiant',
      'apprentissage',
      // Not « l'alternance politique » (a change of government).
      'alternance(?! politique)',
      'vae',
      'validation des acquis',
      'professionnalisation',
      'diplomes?',
      'stagiaires?',
      'organismes? de formation',
      'plans? de formation',
      'actions? de formation',
      'sessions? de formation',
      'formation (de|des|a la|au|aux)',
      'former',
      'form(e|ent|es|ees) ([a-z0-9]+ )?(salaries|personnes|stagiaires|demandeurs? d.?emploi|chomeurs)',
      'orientation professionnelle',
      'decouverte des metiers',
    ],
    weak: [
      'formations?',
      'competences?',
      'orientation',
      // An institution's name (« Maison de l'Emploi et de la Formation »), not a training.
      'maisons? de l.?emploi et de (la )?formation',
    ],
  },
  {
    label: 'Accompagnement vers l’emploi',
    definition:
      'Accompagner des personnes une à une vers l’emploi : suivi individuel par un référent, accompagnement socioprofessionnel, plans locaux pour l’insertion et l’emploi (PLIE), levée des freins à l’emploi, retour et accès à l’emploi.',
    strong: [
      'accompagnement (socio.?professionnel|individuel|individualise|vers l.?emploi|global)',
      'accompagnateurs? (de parcours|dedies?)',
      'securis[a-z]* (les |des |le )?parcours',
      'parcours securises?',
      'suivi individuel',
      'referents? (uniques?|plie|rsa)',
      'plie',
      'plans? locaux? pour l.?insertion',
      'retour a l.?emploi',
      'acces a l.?emploi',
      'freins? (a l.?emploi|peripheriques|sociaux)',
      // The verb: accompanying people one by one.
      'accompagn(e|er|ent|es|ees|ons) (les |des |chaque |ces )?(personnes?|beneficiaires|demandeurs? d.?emploi|salaries|chomeurs|candidats)',
      'personnes? (accompagnees|suivies)',
    ],
    weak: ['accompagnement', 'parcours', 'demandeurs? d.?emploi', 'referents?'],
    common: true,
  },
  {
    label: 'Services à la personne',
    definition:
      'Les services aux particuliers, le plus souvent à domicile (aide à domicile, assistance de vie, ménage, garde d’enfants, petits travaux, conciergerie), leurs métiers, leur filière et leurs outils (chèque emploi service).',
    strong: [
      'services? a(ux)? (la )?personnes?',
      'aide a(ux)? (la )?personnes?',
      'coups? de main',
      'conciergeries?',
      'services? aux particuliers',
      'aide a domicile',
      'assistante?s? de vie',
      'proxim.?services',
      'asp',
      'aides? menageres?',
      'garde d.?enfants',
      'cesu',
      'cheques? (emploi )?(services?|domicile)',
      // Whom home services serve.
      'maintien a domicile',
      'perte d.?autonomie',
      'personnes? agees',
    ],
    weak: ['domicile', 'particuliers', 'services? de proximite'],
  },
  {
    label: 'Mobilité',
    definition:
      'La mobilité comme condition de l’emploi : permis de conduire, auto-écoles, transports, prêt ou location de véhicules, aides aux déplacements.',
    strong: [
      'mobilite',
      'permis de conduire',
      'auto.?ecoles?',
      'transports? (en commun|collectifs?|a la demande)',
      'location de (vehicules?|voitures?|scooters?|velos?|mobylettes?|cyclomoteurs?)',
      'deplacements?',
      'covoiturage',
      // A garage that repairs the cars of people who need one to work.
      'garages? (solidaires?|sociaux|associatifs?)',
    ],
    weak: ['transports?', 'vehicules?', 'scooters?', 'cyclomoteurs?'],
  },
  {
    label: 'Jeunes',
    definition:
      'L’initiative s’adresse d’abord aux jeunes (16-25 ans, décrocheurs, étudiants, jeunes diplômés) ou aux structures qui les suivent (missions locales).',
    strong: [
      'jeunes? (de|en|sans|demandeurs|diplomes|des quartiers|peu)',
      'jeunes de moins',
      'moins de 26 ans',
      '16.25 ans',
      '18.25 ans',
      'decrocheurs?',
      'decrochage',
      'jeunesse',
      'etudiants?',
      'scolaires',
    ],
    weak: ['jeunes', 'missions? locales?'],
    common: true,
  },
  {
    label: 'Développement économique et attractivité',
    definition:
      'Le développement économique du territoire : attirer, implanter, maintenir et faire grandir des entreprises, filières et pôles de compétitivité, tissu économique local, développement local et territorial.',
    strong: [
      'developpement economique',
      'attractivite',
      'attirer',
      'implantations?',
      'poles? de competitivite',
      'industri*',
      'ancrage',
      'endogen*',
      'exogen*',
      'investisseurs?',
      'tissu economique',
      'developpement local',
      'developpement territorial',
      'croissance economique',
      'richesses? economiques?',
      'valeur economique',
      'developpement des (pme|pmi|tpe|entreprises)',
    ],
    weak: [
      'economie locale',
      'entreprises du territoire',
      'zones? d.?activites?',
      'parcs? d.?activites?',
      'filieres?',
    ],
  },
  {
    label: 'Économie sociale et solidaire',
    definition:
      'L’économie sociale et solidaire comme forme d’entreprendre : coopératives (SCOP, SCIC), groupes économiques solidaires, unions d’économie sociale, finance solidaire, commerce équitable, mutualisation entre acteurs de l’ESS.',
    strong: [
      'economie sociale',
      'economie solidaire',
      'ess',
      'cooperatives?',
      'scic',
      'scop',
      'groupes? economiques? solidaires?',
      'commerce equitable',
    ],
    weak: ['solidaires?', 'mutualis*'],
  },
  {
    label: 'Gouvernance et partenariats',
    definition:
      'L’initiative est d’abord une organisation entre acteurs : un partenariat, une coopération, une coordination ou un réseau entre organisations, une convention, un collectif ou une instance de pilotage partagé qui en est l’objet même (et non le comité de pilotage que tout projet a).',
    strong: [
      'gouvernance',
      'partenariats?',
      'partenaria(l|le|les|ux)',
      'pilotage partage',
      'co.?pilot*',
      'concertation',
      'conventions? (de partenariat|d.?objectifs|pluriannuelles?|tripartites?|cadres?|de mise en oeuvre)',
      'procedures? conventionnelles?',
      'reseaux? d.?acteurs',
      'rassembl[a-z]* (les |des |d.?autres )?(acteurs|partenaires|reseaux|associations|structures)',
      'regroup[a-z]* (les |des |d.?autres )?(acteurs|partenaires|reseaux|associations|structures)',
      'feder[a-z]* (les |des |d.?autres )?(acteurs|partenaires|reseaux|associations|structures)',
      'instances? (de pilotage|partenariales?|de concertation|communes?)',
      'conventionnement',
      'collectif d.?acteurs',
      'accords? de cooperation',
      'cooperations?',
      'coordinations? (inter[a-z]*|entre|des acteurs)',
      'collectif d.?associations',
      'co.?construi[a-z]*',
      'co.?construction',
      'alliances?',
      'mise en reseau',
      'dialogue (entre|avec)',
      'complementarites? (entre|des) (les )?(acteurs|structures|partenaires)',
      // A partnership in other words: actors who meet, work and decide together.
      'relations? (contractuelles?|partenariales?)',
      'contractualis*',
      'actions? communes?',
      'projets? partages?',
      'travail collectif',
      'collectivement',
      'reflechir ensemble',
      'agir ensemble',
      'travailler ensemble',
      'defendre ensemble',
      'ensemble des (acteurs|partenaires|membres|reseaux)',
      'connaissance mutuelle',
      'decloisonn*',
      'parties? prenantes?',
      'acteurs? d.?horizons? (differents?|divers)',
      'associ[a-z]* (l.?ensemble des |les |des |d.?autres )?(acteurs|associations|partenaires|structures|reseaux)',
      'reuni[a-z]* (les |des |d.?autres )?(acteurs|partenaires|reseaux|associations|structures)',
      'le collectif',
      'un collectif',
    ],
    weak: [
      'partenaires',
      'pilotage',
      'inter.?reseaux?',
      'comites? de pilotage',
      'conventions?',
      'plate.?formes?',
      'coordinations?',
      'en partenariat (avec|entre)',
    ],
    // Every initiative has partners and most reports a steering committee: the theme goes to
    // items whose title says a partnership is the point, whose text is mostly about one, and to
    // short texts (a chronology row) that state one.
    common: true,
  },
  {
    label: 'Innovation et numérique',
    definition:
      'L’innovation technologique et les outils numériques : sites et portails internet, bases de données, multimédia, télématique, recherche et développement, transfert de technologie, projets innovants des entreprises.',
    strong: [
      'numerique',
      'web',
      'e.?marketing',
      'nfc',
      'telephone mobile',
      'nouvelles technologies',
      'minitel',
      'minicom',
      'cederom',
      'sites? (internet|web)',
      'blogs?',
      'telematiques?',
      'multimedias?',
      'bases? de donnees',
      'recherche et developpement',
      // Research laboratories, not a report named « Laboratoire de l'économie et de l'emploi ».
      'laboratoires? (de recherche|d.?innovation|d.?essais|d.?analyses?|universitaires?|publics?|prives?)',
      'centres? de recherche',
      'technolog*',
      'innovation (technologique|economique|dans les entreprises)',
      'projets? (d.?innovation|innovants?)',
    ],
    weak: ['innovation', 'innovants?', 'recherche', 'campus', 'internet', 'en ligne'],
  },
  {
    label: 'RSA et minima sociaux',
    definition:
      'Les bénéficiaires de minima sociaux (RMI, RSA, allocations de solidarité) et les dispositifs qui leur sont propres.',
    strong: [
      'rsa',
      'rmi',
      'rmistes?',
      'revenu (de solidarite active|minimum)',
      'minima sociaux',
      'beneficiaires? du (rsa|rmi)',
      'allocataires? du (rsa|rmi)',
    ],
    weak: ['allocataires?'],
  },
  {
    label: 'Environnement et agriculture',
    definition:
      'L’environnement et l’agriculture comme activité ou objet : maraîchage et agriculture, recyclage, réemploi et déchets, espaces verts et naturels, énergies, développement durable, patrimoine naturel.',
    strong: [
      'environnement',
      'developpement durable',
      'agricult*',
      'agricole',
      'maraich*',
      'bio(logique)?s?',
      'recycl*',
      'reemploi',
      'ressourcerie',
      'dechets',
      'espaces? verts?',
      'ecolog*',
      'energies? renouvelables?',
      'patrimoine',
      'lin',
    ],
  },
  {
    label: 'Quartiers prioritaires',
    definition:
      'Les quartiers de la politique de la ville et leurs habitants : quartiers prioritaires ou sensibles, zones urbaines sensibles, zones franches urbaines, rénovation urbaine.',
    strong: [
      'quartiers? (prioritaires?|sensibles?|populaires?|politique de la ville|en difficulte|limitrophes?)',
      'habitants (des|du|de nos) quartiers?',
      'zones? sensibles?',
      'cucs',
      'politique de la ville',
      'zus',
      'zfu',
      'zones? (urbaines? sensibles?|franches?)',
      'renovation urbaine',
      'anru',
      'grands? projets? de ville',
      'habitat social',
      'citelab',
      // A neighbourhood named as the place of the action: the theme's own word (see the definition).
      'quartiers?',
    ],
  },
  {
    label: 'Handicap et discriminations',
    definition:
      'Le handicap au travail et la lutte contre les discriminations : travailleurs handicapés, égalité des chances, égalité entre femmes et hommes, mixité des métiers, stéréotypes.',
    strong: [
      'handicap(ees?|es?)?',
      'travailleurs? handicapes?',
      'discriminations?',
      'egalite des chances',
      'egalite (femmes?|professionnelle)',
      'mixite des (metiers|emplois)',
      'stereotypes?',
    ],
  },
];

export interface ClassifiedThemes {
  themes: string[];
  evidence: ThemeEvidence[];
}

/** How many passages each theme keeps as evidence. */
const EVIDENCE_PASSAGES = 3;
/** Evidence passages longer than this are cut around the first match. */
const EVIDENCE_LENGTH = 240;
/** Texts shorter than this (events, notices) need one passage with a specific term. */
const SHORT_TEXT_WORDS = 150;

/** A pattern ending in "*" is a stem: it matches any word it starts ("industri*"). */
function stem(pattern: string): string {
  return pattern.endsWith('*') ? `${pattern.slice(0, -1)}[a-z]*` : pattern;
}

const isAlnum = (code: number) => (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
const slot = (code: number) => (code >= 97 ? code - 97 : code - 48 + 26);

/** The patterns that can match at a word opening, in thesaurus order, in one sticky regex. */
interface Opening {
  re: RegExp;
  /** Theme of each capture group (group g at index g - 1), and whether it is a specific term. */
  theme: Uint8Array;
  strong: Uint8Array;
}

/**
 * One regex per word opening (its first two characters), holding only the patterns that can
 * start with them, in the thesaurus's order: what one regex of every pattern matched at a word
 * start, it matches, for a fraction of the work (most alternatives were tried and failed at every
 * word). A pattern whose second character is not a literal letter or digit ("e.?marketing") is
 * in every opening of its first character, and in the one for a word whose second character is
 * none (`BY_FIRST`). Patterns end at a word end unless they are stems.
 */
const { BY_OPENING, BY_FIRST } = (() => {
  const all = THEMES.flatMap((t, theme) => [
    ...t.strong.map((pattern) => ({ pattern, theme, strong: 1 })),
    ...(t.weak ?? []).map((pattern) => ({ pattern, theme, strong: 0 })),
  ]);
  const compile = (patterns: typeof all): Opening | null => {
    if (patterns.length === 0) return null;
    const source = patterns
      .map((p) => `(${stem(p.pattern).replace(/\((?!\?)/g, '(?:')})(?![a-z0-9])`)
      .join('|');
    return {
      re: new RegExp(source, 'y'),
      theme: Uint8Array.from(patterns, (p) => p.theme),
      strong: Uint8Array.from(patterns, (p) => p.strong),
    };
  };
  const literalSecond = (pattern: string): boolean =>
    isAlnum(pattern.charCodeAt(1)) && !/^.[a-z0-9][?*{]/.test(pattern);
  for (const { pattern } of all)
    if (!isAlnum(pattern.charCodeAt(0)))
      throw new Error(`Thème sans caractère initial littéral : ${pattern}`);
  const byOpening: (Opening | null)[] = [];
  for (let f = 0; f < 36; f++) {
    for (let k = 0; k < 36; k++) {
      byOpening.push(
        compile(
          all.filter(
            (p) =>
              slot(p.pattern.charCodeAt(0)) === f &&
              (!literalSecond(p.pattern) || slot(p.pattern.charCodeAt(1)) === k),
          ),
        ),
      );
    }
  }
  const byFirst: (Opening | null)[] = [];
  for (let f = 0; f < 36; f++)
    byFirst.push(
      compile(all.filter((p) => slot(p.pattern.charCodeAt(0)) === f && !literalSecond(p.pattern))),
    );
  return { BY_OPENING: byOpening, BY_FIRST: byFirst };
})();

/**
 * Sentences and list items: the unit a theme is counted in. A line that starts in lower case
 * goes on the sentence above (a chronology cell or an OCR line broken mid-sentence).
 */
function passagesOf(body: string): string[] {
  return body
    .split(/\n+(?![a-zà-öø-ÿ”»)])|(?<=[.!?;:])\s+(?=[A-ZÀ-ÖØ-Þ«"“(\-–•])/u)
    .map((p) => (ODD_SPACE.test(p) ? p.replace(/\s+/g, ' ') : p).trim())
    .filter((p) => p.length > 0);
}

/**
 * What `replace(/\s+/g, ' ')` would change: a white space other than a space, or a space
 * followed by another. Most passages have neither, and the replace rebuilt each of them.
 */
const ODD_SPACE = /[^\S ]| \s/;

/** `text.split(/\s+/).filter(Boolean).length` without building the array of words. */
function wordCount(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // ASCII decided inline; other code units by the pattern's \s as the standard lists it (a
    // one-character string and a pattern per apostrophe cost more than the count).
    const space = code < 0x80 ? code === 0x20 || (code >= 0x09 && code <= 0x0d) : isWideSpace(code);
    if (space) inWord = false;
    else if (!inWord) {
      inWord = true;
      words++;
    }
  }
  return words;
}

/** The white space of \s beyond ASCII, as the ECMAScript standard lists it. */
const isWideSpace = (code: number): boolean =>
  code === 0xa0 ||
  code === 0x1680 ||
  (code >= 0x2000 && code <= 0x200a) ||
  code === 0x2028 ||
  code === 0x2029 ||
  code === 0x202f ||
  code === 0x205f ||
  code === 0x3000 ||
  code === 0xfeff;

/** What a text without a theme term gives: shared, never written to. */
const NO_HITS = { strong: new Set<number>(), any: new Set<number>(), at: new Map<number, number>() };

function themeHits(folded: string): { strong: Set<number>; any: Set<number>; at: Map<number, number> } {
  // Most passages name no theme: their sets are only made at the first hit.
  let hits: typeof NO_HITS | null = null;
  const n = folded.length;
  let i = 0;
  while (i < n - 1) {
    const code = folded.charCodeAt(i);
    // A match starts at a word start, after the end of the previous match.
    if (!isAlnum(code)) {
      i++;
      continue;
    }
    const next = folded.charCodeAt(i + 1);
    let opening: Opening | null;
    if (isAlnum(next)) opening = BY_OPENING[slot(code) * 36 + slot(next)]!;
    else if (next === 0x20 || next === 0x2d || next === 0x27 || next === 0x2e)
      opening = BY_FIRST[slot(code)]!;
    else opening = null;
    let m: RegExpExecArray | null = null;
    if (opening) {
      opening.re.lastIndex = i;
      m = opening.re.exec(folded);
    }
    if (!m) {
      // No match starts inside the word: on to the next word.
      i++;
      while (i < n && isAlnum(folded.charCodeAt(i))) i++;
      continue;
    }
    hits ??= { strong: new Set(), any: new Set(), at: new Map() };
    for (let g = 1; g < m.length; g++) {
      if (m[g] === undefined) continue;
      const theme = opening!.theme[g - 1]!;
      if (opening!.strong[g - 1] === 1) hits.strong.add(theme);
      hits.any.add(theme);
      if (!hits.at.has(theme)) hits.at.set(theme, i);
      break;
    }
    // The next match starts at a word start after this one's end.
    i = opening!.re.lastIndex;
    if (i > 0 && isAlnum(folded.charCodeAt(i - 1))) while (i < n && isAlnum(folded.charCodeAt(i))) i++;
  }
  return hits ?? NO_HITS;
}

/** A passage cut to a readable length around where the theme was found. */
function excerpt(passage: string, at: number): string {
  if (passage.length <= EVIDENCE_LENGTH) return passage;
  let start = Math.max(0, at - EVIDENCE_LENGTH / 3);
  start = start > 0 ? passage.indexOf(' ', start) + 1 : 0;
  let end = Math.min(passage.length, start + EVIDENCE_LENGTH);
  if (end < passage.length) end = Math.max(passage.lastIndexOf(' ', end), start + 1);
  return `${start > 0 ? '… ' : ''}${passage.slice(start, end)}${end < passage.length ? ' …' : ''}`;
}

/**
 * How a theme is decided (see `themeApplies`); one rule for every theme, set on the labels used
 * for setting the rules (test/fixtures/themes-labels.json), never on the blind ones.
 */
export interface ThemeRule {
  /** Weight of a presentation passage (what the initiative is) against a passage elsewhere. */
  leadWeight: number;
  /** Weight added to the presentation's first sentence. */
  openingWeight: number;
  /**
   * A passage naming this many themes or more is a list (of components, partners, topics): each
   * theme gets a share of it, `(listThemes - 1) / themes` of its weight.
   */
  listThemes: number;
  /** Share of the main theme's weight a theme needs, unless its density suffices. */
  mainShare: number;
  /** Share of the text's passage weight a theme needs, unless its share of the main one suffices. */
  density: number;
  /** Both, for a theme whose words every report uses (`common`). */
  commonMainShare: number;
  commonDensity: number;
  /** Weight a theme needs in a long text: one passing word never suffices. */
  longWeight: number;
  /** Share of the main theme's weight a theme needs in a short text (an event, a notice). */
  shortShare: number;
  /**
   * Weight a theme needs in a long text when a part's heading names it (« Un partenariat
   * territorial bien établi »), whatever its share: the part is about it.
   */
  headedWeight: number;
}

export const RULE: ThemeRule = {
  leadWeight: 2,
  openingWeight: 1,
  listThemes: 3,
  mainShare: 0.6,
  density: 0.08,
  commonMainShare: 0.9,
  commonDensity: 0.15,
  longWeight: 1.5,
  shortShare: 0.6,
  headedWeight: 4,
};

/**
 * A line that gives an address (« Site Internet : www… », « Contact : … ») says where to find the
 * initiative, not what it is about.
 */
const ADDRESS_LINE =
  /^(sites?\s+(internet|web|extranet)|contacts?|t[ée]l[ée]?(phone)?|courriel|e-?mail|adresse)\s*:/i;
const NONE: ReadonlySet<number> = new Set();

/**
 * Who the initiative is: the presentation's first paragraph, with the list it introduces
 * (« Il porte des missions pour : - une AI, - un ACI »).
 */
function openingOf(lead: string): string {
  const paragraphs = lead.trimStart().split(/\n\s*\n/, 2);
  const first = paragraphs[0] ?? '';
  return first.trimEnd().endsWith(':') ? `${first}\n${paragraphs[1] ?? ''}` : first;
}

/**
 * A part's heading: one short line that starts with a capital and ends without punctuation
 * (not a list item, which starts with a dash or a bullet).
 */
function isHeading(passage: string): boolean {
  return (
    passage.length <= 90 &&
    !passage.includes('\n') &&
    /^[A-ZÀ-ÖØ-Þ0-9]/u.test(passage) &&
    !/[.;:,!?…)»"”]$/u.test(passage)
  );
}

/** How many passages hold a theme, and where, in one text. */
export interface ThemeCounts {
  /** Weight of the passages holding a specific term of each theme. */
  strong: number[];
  /** Weight of every passage of the text, with or without a theme. */
  total: number;
  /** Themes the title names with a specific term. */
  titled: Set<number>;
  /** Themes the lead's opening paragraph (who carries the initiative) names with a specific term. */
  opening: Set<number>;
  titleAny: Set<number>;
  /** Themes a part's heading names with a specific term (« Un partenariat territorial bien établi »). */
  headed: Set<number>;
  words: number;
  /** Passages naming each theme, in text order; `strong` when with a specific term. */
  found: { passage: string; at: number; strong: boolean }[][];
}

export function countThemes(title: string, body: string, lead = '', rule: ThemeRule = RULE): ThemeCounts {
  const inTitle = themeHits(foldForMatch(title));
  const strong = THEMES.map(() => 0);
  const found: ThemeCounts['found'] = THEMES.map(() => []);
  let total = 0;
  const visit = (passage: string, weight: number): ReadonlySet<number> => {
    if (ADDRESS_LINE.test(passage)) return NONE;
    total += weight;
    // Offsets in the folded passage are near enough to cut an excerpt (only ligatures shift them).
    const hits = themeHits(foldForMatch(passage));
    const n = hits.strong.size;
    const share = n >= rule.listThemes ? (rule.listThemes - 1) / n : 1;
    for (const t of hits.strong) strong[t]! += weight * share;
    for (const t of hits.any)
      found[t]!.push({ passage, at: hits.at.get(t) ?? 0, strong: hits.strong.has(t) });
    return hits.strong;
  };
  // What the initiative is comes first: its presentation weighs more, its first sentence most.
  const inLead = passagesOf(lead);
  inLead.forEach((passage, i) => visit(passage, rule.leadWeight + (i === 0 ? rule.openingWeight : 0)));
  const leadPassages = new Set(inLead);
  const headed = new Set<number>();
  for (const passage of passagesOf(body)) {
    if (leadPassages.has(passage)) continue;
    const named = visit(passage, 1);
    if (isHeading(passage) && named.size < rule.listThemes) for (const t of named) headed.add(t);
  }
  return {
    strong,
    total,
    titled: inTitle.strong,
    // A text without a presentation (a chronology row) says what it is in its first sentence.
    opening: themeHits(foldForMatch(lead ? openingOf(lead) : (passagesOf(body)[0] ?? ''))).strong,
    titleAny: inTitle.any,
    headed,
    words: wordCount(body),
    found,
  };
}

/**
 * Whether an item is substantially about theme `t`, from its counts. The title decides alone.
 * Otherwise the theme's weight (passages with a specific term, presentation passages weighing
 * more, a list's passage shared among the themes it names) must be a fair share of the text
 * (`density`) or of the item's main theme (`mainShare`), higher shares for a common theme, or
 * name a part's heading and reach `headedWeight`; in a long text it must come from more than one
 * passing word (`longWeight`). A short text (an event, a notice) is about what its one or two
 * sentences say, and what its opening says.
 */
export function themeApplies(c: ThemeCounts, t: number, rule: ThemeRule = RULE): boolean {
  const theme = THEMES[t]!;
  if (c.titled.has(t) || (theme.carrier && c.opening.has(t))) return true;
  const weight = c.strong[t]!;
  if (weight === 0) return false;
  const short = c.words < SHORT_TEXT_WORDS;
  if (!short && weight < rule.longWeight) return false;
  const main = Math.max(...c.strong);
  const mainShare = theme.common ? rule.commonMainShare : rule.mainShare;
  const density = theme.common ? rule.commonDensity : rule.density;
  // A short text is about what its one or two sentences say, but not about a theme it names
  // much less than its main one, unless its opening paragraph (what the initiative is) names it;
  // a long text may also be about a theme it keeps coming back to.
  if (short) return weight >= rule.shortShare * main || c.opening.has(t);
  // A part's heading names what the part is about: a secondary theme with a part of its own.
  return (
    weight >= mainShare * main ||
    weight >= density * c.total ||
    (c.headed.has(t) && weight >= rule.headedWeight)
  );
}

/**
 * Themes of a text, with the passages that gave them (see `themeApplies`). `lead` is the part
 * of the body that says what the item is (a presentation): its passages count twice and its
 * first sentence counts as much as the title for a specific theme.
 */
export function classifyThemesWithEvidence(
  title: string,
  body: string,
  lead = '',
  rule: ThemeRule = RULE,
): ClassifiedThemes {
  const c = countThemes(title, body, lead, rule);
  const main = Math.max(1, ...c.strong);
  const scored = THEMES.map((_, t) => ({
    t,
    applies: themeApplies(c, t, rule),
    weight: c.strong[t]! / main + (c.titled.has(t) ? 10 : 0) + (c.opening.has(t) ? 5 : 0),
  }))
    .filter((s) => s.applies)
    .sort((a, b) => b.weight - a.weight || a.t - b.t);

  const evidence = scored.map(({ t }): ThemeEvidence => {
    // The passages that decided first (a specific term), then those that support it.
    const found = c.found[t]!;
    const shown = [...found.filter((f) => f.strong), ...found.filter((f) => !f.strong)]
      .slice(0, EVIDENCE_PASSAGES)
      .map((f) => excerpt(f.passage, f.at));
    return {
      theme: THEMES[t]!.label,
      passages: c.titleAny.has(t) ? [title, ...shown].slice(0, EVIDENCE_PASSAGES) : shown,
    };
  });
  return { themes: evidence.map((e) => e.theme), evidence };
}

/** Themes of a text, strongest first. */
export function classifyThemes(title: string, body: string, lead = ''): string[] {
  return classifyThemesWithEvidence(title, body, lead).themes;
}
