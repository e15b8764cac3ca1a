import type { Glance } from './common/glance';
import type { CatalogueEvent, Entry, Organisation, Publication, Source, Warning } from '../shared/schema';

export interface SourceDocument {
  /** Seed file name, e.g. "002_9dfa6f2beeb70477.txt". */
  file: string;
  text: string;
}

export interface ParseOutput {
  source: Source;
  entries: Entry[];
  events: CatalogueEvent[];
  organisations: Organisation[];
  publications: Publication[];
  /** What the parser recognised, in French, one line (for `npm run corpus`). */
  recognised: string;
  counts: Record<string, number>;
  warnings: Warning[];
}

/**
 * One parser per kind of document. `recognise` looks at content only (never the file
 * name) and returns a confidence in [0, 1]; the highest above 0.5 wins. `parse` never
 * throws: whatever it cannot read becomes a warning with a line number.
 */
export interface DocumentParser {
  id: string;
  recognise(input: string | Glance): number;
  parse(doc: SourceDocument): ParseOutput;
}
