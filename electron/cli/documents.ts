// The only parsing-side module that touches the file system.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Warning } from '../shared/schema';
import type { SourceDocument } from '../pipeline/types';
import { decodeText } from '../pipeline/formats/charset';

const DOCUMENTS_DIR = resolve(__dirname, '../../resources/documents');

export interface SeedDocument extends SourceDocument {
  /** What reading the file itself raised (an encoding other than UTF-8), before any parser ran. */
  warnings: Warning[];
}

export function readDocuments(dir: string = DOCUMENTS_DIR): SeedDocument[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => {
      const decoded = decodeText(readFileSync(join(dir, file)));
      return {
        file,
        text: decoded.text,
        warnings: decoded.warnings.map((message) => ({ file, line: null, code: 'charset', message })),
      };
    });
}
