// Shared helpers of the import tests: fixture bytes, the bundled catalogue to compare with.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildCatalogue } from '../../../../electron/pipeline';
import { readDocuments } from '../../../../electron/cli/documents';
import { importDocument, type ImportedDocument } from '../../../../electron/pipeline/generic';

export const FIXTURES = resolve(__dirname, '../../../fixtures/documents');

export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(resolve(FIXTURES, name)));
}

/** Imports a fixture and fails the test with the French message when it cannot be read. */
export async function imported(name: string): Promise<ImportedDocument> {
  const result = await importDocument(fixture(name), name);
  if (!result.ok) throw new Error(`${name}: ${result.error.code} ${result.error.message}`);
  return result.value;
}

let bundled: ReturnType<typeof buildCatalogue>['catalogue'] | null = null;
export function bundledCatalogue(): ReturnType<typeof buildCatalogue>['catalogue'] {
  return (bundled ??= buildCatalogue(readDocuments()).catalogue);
}

/** Typographic and straight apostrophes compare equal (converters change one into the other). */
export const same = (s: string | null): string => (s ?? '').replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();
