// Placeholder until the real parser lands (being written now): recognises nothing.
import type { DocumentParser } from './types';
export const franceUrbaineParser: DocumentParser = {
  id: 'france-urbaine',
  recognise: () => 0,
  parse: () => {
    throw new Error('not implemented');
  },
};
