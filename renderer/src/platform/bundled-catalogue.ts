// Reads the bundled catalogue as the browser build fetches it. The build validated it with zod
// and baked the SHA-256 of the exact bytes it wrote into the script: bytes that still match are
// the validated catalogue, and start-up skips zod (its schemas and a full walk of 800 kB). Bytes
// that differ (the file was edited or damaged) or an unknown hash (tests, the desktop window's
// fallback) go through the schema as before, loaded then.
import type { Catalogue } from '../../../electron/shared/schema';
import { fail, ok, type Result } from '../../../electron/shared/result';

const INVALID = 'Le catalogue ne respecte pas le format attendu ; il a peut-être été modifié ou endommagé.';

async function sha256Hex(bytes: ArrayBuffer): Promise<string | null> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return null;
  const digest = new Uint8Array(await subtle.digest('SHA-256', bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The catalogue in `bytes`, trusted when their SHA-256 is `expected`, otherwise validated. */
export async function readBundledCatalogue(
  bytes: ArrayBuffer,
  expected: string | undefined,
): Promise<Result<Catalogue>> {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(bytes));
  } catch (error) {
    return fail('catalogue-invalid', INVALID, String(error));
  }
  if (expected && (await sha256Hex(bytes)) === expected) return ok(json as Catalogue);
  const { Catalogue } = await import('../../../electron/shared/schema');
  const parsed = Catalogue.safeParse(json);
  if (!parsed.success) return fail('catalogue-invalid', INVALID, parsed.error.issues[0]?.message);
  return ok(parsed.data);
}
