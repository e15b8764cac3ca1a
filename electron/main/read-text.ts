// Every text file main reads (the user's files, backups, the bundled catalogue and documents)
// is decoded the way the browser build decodes the same file: see shared/text-decoding.ts.
import { readFile } from 'node:fs/promises';
import { decodeUtf8 } from '../shared/text-decoding';

export async function readText(path: string): Promise<string> {
  return decodeUtf8(await readFile(path));
}
