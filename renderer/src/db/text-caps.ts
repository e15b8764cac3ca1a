// How long each piece of text the user writes may be, defined once: the row schemas (and so the
// import of an export file) accept exactly these lengths, and the fields where the text is typed
// stop there with a message saying so. A limit enforced in one place only is how a note pasted
// into the editor ends up refused when the backup holding it is imported.
//
// Lengths are counted in UTF-16 code units, as both `String.length` (zod) and an input's
// `maxLength` count them.

export const TEXT_CAPS = {
  /** A note on an entry, an event or a saved comparison (Markdown). About 1 MB of text. */
  note: 1_000_000,
  /** The comment on a highlight (Markdown). */
  comment: 100_000,
  /** One tag, on an entry or a highlight. */
  tag: 80,
  collectionName: 200,
  collectionDescription: 10_000,
  colourName: 60,
  comparisonName: 200,
  /** A corrected fact or passage (and the original it replaces). */
  correction: 100_000,
} as const;

export type TextCapKind = keyof typeof TEXT_CAPS;

/** What is capped, as the start of a French sentence, with the agreement the noun needs. */
const SUBJECT: Record<TextCapKind, string> = {
  note: 'Note limitée',
  comment: 'Commentaire limité',
  tag: 'Étiquette limitée',
  collectionName: 'Nom de collection limité',
  collectionDescription: 'Description de collection limitée',
  colourName: 'Nom de couleur limité',
  comparisonName: 'Nom de comparaison limité',
  correction: 'Correction limitée',
};

const count = new Intl.NumberFormat('fr-FR');

/** « Note limitée à 1 000 000 caractères » */
export function capMessage(kind: TextCapKind): string {
  return `${SUBJECT[kind]} à ${count.format(TEXT_CAPS[kind])} caractères`;
}

/** The message to show under a field holding `length` characters, or '' while there is room left. */
export function capNotice(kind: TextCapKind, length: number): string {
  return length >= TEXT_CAPS[kind] ? `${capMessage(kind)} : limite atteinte.` : '';
}
