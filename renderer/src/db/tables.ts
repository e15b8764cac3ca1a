// The list of annotation tables, written once: export, import, wipe, backup and the gateways
// all derive from it. Zod only (no Dexie), so pure code in core/ may import it too.
import type { z } from 'zod';
import {
  CollectionItemRow,
  CollectionRow,
  ColorRow,
  EntryTagRow,
  FavouriteRow,
  HighlightRow,
  NoteRow,
} from './rows';
import { FicheRow } from './fiche-rows';
import { CorrectionRow } from './correction-rows';

/** Every table holding what the user wrote, with the schema its rows must satisfy. */
export const ANNOTATION_SCHEMAS = {
  notes: NoteRow,
  highlights: HighlightRow,
  colors: ColorRow,
  entryTags: EntryTagRow,
  favourites: FavouriteRow,
  collections: CollectionRow,
  collectionItems: CollectionItemRow,
  /** The user's own fiches (issue 17): exported, backed up, restored and wiped with the rest. */
  fiches: FicheRow,
  corrections: CorrectionRow,
} as const;

export type AnnotationTable = keyof typeof ANNOTATION_SCHEMAS;

export const ANNOTATION_TABLES = Object.keys(ANNOTATION_SCHEMAS) as AnnotationTable[];

/** Everything the user wrote, table by table: what export, import, backup and wipe deal with. */
export type AnnotationData = { [T in AnnotationTable]: z.infer<(typeof ANNOTATION_SCHEMAS)[T]>[] };

export const emptyData = (): AnnotationData =>
  Object.fromEntries(ANNOTATION_TABLES.map((t) => [t, []])) as unknown as AnnotationData;
