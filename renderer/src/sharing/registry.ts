// What replicates, written once: a Dexie table name and the zod schema every row coming from the
// shared database must satisfy. The bridge is generic over this list, so sharing a new table is
// one line here. Favourites, the comparison tray, settings, drafts and the original files stay
// personal (the files travel as attachments only where the user asks, see attachments below).
import type { z } from 'zod';
import {
  CollectionItemRow,
  CollectionRow,
  ColorRow,
  ComparisonRow,
  EntryTagRow,
  HighlightRow,
  NoteRow,
} from '../db/rows';
import { DocumentRow } from '../db/document-rows';
import { FicheRow } from '../db/fiche-rows';
import { CorrectionRow } from '../db/correction-rows';

export interface ReplicatedTable {
  schema: z.ZodType;
  /** Larger documents from the server are refused (a hostile or broken server cannot fill the disk). */
  maxBytes?: number;
  /** Fields two versions may differ in and still be the same record (no « 2 versions » for them). */
  incidental?: readonly string[];
}

/** Default cap of one replicated record, JSON-encoded. */
export const DEFAULT_MAX_BYTES = 1_000_000;

export const REPLICATED_TABLES = {
  notes: { schema: NoteRow },
  highlights: { schema: HighlightRow },
  colors: { schema: ColorRow },
  entryTags: { schema: EntryTagRow, incidental: ['createdAt'] },
  collections: { schema: CollectionRow },
  collectionItems: { schema: CollectionItemRow, incidental: ['addedAt'] },
  comparisons: { schema: ComparisonRow },
  documents: { schema: DocumentRow, maxBytes: 30_000_000 },
  fiches: { schema: FicheRow },
  corrections: { schema: CorrectionRow },
} as const satisfies Record<string, ReplicatedTable>;

export type ReplicatedTableName = keyof typeof REPLICATED_TABLES;
