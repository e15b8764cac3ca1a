// Placeholder until the real parser lands (being written now): recognises nothing.
import type { DocumentParser } from './types';
export const vitaParser: DocumentParser = {
  id: 'vita',
  recognise: () => 0,
  parse: () => {
    throw new Error('not implemented');
  },
};
