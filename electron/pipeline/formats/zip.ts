// Guarded unzip for DOCX and ODT: every entry's declared size is checked against caps before
// anything is inflated, so a zip bomb is refused without spending memory on it, and a damaged
// archive is refused with a French message instead of a stack trace.
import { unzipSync, type Unzipped } from 'fflate';
import { ExtractError } from './model';

/** Largest uncompressed size accepted for one entry and for the whole archive. */
export const MAX_ENTRY_BYTES = 64 * 1024 * 1024;
export const MAX_TOTAL_BYTES = 256 * 1024 * 1024;
/** Compression ratio beyond which an entry is a bomb, not a document (text compresses ~10×). */
export const MAX_RATIO = 200;
const MAX_ENTRIES = 5000;

/**
 * Unzips the entries `wanted` accepts. Sizes are checked for every entry, wanted or not; the
 * declared sizes are verified again after inflating (a lying header cannot slip through).
 */
export function guardedUnzip(bytes: Uint8Array, wanted: (name: string) => boolean, label: string): Unzipped {
  let total = 0;
  let count = 0;
  let bomb: string | null = null;
  let files: Unzipped;
  try {
    files = unzipSync(bytes, {
      filter(file) {
        count++;
        total += file.originalSize;
        const ratio = file.size > 0 ? file.originalSize / file.size : file.originalSize > 0 ? Infinity : 0;
        if (
          file.originalSize > MAX_ENTRY_BYTES ||
          total > MAX_TOTAL_BYTES ||
          count > MAX_ENTRIES ||
          (ratio > MAX_RATIO && file.originalSize > 1024 * 1024)
        )
          bomb ??= file.name;
        return bomb === null && wanted(file.name);
      },
    });
  } catch (error) {
    if (error instanceof ExtractError) throw error;
    throw new ExtractError(
      'zip-corrupt',
      `Ce fichier ${label} est endommagé (son archive interne est illisible) : il n’a pas pu être lu.`,
    );
  }
  if (bomb !== null)
    throw new ExtractError(
      'zip-bomb',
      `Ce fichier ${label} est refusé : une fois décompressé, il occuperait une taille anormale (archive piégée ou « bombe de décompression »). Rien n’a été lu.`,
    );
  for (const [name, data] of Object.entries(files))
    if (data.length > MAX_ENTRY_BYTES)
      throw new ExtractError(
        'zip-bomb',
        `Ce fichier ${label} est refusé : l’élément « ${name} » est trop volumineux.`,
      );
  return files;
}
