// Reads the bundled catalogue's two parts as the browser build fetches them (its list, then its
// bodies: electron/shared/window-catalogue.ts). The build validated each with zod and baked the
// SHA-256 of the exact bytes it wrote into the script: bytes that still match are the validated
// part, and start-up skips zod (its schemas and a full walk of the file). Bytes that differ (the
// file was edited or damaged) or an unknown hash (tests, the desktop window's fallback) go
// through the schema as before, loaded then.
import type { Catalogue, CatalogueBodies } from '../../../electron/shared/schema';
import { fail, ok, type Result } from '../../../electron/shared/result';

const INVALID = 'Le catalogue ne respecte pas le format attendu ; il a peut-être été modifié ou endommagé.';

async function sha256Hex(bytes: ArrayBuffer): Promise<string | null> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return null;
  const digest = new Uint8Array(await subtle.digest('SHA-256', bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

type Check<T> = (
  json: unknown,
) => { success: true; data: T } | { success: false; error: { issues: { message: string }[] } };

async function readBundled<T>(
  bytes: ArrayBuffer,
  expected: string | undefined,
  schema: () => Promise<Check<T>>,
): Promise<Result<T>> {
  // The hash is computed off the main thread while it parses: the list is read between the
  // script's evaluation and the first render, on the way to the catalogue (issue 16).
  const digest = expected ? sha256Hex(bytes).catch(() => null) : null;
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(bytes));
  } catch (error) {
    return fail('catalogue-invalid', INVALID, String(error));
  }
  if (expected && (await digest) === expected) return ok(json as T);
  const parsed = (await schema())(json);
  if (!parsed.success) return fail('catalogue-invalid', INVALID, parsed.error.issues[0]?.message);
  return ok(parsed.data);
}

/** The catalogue's list in `bytes`, trusted when their SHA-256 is `expected`, otherwise validated. */
export function readBundledCatalogue(
  bytes: ArrayBuffer,
  expected: string | undefined,
): Promise<Result<Catalogue>> {
  return readBundled(bytes, expected, () =>
    import('../../../electron/shared/schema').then((m) => (json: unknown) => m.Catalogue.safeParse(json)),
  );
}

/** The catalogue's bodies in `bytes`, trusted when their SHA-256 is `expected`, otherwise validated. */
export function readBundledBodies(
  bytes: ArrayBuffer,
  expected: string | undefined,
): Promise<Result<CatalogueBodies>> {
  return readBundled(bytes, expected, () =>
    import('../../../electron/shared/schema').then(
      (m) => (json: unknown) => m.CatalogueBodies.safeParse(json),
    ),
  );
}
