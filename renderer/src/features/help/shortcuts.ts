// The keyboard shortcuts the app honours, listed once for the help page.
export interface Shortcut {
  keys: string[];
  /** The keys are alternatives (↑ ou ↓), not a combination (Ctrl + K). */
  either?: boolean;
  action: string;
  where: string;
}

export const SHORTCUTS: readonly Shortcut[] = [
  { keys: ['Ctrl', 'K'], action: 'Aller à la recherche', where: 'Partout' },
  { keys: ['/'], action: 'Aller à la recherche (hors d’un champ de saisie)', where: 'Partout' },
  { keys: ['↑', '↓'], either: true, action: 'Parcourir les résultats', where: 'Catalogue' },
  { keys: ['Entrée'], action: 'Ouvrir la fiche sélectionnée', where: 'Catalogue' },
  { keys: ['Échap'], action: 'Revenir à la liste', where: 'Fiche' },
  {
    keys: ['Maj', '→'],
    action: 'Étendre la sélection, après « Sélectionner au clavier »',
    where: 'Texte d’une fiche',
  },
  { keys: ['Entrée'], action: 'Surligner la sélection faite au clavier', where: 'Texte d’une fiche' },
  { keys: ['F1'], action: 'Afficher cette aide', where: 'Partout' },
  { keys: ['Ctrl', 'N'], action: 'Écrire une nouvelle fiche', where: 'Application de bureau' },
  { keys: ['Ctrl', 'E'], action: 'Exporter les annotations', where: 'Application de bureau' },
  { keys: ['Ctrl', 'I'], action: 'Importer des annotations', where: 'Application de bureau' },
  { keys: ['Ctrl', 'S'], action: 'Sauvegarder maintenant', where: 'Application de bureau' },
  { keys: ['Ctrl', 'P'], action: 'Imprimer ou enregistrer en PDF', where: 'Partout' },
  { keys: ['Ctrl', '+'], action: 'Zoom avant (Ctrl − : zoom arrière)', where: 'Application de bureau' },
  { keys: ['Tab'], action: 'Passer d’une commande à la suivante', where: 'Partout' },
];
