// Loads the bundled catalogue once; every failure becomes a French message. The build validated
// the file with zod and baked the SHA-256 of its bytes into main (electron.vite.config.ts): bytes
// that still match are that catalogue, and start-up skips the schema's walk of the whole file.
// Other bytes (edited, damaged, or no hash baked: tests, development) go through the schema.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Catalogue } from '../shared/schema';
import { fail, ok, type Result } from '../shared/result';
import { decodeUtf8 } from '../shared/text-decoding';
import { readText } from './read-text';

export async function loadCatalogueFile(dir: string, expectedSha256?: string): Promise<Result<Catalogue>> {
  let bytes: Buffer;
  try {
    bytes = await readFile(join(dir, 'catalogue.json'));
  } catch (error) {
    return fail(
      'catalogue-missing',
      'Le catalogue est introuvable. Reconstruisez-le avec « npm run build » ou réinstallez Repères.',
      String(error),
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(decodeUtf8(bytes));
  } catch (error) {
    return fail('catalogue-corrupt', 'Le fichier du catalogue est illisible (JSON invalide).', String(error));
  }
  if (expectedSha256 && createHash('sha256').update(bytes).digest('hex') === expectedSha256) {
    return ok(json as Catalogue);
  }
  const parsed = Catalogue.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return fail(
      'catalogue-invalid',
      'Le catalogue ne respecte pas le format attendu ; il a peut-être été modifié ou endommagé.',
      first ? `${first.path.join('.')}: ${first.message}` : undefined,
    );
  }
  return ok(parsed.data);
}

export async function loadSearchIndexFile(dir: string): Promise<Result<unknown>> {
  try {
    return ok(JSON.parse(await readText(join(dir, 'search-index.json'))) as unknown);
  } catch (error) {
    return fail('search-index-missing', 'L’index de recherche est introuvable ou illisible.', String(error));
  }
}

/** Only the bundled seed documents can be read, by bare file name: no path traversal. */
export function isDocumentName(name: unknown): name is string {
  return typeof name === 'string' && /^[0-9]{3}_[0-9a-f]{16}\.txt$/.test(name);
}

export async function loadDocumentFile(dir: string, name: unknown): Promise<Result<string>> {
  if (!isDocumentName(name)) return fail('document-refused', 'Document inconnu.');
  try {
    return ok(await readText(join(dir, 'documents', name)));
  } catch (error) {
    return fail('document-missing', 'Le document d’origine est introuvable.', String(error));
  }
}
