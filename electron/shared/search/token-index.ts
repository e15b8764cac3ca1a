// Folded-token inverted index: picks the candidate records for a query word in microseconds,
// with prefix matching (the word being typed, plural endings) and one-typo matching through a
// deletion map (SymSpell's idea: two words one edit apart share a one-deletion variant).
import { words } from './fold';
import type { SearchRecord } from './records';

export interface Expansion {
  token: number;
  /** Match quality in (0, 1]: 1 exact, lower for a prefix or a typo. */
  q: number;
}

export interface TokenIndexJson {
  vocab: string[];
  postings: number[][];
}

export const QUALITY = {
  exact: 1,
  /** A complete word matching a longer one ("maraicher" → "maraichers"): per extra letter. */
  stemStep: 0.06,
  stemBase: 0.92,
  stemMaxExtra: 3,
  /** The word being typed: any completion, decreasing with the missing length. */
  prefixBase: 0.9,
  prefixStep: 0.025,
  prefixFloor: 0.55,
  prefixMaxTokens: 40,
  typo: 0.72,
  typoMinLength: 4,
  /** No French word is longer; past this a "word" is pasted junk and costs O(n²) to vary. */
  typoMaxLength: 32,
} as const;

function lowerBound(sorted: readonly string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Optimal-string-alignment distance, stopping early above 1. */
function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // substitution
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // transposition
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

function deletions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

export class TokenIndex {
  readonly vocab: string[];
  readonly postings: number[][];
  private readonly ids = new Map<string, number>();
  private deletes: Map<string, number[]> | null = null;

  constructor(json: TokenIndexJson) {
    this.vocab = json.vocab;
    this.postings = json.postings;
    this.vocab.forEach((t, i) => this.ids.set(t, i));
  }

  /** Records are numbered from `offset` (user records follow the catalogue's). */
  static build(records: readonly SearchRecord[], offset = 0): TokenIndex {
    const map = new Map<string, number[]>();
    records.forEach((record, i) => {
      const id = i + offset;
      for (const t of words(record.text)) {
        let list = map.get(t);
        if (!list) map.set(t, (list = []));
        if (list[list.length - 1] !== id) list.push(id);
      }
    });
    const vocab = [...map.keys()].sort();
    return new TokenIndex({ vocab, postings: vocab.map((t) => map.get(t)!) });
  }

  toJSON(): TokenIndexJson {
    return { vocab: this.vocab, postings: this.postings };
  }

  id(token: string): number | undefined {
    return this.ids.get(token);
  }

  /** Builds the typo map now rather than on the first keystroke. */
  prepareTypos(): void {
    this.deleteMap();
  }

  private deleteMap(): Map<string, number[]> {
    if (this.deletes) return this.deletes;
    const map = new Map<string, number[]>();
    const add = (key: string, id: number) => {
      const list = map.get(key);
      if (list) list.push(id);
      else map.set(key, [id]);
    };
    this.vocab.forEach((t, id) => {
      if (t.length < QUALITY.typoMinLength - 1) return;
      add(t, id);
      for (const d of new Set(deletions(t))) add(d, id);
    });
    this.deletes = map;
    return map;
  }

  /** Vocabulary words a query word may stand for, with their quality. */
  expand(term: string, mode: 'typing' | 'word' | 'exact'): Expansion[] {
    const out = new Map<number, number>();
    const put = (id: number, q: number) => {
      if ((out.get(id) ?? 0) < q) out.set(id, q);
    };
    const exact = this.ids.get(term);
    if (exact !== undefined) put(exact, QUALITY.exact);
    if (mode === 'exact') return [...out].map(([token, q]) => ({ token, q }));

    const start = lowerBound(this.vocab, term);
    if (mode === 'typing') {
      const range: number[] = [];
      for (let i = start; i < this.vocab.length && range.length < 4000; i++) {
        if (!this.vocab[i]!.startsWith(term)) break;
        range.push(i);
      }
      // Too many completions for a short prefix: keep the most frequent, they are what people mean.
      // One or two letters match half the vocabulary: fewer completions keep that keystroke fast.
      const max = term.length <= 1 ? 8 : term.length === 2 ? 16 : QUALITY.prefixMaxTokens;
      if (range.length > max) {
        range.sort((a, b) => this.postings[b]!.length - this.postings[a]!.length);
        range.length = max;
      }
      for (const id of range) {
        const extra = this.vocab[id]!.length - term.length;
        put(id, Math.max(QUALITY.prefixFloor, QUALITY.prefixBase - QUALITY.prefixStep * extra));
      }
    } else {
      for (let i = start; i < this.vocab.length; i++) {
        const t = this.vocab[i]!;
        if (!t.startsWith(term)) break;
        const extra = t.length - term.length;
        if (extra > 0 && extra <= QUALITY.stemMaxExtra)
          put(i, QUALITY.stemBase - QUALITY.stemStep * (extra - 1));
      }
    }
    if (term.length >= QUALITY.typoMinLength && term.length <= QUALITY.typoMaxLength) {
      const map = this.deleteMap();
      const seen = new Set<number>();
      for (const key of [term, ...deletions(term)]) {
        for (const id of map.get(key) ?? []) {
          if (seen.has(id)) continue;
          seen.add(id);
          if (withinOneEdit(term, this.vocab[id]!)) put(id, QUALITY.typo);
        }
      }
    }
    return [...out].map(([token, q]) => ({ token, q }));
  }
}
