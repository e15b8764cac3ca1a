// A document of the test fixtures as the app stores it once imported, unreviewed: the pipeline's
// reading, its entries namespaced by the document's hash, and the file's bytes. One builder for
// every test that needs a stored document (gateway, heads, backups, search worker, sharing).
import { readFileSync } from 'node:fs';
import { importDocument } from '../../../electron/pipeline/generic';
import { namespaced } from '../../../renderer/src/core/imported-documents';
import type { DocumentRow } from '../../../renderer/src/db/document-rows';

export async function importedDocument(
  path: string,
  options: { addedAt?: number; bytes?: Uint8Array<ArrayBuffer>; name?: string } = {},
): Promise<{ row: DocumentRow; bytes: Uint8Array<ArrayBuffer> }> {
  const bytes = options.bytes ?? new Uint8Array(readFileSync(path));
  const result = await importDocument(bytes, options.name ?? path.replace(/^.*\//, ''));
  if (!result.ok) throw new Error(result.error.message);
  const doc = result.value;
  const { source, entries } = namespaced(doc.sha256, doc.source, doc.entries, doc.source.title);
  const addedAt = options.addedAt ?? 1000;
  return {
    row: {
      id: doc.sha256,
      fileName: doc.file,
      title: source.title,
      format: doc.format,
      pages: doc.pages,
      size: bytes.length,
      text: doc.text,
      pageMarks: doc.pageMarks,
      extractor: doc.extractor,
      parser: doc.parser,
      source,
      entries,
      warnings: doc.warnings,
      addedAt,
      updatedAt: addedAt,
    },
    bytes,
  };
}
