export { anchor, describe, CONTEXT_LENGTH, MIN_SCORE } from './anchoring';
export type { Anchor, TextPosition, TextQuote } from './anchoring';
