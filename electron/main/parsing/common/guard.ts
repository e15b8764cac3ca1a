// The one safety net every parser shares: recognition never throws, and a parse that fails
// anyway yields the parser's own empty output with a French warning instead of an exception.
import type { DocumentParser, ParseOutput, SourceDocument } from '../types';

export function guardedParser(
  id: string,
  recognise: (text: string) => number,
  parse: (doc: SourceDocument) => ParseOutput,
  fallback: (doc: SourceDocument) => ParseOutput,
): DocumentParser {
  return {
    id,
    recognise(text: string): number {
      try {
        return recognise(text);
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
          code: 'parser-error',
          message: `Analyse interrompue : ${String(error)}.`,
        });
        return out;
      }
    },
  };
}
