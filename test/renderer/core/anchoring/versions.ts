// Two versions of a user's report for the re-anchoring tests: the second a year later, with a new
// first case, sentences added around a highlighted passage and another passage rewritten.
import { readFileSync } from 'node:fs';

export const V1 = readFileSync('test/fixtures/documents/recueil-trois-initiatives.md', 'utf8');
export const V2 = V1.replace(
  '# Garage solidaire',
  '# Ressourcerie de Bourges\n\n## Contexte\n\nBourges, dans le Cher, trie et revend les objets donnés.\n\n# Garage solidaire',
)
  .replace('Vierzon, dans le Cher, a perdu', 'Ville moyenne du Berry, Vierzon, dans le Cher, a perdu')
  .replace('emplois industriels.', 'emplois industriels depuis 1980.')
  .replace(
    "Huit emplois d'insertion créés en deux ans ; 25 entreprises adhérentes.",
    'La conciergerie a fermé ses portes en 2020, faute de financement.',
  );
