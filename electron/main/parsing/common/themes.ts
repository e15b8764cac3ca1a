// One thesaurus of themes for every source, so that the facet "thème" means the same thing for
// a 2012 city case, a 2008 VITA experience and a 1994 COORACE event. Each theme is recognised by
// folded word stems; a theme is kept when its evidence is strong enough for the text's length.
import { foldForMatch } from './text';

interface Theme {
  label: string;
  /** Folded patterns (regex sources, word-bounded at the start). */
  patterns: string[];
}

export const THEMES: readonly Theme[] = [
  {
    label: 'Insertion par l’activité économique',
    patterns: [
      'iae',
      'siae',
      'insertion par l.?(activite )?economi',
      'chantiers? d.?insertion',
      'entreprises? d.?insertion',
      'etti',
      'associations? intermediaires?',
      'ateliers? et chantiers',
    ],
  },
  {
    label: 'Clauses sociales et achats publics',
    patterns: [
      'clauses? (sociales?|d.?insertion)',
      'marches? publics?',
      'achats? (publics?|responsables?)',
      'commande publique',
    ],
  },
  {
    label: 'Création d’entreprise',
    patterns: [
      'creation d.?(entreprises?|activites?)',
      'createurs?',
      'porteurs? de projets?',
      'couveuses?',
      'pepinieres?',
      'incubat',
      'entrepreneu',
      'microcredit',
      'micro credit',
      'hotels? d.?activites?',
    ],
  },
  {
    label: 'Recrutement et relation aux entreprises',
    patterns: [
      'recrutements?',
      'recruter',
      'offres? d.?emploi',
      'employeurs?',
      'gpec',
      'mise en relation',
      'besoins? des entreprises',
      'tensions?',
    ],
  },
  {
    label: 'Formation et qualification',
    patterns: [
      'formations?',
      'qualifications?',
      'qualifiant',
      'apprentissage',
      'alternance',
      'vae',
      'competences?',
    ],
  },
  {
    label: 'Accompagnement vers l’emploi',
    patterns: [
      'accompagnement',
      'parcours',
      'plie',
      'referents?',
      'suivi individuel',
      'demandeurs? d.?emploi',
      'retour a l.?emploi',
    ],
  },
  {
    label: 'Services à la personne',
    patterns: ['services? a la personne', 'services? de proximite', 'aide a domicile', 'domicile', 'proxim'],
  },
  { label: 'Mobilité', patterns: ['mobilite', 'transports?', 'permis de conduire', 'deplacements?'] },
  { label: 'Jeunes', patterns: ['jeunes', 'missions? locales?', 'decrocheurs?', 'etudiants?'] },
  {
    label: 'Développement économique et attractivité',
    patterns: [
      'developpement economique',
      'attractivite',
      'implantations?',
      'zones? d.?activites?',
      'filieres?',
      'poles? de competitivite',
      'industri',
      'ancrage',
    ],
  },
  {
    label: 'Économie sociale et solidaire',
    patterns: ['economie sociale', 'economie solidaire', 'ess', 'cooperatives?', 'scic', 'scop', 'mutualis'],
  },
  {
    label: 'Gouvernance et partenariats',
    patterns: [
      'gouvernance',
      'partenariats?',
      'partenaires',
      'pilotage',
      'comites? de pilotage',
      'conventions?',
    ],
  },
  {
    label: 'Innovation et numérique',
    patterns: [
      'innovation',
      'innovant',
      'numerique',
      'internet',
      'recherche et developpement',
      'campus',
      'technolog',
    ],
  },
  {
    label: 'RSA et minima sociaux',
    patterns: ['rsa', 'rmi', 'minima sociaux', 'allocataires?', 'beneficiaires? du (rsa|rmi)'],
  },
  {
    label: 'Environnement et agriculture',
    patterns: [
      'environnement',
      'developpement durable',
      'agricult',
      'maraich',
      'recycl',
      'dechets',
      'espaces? verts?',
      'ecolog',
    ],
  },
  {
    label: 'Quartiers prioritaires',
    patterns: [
      'quartiers?',
      'politique de la ville',
      'zus',
      'zfu',
      'zones? urbaines? sensibles?',
      'renovation urbaine',
    ],
  },
  {
    label: 'Handicap et discriminations',
    patterns: ['handicap', 'discriminations?', 'egalite des chances', 'diversite'],
  },
];

// One regex with a capture group per theme: a single pass over the text, whatever the number of themes.
const COMBINED = new RegExp(
  `(?:^|[^a-z0-9])(?:${THEMES.map((t) => `(${t.patterns.join('|').replace(/\((?!\?)/g, '(?:')})`).join('|')})`,
  'g',
);

function countHits(folded: string, weight: number, hits: number[]): void {
  for (const m of folded.matchAll(COMBINED)) {
    for (let g = 1; g < m.length; g++) {
      if (m[g] !== undefined) {
        hits[g - 1] = (hits[g - 1] ?? 0) + weight;
        break;
      }
    }
  }
}

/**
 * Themes of a text, strongest first, at most `max`. The title counts three times. A theme
 * needs at least `minHits` matches, scaled up for long texts so passing mentions do not count.
 */
export function classifyThemes(title: string, body: string, max = 5): string[] {
  const t = foldForMatch(title);
  const b = foldForMatch(body);
  const words = b.split(' ').length;
  const minHits = words < 150 ? 1 : words < 1500 ? 2 : 3;
  const hits: number[] = THEMES.map(() => 0);
  countHits(t, 3, hits);
  countHits(b, 1, hits);
  return THEMES.map((theme, i) => ({ label: theme.label, hits: hits[i] ?? 0 }))
    .filter((s) => s.hits >= minHits)
    .sort((a, b) => b.hits - a.hits || a.label.localeCompare(b.label))
    .slice(0, max)
    .map((s) => s.label);
}
