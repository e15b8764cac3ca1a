// Placeholder until the real parser lands (being written now): recognises nothing.
import type { DocumentParser } from './types';
export const cimeHistoryParser: DocumentParser = {
  id: 'cime-history',
  recognise: () => 0,
  parse: () => {
    throw new Error('not implemented');
  },
};
export const cimeClosureParser: DocumentParser = {
  id: 'cime-closure',
  recognise: () => 0,
  parse: () => {
    throw new Error('not implemented');
  },
};
