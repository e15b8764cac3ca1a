import type { ColorRow } from './rows';

/** Named colours every new database starts with; the user renames them at will. */
export const DEFAULT_COLORS: readonly ColorRow[] = [
  { id: 'jaune', name: 'À reprendre', value: '#ffe38a', order: 0 },
  { id: 'vert', name: 'Chiffre clé', value: '#b9e6a7', order: 1 },
  { id: 'bleu', name: 'Contact utile', value: '#a9d3f5', order: 2 },
  { id: 'rose', name: 'Question à poser', value: '#f6bcd4', order: 3 },
  { id: 'orange', name: 'Idée à transposer', value: '#ffc98f', order: 4 },
];
