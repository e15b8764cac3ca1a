// Re-attaching highlights to text that may have changed since they were made, with W3C Web
// Annotation selectors: the quote with its context decides, the position only breaks ties.
// The scoring follows Hypothesis's match-quote.ts (same weights, same matcher library).
import search from 'approx-string-match';

export interface TextQuote {
  exact: string;
  prefix: string;
  suffix: string;
}
export interface TextPosition {
  start: number;
  end: number;
}
export interface Anchor {
  start: number;
  end: number;
  /** 1 = the quote, its context and its position all match; lower is fuzzier. */
  score: number;
}

/** Characters of context kept on each side of a quote. */
export const CONTEXT_LENGTH = 32;
/** Below this normalised score a match is not trusted and the highlight is an orphan. */
export const MIN_SCORE = 0.5;

/** Selectors for [start, end) of `text`. */
export function describe(
  text: string,
  start: number,
  end: number,
): { quote: TextQuote; position: TextPosition } {
  const s = Math.max(0, Math.min(start, end, text.length));
  const e = Math.min(text.length, Math.max(start, end));
  return {
    quote: {
      exact: text.slice(s, e),
      prefix: text.slice(Math.max(0, s - CONTEXT_LENGTH), s),
      suffix: text.slice(e, e + CONTEXT_LENGTH),
    },
    position: { start: s, end: e },
  };
}

interface Candidate {
  start: number;
  end: number;
  errors: number;
}

function exactMatches(text: string, pattern: string): Candidate[] {
  const out: Candidate[] = [];
  for (let i = text.indexOf(pattern); i !== -1 && out.length < 1000; i = text.indexOf(pattern, i + 1)) {
    out.push({ start: i, end: i + pattern.length, errors: 0 });
  }
  return out;
}

function candidates(text: string, pattern: string, maxErrors: number): Candidate[] {
  const exact = exactMatches(text, pattern);
  if (exact.length > 0 || maxErrors === 0) return exact;
  return search(text, pattern, maxErrors);
}

/** How well `str` matches `text` (0..1), tolerating edits. */
function similarity(text: string, str: string): number {
  if (str.length === 0 || text.length === 0) return 0;
  const found = candidates(text, str, str.length);
  if (found.length === 0) return 0;
  return 1 - Math.min(...found.map((m) => m.errors)) / str.length;
}

const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 };

function score(
  text: string,
  m: Candidate,
  quote: TextQuote,
  hint: number | undefined,
): { total: number; context: number } {
  const quoteScore = 1 - m.errors / Math.max(1, quote.exact.length);
  const prefixScore = quote.prefix
    ? similarity(text.slice(Math.max(0, m.start - quote.prefix.length), m.start), quote.prefix)
    : 1;
  const suffixScore = quote.suffix
    ? similarity(text.slice(m.end, m.end + quote.suffix.length), quote.suffix)
    : 1;
  const positionScore = hint === undefined ? 1 : 1 - Math.abs(m.start - hint) / Math.max(1, text.length);
  const raw =
    WEIGHTS.quote * quoteScore +
    WEIGHTS.prefix * prefixScore +
    WEIGHTS.suffix * suffixScore +
    WEIGHTS.position * positionScore;
  return {
    total: raw / (WEIGHTS.quote + WEIGHTS.prefix + WEIGHTS.suffix + WEIGHTS.position),
    context: (prefixScore + suffixScore) / 2,
  };
}

/**
 * Finds the passage a highlight quoted in `text`, or null when it cannot be trusted (an orphan).
 */
export function anchor(text: string, quote: TextQuote, position?: TextPosition): Anchor | null {
  const exact = quote.exact;
  if (!exact) return null;
  // Fast path: the text did not move, which is by far the common case.
  if (
    position &&
    text.slice(position.start, position.end) === exact &&
    text.slice(Math.max(0, position.start - quote.prefix.length), position.start) === quote.prefix &&
    text.slice(position.end, position.end + quote.suffix.length) === quote.suffix
  ) {
    return { start: position.start, end: position.end, score: 1 };
  }
  const maxErrors = Math.min(256, Math.floor(exact.length / 4));
  const found = candidates(text, exact, maxErrors);
  if (found.length === 0) return null;
  // A unique exact quote needs no context scoring.
  if (found.length === 1 && found[0]!.errors === 0 && exact.length >= 8) {
    const only = found[0]!;
    return { start: only.start, end: only.end, score: score(text, only, quote, position?.start).total };
  }
  let best: (Anchor & { context: number }) | null = null;
  for (const m of found) {
    const s = score(text, m, quote, position?.start);
    if (!best || s.total > best.score)
      best = { start: m.start, end: m.end, score: s.total, context: s.context };
  }
  if (!best || best.score < MIN_SCORE) return null;
  // A short quote ("42 %") found elsewhere means nothing unless its surroundings agree.
  if (exact.length < 8 && best.context < 0.5) return null;
  return { start: best.start, end: best.end, score: best.score };
}
