// What the catalogue counts, defined once for every view (Accueil, Catalogue, Chronologie, Carte,
// facets), so the same set of items gives the same numbers and the same words everywhere.
//
// - A « fiche » is anything the catalogue opens on a page of its own: an initiative, a text or an
//   event. The catalogue's list, the overview and the chronology all count fiches.
// - An « initiative » is what a territory or a network did: a France urbaine case study, a VITA
//   experience, a Cime programme.
// - A « texte » is writing about initiatives rather than an initiative: forewords, chapter
//   introductions and conclusions, a notice.
// - An « événement » is a dated row of the COORACE chronology or a milestone of Cime's history.
import type { CatalogueItem, ItemKind } from '../../../electron/shared/items';
import { plural } from './plural';

export type CountKind = 'initiative' | 'text' | 'event';

export const COUNT_KIND_OF: Record<ItemKind, CountKind> = {
  case: 'initiative',
  experience: 'initiative',
  programme: 'initiative',
  text: 'text',
  event: 'event',
};

/** French nouns, singular and plural, for each thing counted. */
export const COUNT_NOUNS: Record<CountKind | 'fiche', [string, string]> = {
  fiche: ['fiche', 'fiches'],
  initiative: ['initiative', 'initiatives'],
  text: ['texte', 'textes'],
  event: ['événement', 'événements'],
};

/** Column titles for figures shown as « Initiatives : 51 ». */
export const COUNT_TITLES: Record<CountKind | 'fiche', string> = {
  fiche: 'Fiches',
  initiative: 'Initiatives',
  text: 'Textes',
  event: 'Événements',
};

export interface Counts {
  /** Every item: initiatives + texts + events. */
  fiches: number;
  initiatives: number;
  texts: number;
  events: number;
}

export function countItems(items: readonly Pick<CatalogueItem, 'kind'>[]): Counts {
  const counts: Counts = { fiches: items.length, initiatives: 0, texts: 0, events: 0 };
  for (const item of items) {
    const kind = COUNT_KIND_OF[item.kind];
    if (kind === 'initiative') counts.initiatives++;
    else if (kind === 'text') counts.texts++;
    else counts.events++;
  }
  return counts;
}

/**
 * A count as French writes it, "1 234 567" (narrow no-break spaces), as toLocaleString('fr-FR')
 * writes a whole number. Done by hand: the page's first toLocaleString creates a NumberFormat,
 * 10 to 30 ms, and the catalogue prints its count in its first frame. Other numbers go to Intl.
 */
export function formatCount(n: number): string {
  if (!Number.isSafeInteger(n)) return n.toLocaleString('fr-FR');
  const digits = String(Math.abs(n)).replace(/\B(?=(\d{3})+$)/g, '\u202f');
  return n < 0 ? `-${digits}` : digits;
}

/** "Aucune fiche", "1 fiche", "1 234 fiches". */
export function countPhrase(n: number, kind: CountKind | 'fiche'): string {
  const [one, many] = COUNT_NOUNS[kind];
  if (n === 0) return kind === 'fiche' || kind === 'initiative' ? `Aucune ${one}` : `Aucun ${one}`;
  return plural(n, one, many).replace(/^\d+/, formatCount(n));
}

/**
 * "109 fiches : 51 initiatives, 17 textes, 41 événements", leaving out the kinds that are absent
 * (a filtered list of initiatives says "12 fiches : 12 initiatives").
 */
export function countsSummary(counts: Counts): string {
  const head = countPhrase(counts.fiches, 'fiche');
  const parts = (
    [
      ['initiative', counts.initiatives],
      ['text', counts.texts],
      ['event', counts.events],
    ] as const
  )
    .filter(([, n]) => n > 0)
    .map(([kind, n]) => countPhrase(n, kind).toLowerCase());
  return parts.length ? `${head} : ${parts.join(', ')}` : head;
}

/**
 * First and last year the items carry, null when none is dated. The overview's « Période » and
 * the chronology's axis both end at the last year.
 */
export function yearSpan(items: readonly Pick<CatalogueItem, 'year'>[]): [number, number] | null {
  let first = Infinity;
  let last = -Infinity;
  for (const { year } of items) {
    if (year === null) continue;
    if (year < first) first = year;
    if (year > last) last = year;
  }
  return Number.isFinite(first) ? [first, last] : null;
}
