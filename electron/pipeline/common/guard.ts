// The one safety net every parser shares: recognition never throws, and a parse that fails
// anyway yields the parser's own empty output with a French warning instead of an exception.
import type { Glance } from './glance';
import type { DocumentParser, ParseOutput, SourceDocument } from '../types';

/** The one warning code for a parser that threw, wherever the exception was caught. */
export const PARSER_CRASHED = 'parser-crashed';

export function guardedParser(
  id: string,
  recognise: (input: string | Glance) => number,
  parse: (doc: SourceDocument) => ParseOutput,
  fallback: (doc: SourceDocument) => ParseOutput,
): DocumentParser {
  return {
    id,
    recognise(input: string | Glance): number {
      try {
        return recognise(input);
      } catch {
        return 0;
      }
    },
    parse(doc: SourceDocument): ParseOutput {
      try {
        return parse(doc);
      } catch (error) {
        const out = fallback(doc);
        out.warnings.push({
          file: doc.file,
          line: null,
          code: PARSER_CRASHED,
          message: `Analyse interrompue : ${String(error)}.`,
        });
        return out;
      }
    },
  };
}
