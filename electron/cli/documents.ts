// The only parsing-side module that touches the file system.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { SourceDocument } from '../pipeline/types';

const DOCUMENTS_DIR = resolve(__dirname, '../../resources/documents');

export function readDocuments(dir: string = DOCUMENTS_DIR): SourceDocument[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => ({ file, text: readFileSync(join(dir, file), 'utf8') }));
}
