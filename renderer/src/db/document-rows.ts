// Zod schemas of the user's imported documents as stored in IndexedDB. Rows are validated when
// read back (a row written by a future or damaged version is refused, not half-shown).
import { z } from 'zod';
import { Entry, Source, Warning } from '../../../electron/shared/schema';

const when = z.number().int().nonnegative();

/** A document's name as a source label in the facets: short enough for the facet column. */
export function shortLabel(title: string): string {
  return title.length > 40 ? `${title.slice(0, 39)}…` : title;
}

export const PageMarkRow = z.object({ page: z.number().int().positive(), line: z.number().int().positive() });

export const DocumentFormat = z.enum(['pdf', 'docx', 'odt', 'html', 'markdown', 'text']);

export const DocumentRow = z.object({
  /** The sha256 of the file's bytes: one row per distinct file. */
  id: z.string().regex(/^[0-9a-f]{64}$/),
  /** The name the file had when it was added. */
  fileName: z.string().min(1).max(500),
  /** Shown in « Mes documents » and as the catalogue source; the user may rename it. */
  title: z.string().min(1).max(500),
  format: DocumentFormat,
  pages: z.number().int().nonnegative().nullable(),
  size: z.number().int().nonnegative(),
  /** The extracted text the entries' line ranges point into, and where each page starts. */
  text: z.string(),
  pageMarks: z.array(PageMarkRow),
  extractor: z.number().int().positive(),
  /** Which reader structured it: a bundled parser's id or 'generic'. */
  parser: z.string(),
  source: Source,
  entries: z.array(Entry).min(1),
  warnings: z.array(Warning),
  addedAt: when,
  updatedAt: when,
  /** « Partager le fichier d'origine »: the file travels with the record when sharing is on. */
  shareFile: z.boolean().optional(),
});
export type DocumentRow = z.infer<typeof DocumentRow>;

export const DocumentFileRow = z.object({
  id: z.string().regex(/^[0-9a-f]{64}$/),
  blob: z.instanceof(Blob),
  type: z.string().max(200),
});
export type DocumentFileRow = z.infer<typeof DocumentFileRow>;

/**
 * What « Mes documents » and the catalogue need of a document, kept in the `documentHeads` table
 * beside each row (Dexie v8): everything but the extracted text and its page marks, the reader's
 * warnings and the entries' raw copies of their text. With 200 documents, reading the whole rows
 * at every start meant 120 MB through IndexedDB; the heads are about a third of that. Kept in
 * step by every writer of `documents` (db/documents.ts, the sharing bridge, the v8 upgrade).
 */
export const DocumentHead = DocumentRow.omit({ text: true, pageMarks: true, warnings: true });
export type DocumentHead = z.infer<typeof DocumentHead>;

/** A stored document's head: its entries without their raw text (the window never shows it). */
export function headOf(row: DocumentRow): DocumentHead {
  // Spelled out, not spread: a field added to DocumentRow must be chosen here on purpose.
  return {
    id: row.id,
    fileName: row.fileName,
    title: row.title,
    format: row.format,
    pages: row.pages,
    size: row.size,
    extractor: row.extractor,
    parser: row.parser,
    source: row.source,
    entries: row.entries.map((e) => ({ ...e, raw: '' })),
    addedAt: row.addedAt,
    updatedAt: row.updatedAt,
    ...(row.shareFile !== undefined && { shareFile: row.shareFile }),
  };
}
