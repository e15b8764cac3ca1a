// Query syntax: plain words (fuzzy, prefix), "an exact phrase", -excluded or -"excluded phrase".
import { fold, STOPWORDS, words } from './fold';

export interface ParsedQuery {
  /** Folded words every result should contain (fuzzily), stop words removed. */
  terms: string[];
  /** True when the last term is still being typed (no trailing space): match it as a prefix. */
  lastIsPrefix: boolean;
  /** Folded word sequences that must appear as such. */
  phrases: string[][];
  /** Folded words (or sequences) whose presence removes a result. */
  excluded: string[][];
  /**
   * Terms the user wrote as a short all-capital acronym ("ESS", "PLIE", "SIAE"): an acronym names
   * one thing, so it is matched as a whole word, never as the start of "Essonne" or a typo of "lie".
   */
  acronyms: string[];
}

/** "ESS", "IAE", "PLIE", "SIAE", "GPEC": two to five capitals, nothing else. */
const ACRONYM = /^\p{Lu}{2,5}$/u;

/**
 * The folded words of one query token. A hyphenated name keeps its joined form ("e-nov" → "enov")
 * and its parts of two letters or more: a one-letter part ("e") would stand for half the vocabulary.
 */
function tokenWords(token: string): string[] {
  const ws = words(token);
  if (!/[\p{L}\p{N}][-‐‑][\p{L}\p{N}]/u.test(token)) return ws;
  return ws.filter((w) => w.length > 1);
}

/** Longer input is pasted text, not a query: the rest is ignored. */
export const MAX_QUERY_LENGTH = 500;

export function parseQuery(raw: string): ParsedQuery {
  const phrases: string[][] = [];
  const excluded: string[][] = [];
  const loose: string[] = [];
  const acronyms = new Set<string>();
  // Typographic quotes are common when a query is pasted from a document.
  const text = raw.slice(0, MAX_QUERY_LENGTH).replace(/[«»“”„]/g, '"');
  const re = /(-?)"([^"]*)("?)|(\S+)/g;
  let lastIsPrefix = /\S$/.test(text) && !/"$/.test(text);
  for (const m of text.matchAll(re)) {
    if (m[2] !== undefined) {
      const ws = words(m[2]);
      if (!ws.length) continue;
      if (m[1] === '-') excluded.push(ws);
      else if (m[3] === '"') phrases.push(ws);
      // A quote still open is a phrase being typed: its words are searched loosely until it closes.
      else loose.push(...ws);
      continue;
    }
    const token = m[4] ?? '';
    if (token.length > 1 && token.startsWith('-')) {
      const ws = words(token.slice(1));
      if (ws.length) excluded.push(ws);
      continue;
    }
    const bare = token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (ACRONYM.test(bare)) acronyms.add(fold(bare));
    loose.push(...tokenWords(token));
  }
  if (lastIsPrefix && !/[\p{L}\p{N}]$/u.test(text)) lastIsPrefix = false;
  const meaningful = loose.filter((w) => !STOPWORDS.has(w));
  const lastLoose = loose[loose.length - 1];
  const endsWithLoose =
    lastLoose !== undefined && lastIsPrefix && !/-\S*$/.test(text.split(/\s+/).pop() ?? '');
  let terms = meaningful.length ? meaningful : phrases.length ? [] : loose;
  // Keep a stop word the user is still typing ("la" on the way to "laboratoire").
  if (endsWithLoose && meaningful.length && STOPWORDS.has(lastLoose) && lastLoose.length >= 2) {
    terms = [...meaningful, lastLoose];
  }
  const dedup = [...new Set(terms)];
  const lastTerm = dedup[dedup.length - 1];
  return {
    terms: dedup,
    lastIsPrefix: endsWithLoose && lastTerm === lastLoose,
    phrases,
    excluded,
    acronyms: dedup.filter((t) => acronyms.has(t)),
  };
}
