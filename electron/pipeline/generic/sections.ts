// A heading's wording → the common section vocabulary (SECTION_KEYS), so that a section of any
// report compares with the same part of the bundled cases. Null: not a known part.
import type { SectionKey } from '../../shared/schema';
import { foldForMatch } from '../common/text';

/** Order matters: the first match wins ("freins et leviers" before "mise en œuvre", …). */
const WORDING: readonly [SectionKey, RegExp][] = [
  ['contacts', /\bcontacts?\b|en savoir plus|coordonnees|pour aller plus loin|interlocuteurs?/],
  ['obstacles', /\bfreins?\b|\bleviers?\b|difficultes|obstacles|points? de vigilance|limites\b|risques/],
  [
    'innovation',
    /innova|transferab|essaimage|facteurs? (cles|de reussite)|enseignements|perspectives|recommandations/,
  ],
  ['tools', /\boutils?\b|ressources|documentation|bibliographie|annexes?\b/],
  ['vision', /vision|ambition|\belus?\b|parole d|point de vue|temoignage/],
  ['governance', /gouvernance|partenari|pilotage|financements?|budget|acteurs impliques|porteurs?/],
  ['effects', /\beffets?\b|resultats?|impacts?|bilan|evaluation|chiffres cles|indicateurs/],
  [
    'operations',
    /mise en oeuvre|operationnel|fonctionnement|deroulement|methodes?|modalites|actions? menees?|demarche|notre experience|etapes|organisation de l/,
  ],
  ['context', /contexte|enjeux|diagnostic|historique|origine|genese|constat|territoire/],
  [
    'presentation',
    /presentation|description|objectifs?|resume|synthese|l.action|le projet|le dispositif|public vise/,
  ],
];

/** "3. La gouvernance du projet" → governance; "Annexe 2" → tools; "Les chiffres de 2011" → effects. */
export function sectionKeyOf(heading: string): SectionKey | null {
  const f = foldForMatch(heading)
    .replace(/^\s*(?:[ivx]+|\d{1,2}(?:\.\d{1,2})*|[a-h])\s*[.)\-–:]?\s+/, '')
    .trim();
  if (!f || f.length > 90) return null;
  for (const [key, re] of WORDING) if (re.test(f)) return key;
  return null;
}
