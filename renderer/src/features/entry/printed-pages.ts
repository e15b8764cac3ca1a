// The printed pages an entry stands on, in words, as far as the document's own marks tell them.
import type { EntryPages } from '../../../../electron/shared/schema';

/** « pages imprimées 29 à 32 », « à partir de la page imprimée 11 »…; null when none is known. */
export function printedPagesLabel(pages: EntryPages | undefined): string | null {
  if (!pages) return null;
  const { first, last, marked } = pages;
  if (first !== null && last !== null) {
    return first === last ? `page imprimée ${first}` : `pages imprimées ${first} à ${last}`;
  }
  if (first !== null) return `à partir de la page imprimée ${first}`;
  if (last !== null) return `jusqu’à la page imprimée ${last}`;
  if (marked.length === 1) return `comprend la page imprimée ${marked[0]}`;
  if (marked.length > 1) return `comprend les pages imprimées ${marked.join(', ')}`;
  return null;
}
