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

// One sticky regex with a capture group per theme: one try per word start, whatever the
// number of themes. Every pattern opens with two literal letters, so a table of those pairs
// skips most words without running the regex at all.
const AT_WORD = new RegExp(
  THEMES.map((t) => `(${t.patterns.join('|').replace(/\((?!\?)/g, '(?:')})`).join('|'),
  'y',
);

const OPENINGS: Uint8Array = (() => {
  const table = new Uint8Array(26 * 26);
  for (const pattern of THEMES.flatMap((t) => t.patterns)) {
    if (!/^[a-z]{2}(?![?*{])/.test(pattern))
      throw new Error(`Thème sans deux lettres initiales : ${pattern}`);
    table[(pattern.charCodeAt(0) - 97) * 26 + pattern.charCodeAt(1) - 97] = 1;
  }
  return table;
})();

function isAlnum(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
}

/**
 * What `folded.matchAll(/(?:^|[^a-z0-9])(?:…)/g)` counts: a match starts at a word start whose
 * separator lies at or after the end of the previous match.
 */
function countHits(folded: string, weight: number, hits: number[]): number {
  let end = 0;
  let previous = -1;
  // The spaces are counted on the way: they give the text's length in words.
  let spaces = 0;
  for (let i = 0; i < folded.length; i++) {
    const code = folded.charCodeAt(i);
    if (code === 0x20) spaces++;
    if (i === folded.length - 1) break;
    const wordStart = isAlnum(code) && (i === 0 ? end === 0 : i - 1 >= end && !isAlnum(previous));
    previous = code;
    if (!wordStart) continue;
    const next = folded.charCodeAt(i + 1);
    if (code < 97 || next < 97 || next > 122 || OPENINGS[(code - 97) * 26 + next - 97] !== 1) continue;
    AT_WORD.lastIndex = i;
    const m = AT_WORD.exec(folded);
    if (!m) continue;
    for (let g = 1; g < m.length; g++) {
      if (m[g] !== undefined) {
        hits[g - 1] = (hits[g - 1] ?? 0) + weight;
        break;
      }
    }
    end = AT_WORD.lastIndex;
  }
  return spaces;
}

/**
 * Themes of a text, strongest first, at most `max`. The title counts three times. A theme
 * needs at least `minHits` matches, scaled up for long texts so passing mentions do not count.
 */
export function classifyThemes(title: string, body: string, max = 5): string[] {
  const t = foldForMatch(title);
  const b = foldForMatch(body);
  const hits: number[] = THEMES.map(() => 0);
  countHits(t, 3, hits);
  const words = countHits(b, 1, hits) + 1;
  const minHits = words < 150 ? 1 : words < 1500 ? 2 : 3;
  return THEMES.map((theme, i) => ({ label: theme.label, hits: hits[i] ?? 0 }))
    .filter((s) => s.hits >= minHits)
    .sort((a, b) => b.hits - a.hits || a.label.localeCompare(b.label))
    .slice(0, max)
    .map((s) => s.label);
}
