// « Ouvrir le fichier d'origine » on the desktop: the renderer sends the original's bytes (it keeps
// them in IndexedDB); main checks them against their sha256, copies them once into the user's data
// folder under that name, and the caller opens the copy with the system's application. Pure file
// logic here, tested under Node; index.ts only adds shell.openPath.
import { createHash } from 'node:crypto';
import { mkdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { MAX_ORIGINAL_BYTES, ORIGINAL_FORMATS, storedOriginalName } from '../shared/originals';
import { fail, ok, type Result } from '../shared/result';
import { diskErrorMessage } from './disk-errors';

export const OpenOriginalRequestSchema = z.object({
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  format: z.enum(ORIGINAL_FORMATS),
  fileName: z.string().max(500).optional(),
  bytes: z
    .instanceof(Uint8Array)
    .refine((b) => b.byteLength > 0 && b.byteLength <= MAX_ORIGINAL_BYTES, 'taille refusée'),
});

/** Writes the original into `dir` (once) and returns its path. */
export async function storeOriginal(dir: string, request: unknown): Promise<Result<string>> {
  const parsed = OpenOriginalRequestSchema.safeParse(request);
  if (!parsed.success) return fail('bad-request', 'Demande d’ouverture du fichier d’origine invalide.');
  const { sha256, format, bytes } = parsed.data;
  const actual = createHash('sha256').update(bytes).digest('hex');
  if (actual !== sha256)
    return fail(
      'checksum',
      'Le fichier d’origine conservé ne correspond plus au document (empreinte différente) : il n’a pas été ouvert.',
    );
  const path = join(dir, storedOriginalName(sha256, format));
  try {
    await mkdir(dir, { recursive: true });
    const existing = await stat(path).catch(() => null);
    // Named by content: a file already there with the right size is the same file.
    if (existing?.size !== bytes.byteLength) await writeFile(path, bytes);
    return ok(path);
  } catch (error) {
    return fail('original-write-failed', diskErrorMessage(error), String(error));
  }
}
