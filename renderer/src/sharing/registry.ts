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
import { DocumentRow, headOf } from '../db/document-rows';
import { FicheRow } from '../db/fiche-rows';
import { CorrectionRow } from '../db/correction-rows';

export interface ReplicatedTable {
  schema: z.ZodType;
  /** Larger documents from the server are refused (a hostile or broken server cannot fill the disk). */
  maxBytes?: number;
  /** Fields two versions may differ in and still be the same record (no « 2 versions » for them). */
  incidental?: readonly string[];
  /** A file kept in another Dexie table that travels as the record's attachment when `wanted`. */
  attachment?: FileAttachment;
  /** A local table derived row by row from this one, written and deleted with it (never shared). */
  derived?: DerivedTable;
}

export interface DerivedTable {
  /** The Dexie table, keyed like the record. */
  table: string;
  of: (row: never) => unknown;
}

export interface FileAttachment {
  /** The Dexie table of `{ id, blob, type }` rows keyed like the record. */
  fileTable: string;
  wanted: (row: Record<string, unknown>) => boolean;
  /** The sha256 (hex) the bytes must have: a file whose bytes differ is refused. */
  sha256: (row: Record<string, unknown>) => string;
  maxBytes: number;
}

/** Original files shared with their document: the user's choice, its hash as the document's id. */
export const DOCUMENT_FILE: FileAttachment = {
  fileTable: 'documentFiles',
  wanted: (row) => row.shareFile === true,
  sha256: (row) => String(row.id),
  maxBytes: 50_000_000,
};

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
  documents: {
    schema: DocumentRow,
    maxBytes: 30_000_000,
    attachment: DOCUMENT_FILE,
    // What « Mes documents » and the catalogue read of a received document (Dexie v8).
    derived: { table: 'documentHeads', of: headOf },
  },
  fiches: { schema: FicheRow },
  corrections: { schema: CorrectionRow },
} as const satisfies Record<string, ReplicatedTable>;

export type ReplicatedTableName = keyof typeof REPLICATED_TABLES;
