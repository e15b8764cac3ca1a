// Folding and tokenising for search. Everything the engine compares goes through here, so
// queries and documents agree on accents, case, ligatures, apostrophes and elisions, and
// every folded token still knows where it sits in the original text (for highlighting).

import { fold, foldChar } from '../text/fold';

export { fold };

export interface FoldedText {
  folded: string;
  /**
   * For each UTF-16 unit of `folded`, the offset of the original character it came from;
   * null when folding kept every offset (the usual case: only ligatures change lengths).
   */
  map: Int32Array | null;
  /** For each UTF-16 unit of `folded`, the end offset of its original character (null as above). */
  ends: Int32Array | null;
  /** Original length, to close the last range. */
  length: number;
}

export function foldWithMap(text: string): FoldedText {
  const folded = fold(text);
  if (folded.length === text.length) {
    // Same length does not prove alignment ("œ" + dropped mark), so check the rare characters.
    let aligned = true;
    for (const m of text.matchAll(/\P{ASCII}/gu)) {
      if (m[0].length !== foldChar(m[0]).length) {
        aligned = false;
        break;
      }
    }
    if (aligned) return { folded, map: null, ends: null, length: text.length };
  }
  const map: number[] = [];
  const ends: number[] = [];
  let offset = 0;
  for (const ch of text) {
    const f = foldChar(ch);
    for (let k = 0; k < f.length; k++) {
      map.push(offset);
      ends.push(offset + ch.length);
    }
    offset += ch.length;
  }
  return { folded, map: Int32Array.from(map), ends: Int32Array.from(ends), length: text.length };
}

/** French elided words: "l'insertion" is searched as "insertion". */
export const ELISIONS = new Set([
  'l',
  'd',
  'j',
  'm',
  'n',
  's',
  't',
  'c',
  'qu',
  'jusqu',
  'lorsqu',
  'puisqu',
  'quoiqu',
]);

/**
 * Words too common to pick anything out. They are dropped from queries (unless the query has
 * nothing else) but stay in the documents, so phrases still match them.
 */
export const STOPWORDS = new Set(
  (
    'a au aux avec ce ces cet cette d dans de des du elle elles en est et il ils je l la le les leur leurs ' +
    'lui m ma mais me mes n ne nos notre nous on ou par pas pour qu que qui s sa se ses son sont sur t ta ' +
    'te tes ton un une vos votre vous y the of and'
  ).split(' '),
);

export interface Token {
  /** Folded form. */
  t: string;
  /** Original offsets, half-open. */
  start: number;
  end: number;
  /** True for the joined form of a compound ("e-nov" → "enov"), added next to its parts. */
  joined?: boolean;
}

// A run of letters/digits, possibly glued by apostrophes or hyphens ("l'insertion", "E-nov").
const GROUP = /[\p{L}\p{N}]+(?:['\-‐‑][\p{L}\p{N}]+)*/gu;
const PART = /[\p{L}\p{N}]+/gu;

/** Tokens of a text with their original offsets: elisions dropped, compounds also joined. */
export function tokenize(text: string): Token[] {
  const { folded, map, ends, length } = foldWithMap(text);
  const startOf = (foldedStart: number): number => (map ? (map[foldedStart] ?? length) : foldedStart);
  const endOf = (foldedEnd: number): number => (ends ? (ends[foldedEnd - 1] ?? length) : foldedEnd);
  const tokens: Token[] = [];
  for (const group of folded.matchAll(GROUP)) {
    const base = group.index;
    const parts: { t: string; s: number; e: number }[] = [];
    for (const part of group[0].matchAll(PART)) {
      parts.push({ t: part[0], s: base + part.index, e: base + part.index + part[0].length });
    }
    // Only the first part can be an elided article/pronoun ("qu'il", "d'insertion").
    const first = parts[0];
    const next = group[0].charAt((first?.e ?? 0) - base);
    if (first && parts.length > 1 && next === "'" && ELISIONS.has(first.t)) parts.shift();
    for (const p of parts) tokens.push({ t: p.t, start: startOf(p.s), end: endOf(p.e) });
    if (parts.length > 1) {
      const s = parts[0]!.s;
      const e = parts[parts.length - 1]!.e;
      tokens.push({ t: parts.map((p) => p.t).join(''), start: startOf(s), end: endOf(e), joined: true });
    }
  }
  return tokens;
}

/** Just the folded words (same as tokenize's), without the offset bookkeeping: for indexing. */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const group of fold(text).matchAll(GROUP)) {
    const g = group[0];
    if (!/['\-‐‑]/.test(g)) {
      out.push(g);
      continue;
    }
    const parts = g.split(/['\-‐‑]/);
    if (parts.length > 1 && g.charAt(parts[0]!.length) === "'" && ELISIONS.has(parts[0]!)) parts.shift();
    out.push(...parts);
    if (parts.length > 1) out.push(parts.join(''));
  }
  return out;
}
