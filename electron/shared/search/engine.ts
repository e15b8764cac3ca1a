// The search engine of Repères, shared by the app (in a worker), the CLI and the benchmark.
//
// Two stages, so every keystroke stays within a frame on long French texts:
// 1. a folded-token inverted index narrows the catalogue to the items holding every query word
//    (exactly, as a prefix, or one typo away) and scores them by where the word sits (title and
//    names far above a passing mention in the text) and how rare it is;
// 2. fuse.js re-scores the best of them on their naming fields (title, organisation, people,
//    territory, themes), with a prebuilt index restricted to those candidates, so fuzzy closeness
//    of the names refines the order.
import Fuse, { type FuseIndex, type IFuseOptions } from 'fuse.js';
import type { CatalogueItem } from '../items';
import { tokenize, words } from './fold';
import { findMatches, makeSnippet, type Snippet } from './matches';
import { parseQuery, type ParsedQuery } from './query';
import { buildRecords, FIELDS, itemRecords, type Field, type SearchRecord } from './records';
import { TokenIndex, type Expansion, type TokenIndexJson } from './token-index';
import { APP_LIMIT, SNIPPET_LIMIT } from './limits';

export const INDEX_FORMAT = 'reperes-search-index';
export const INDEX_VERSION = 2;

/** How much a word counts depending on where it is found. */
export const FIELD_WEIGHTS: Record<Field, number> = {
  title: 10,
  organisation: 7,
  people: 7,
  territory: 6,
  user: 5,
  themes: 4,
  group: 3,
  heading: 2,
  meta: 1.5,
  text: 1,
  /** A street or a postcode names where the office is, not what the initiative does. */
  address: 0.5,
};
const MAX_WEIGHT = 10;
/** Extra credit for a word repeated across many passages (the item is about it), saturating. */
const BREADTH = 2.5;
const BREADTH_FIELDS = new Set<Field>(['text', 'heading', 'user', 'meta']);
/** All the query words in one record (a phrase-like match), scaled by the record's field. */
const TOGETHER_BONUS = 0.12;
/** Chronology events mention everything; initiatives are what people look for first. */
const EVENT_PRIOR = 0.93;
const MAX_TERMS = 12;
/** Twelve words' expansions at most (40 completions for the word being typed, a few for others). */
const MAX_HIGHLIGHT_TERMS = 240;
const RERANK_POOL = 20;
const FUSE_WEIGHT = 0.12;
const MAX_SCORE = 1 + TOGETHER_BONUS + FUSE_WEIGHT;

/** Naming fields fuse.js re-scores, with their weights. */
export const FUSE_KEYS = [
  { name: 'title', weight: 3 },
  { name: 'organisation', weight: 2 },
  { name: 'people', weight: 2 },
  { name: 'territory', weight: 2 },
  { name: 'themes', weight: 1 },
  { name: 'group', weight: 0.5 },
] as const;
type FuseDoc = Record<(typeof FUSE_KEYS)[number]['name'], string>;

export const FUSE_OPTIONS: IFuseOptions<FuseDoc> = {
  keys: FUSE_KEYS.map((k) => ({ ...k })),
  includeScore: true,
  ignoreLocation: true,
  useTokenSearch: true,
  tokenMatch: 'any',
  threshold: 0.3,
  shouldSort: false,
};

export interface SearchIndexData {
  format: typeof INDEX_FORMAT;
  version: number;
  /** Hash of the records the index was built from: a stale index is rebuilt, never trusted. */
  signature: string;
  tokens: TokenIndexJson;
  fuse: {
    keys: ReturnType<FuseIndex<FuseDoc>['toJSON']>['keys'];
    records: ReturnType<FuseIndex<FuseDoc>['toJSON']>['records'];
  };
}

export interface UserDocument {
  targetId: string;
  text: string;
}

export interface EngineHit {
  id: string;
  /** 0 = perfect, 1 = no match (fuse.js convention). */
  score: number;
  snippet: Snippet | null;
}

export interface EngineResult {
  hits: EngineHit[];
  /** Folded words to highlight: the query's words and the vocabulary words they matched. */
  terms: string[];
  /** Number of matching items before the limit. */
  total: number;
}

export { APP_LIMIT, SNIPPET_LIMIT };

export interface SearchOptions {
  limit?: number;
  /** Skip the fuse.js re-scoring stage (for measuring its contribution). */
  rerank?: boolean;
}

function fnv(hash: number, s: string): number {
  let h = hash;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

export function recordsSignature(records: readonly SearchRecord[]): string {
  let h = 2166136261;
  for (const r of records) h = fnv(fnv(h, `${r.item}|${r.field}|`), r.text);
  return `${records.length}-${h.toString(16)}`;
}

function foldedField(text: string | null | undefined): string {
  return text ? words(text).join(' ') : '';
}

function fuseDocs(items: readonly CatalogueItem[]): FuseDoc[] {
  return items.map((item) => {
    const people = item.entry
      ? [...item.entry.people, ...item.entry.officials].map((p) => p.name).join(' ')
      : '';
    return {
      title: foldedField(item.title),
      organisation: foldedField(item.organisation),
      people: foldedField(people),
      territory: foldedField([item.territory, item.department, item.region].filter(Boolean).join(' ')),
      themes: foldedField(item.themes.join(' ')),
      group: foldedField(item.group),
    };
  });
}

/** Builds the index written to resources/search-index.json at build time. */
export function buildSearchIndex(
  items: readonly CatalogueItem[],
  records: readonly SearchRecord[] = buildRecords(items),
): SearchIndexData {
  const fuse = Fuse.createIndex(FUSE_OPTIONS.keys ?? [], fuseDocs(items)).toJSON();
  return {
    format: INDEX_FORMAT,
    version: INDEX_VERSION,
    signature: recordsSignature(records),
    tokens: TokenIndex.build(records).toJSON(),
    fuse,
  };
}

function isIndexData(value: unknown): value is SearchIndexData {
  if (!value || typeof value !== 'object') return false;
  const v = value as Partial<SearchIndexData>;
  return (
    v.format === INDEX_FORMAT &&
    v.version === INDEX_VERSION &&
    typeof v.signature === 'string' &&
    Array.isArray(v.tokens?.vocab) &&
    Array.isArray(v.tokens?.postings) &&
    v.tokens.vocab.length === v.tokens.postings.length &&
    Array.isArray(v.fuse?.records)
  );
}

const FIELD_CODES = new Map<Field, number>(FIELDS.map((f, i) => [f, i]));
const WEIGHT_BY_CODE = FIELDS.map((f) => FIELD_WEIGHTS[f]);
const BREADTH_BY_CODE = FIELDS.map((f) => BREADTH_FIELDS.has(f));

/**
 * Which matching record a snippet shows: a passage of text whenever one holds a query word (it
 * shows the words in context), the one holding most of them; the user's own notes alike; then
 * the naming fields; the title (on screen anyway), a theme list or an address only when nothing
 * else holds the words.
 */
const SNIPPET_ORDER: Record<Field, number> = {
  text: 1060,
  user: 1055,
  heading: 1050,
  people: 40,
  organisation: 40,
  meta: 30,
  group: 30,
  territory: 20,
  themes: 10,
  address: 10,
  title: 0,
};
const SNIPPET_PREFERENCE = FIELDS.map((f) => SNIPPET_ORDER[f]);

interface TermPlan {
  word: string;
  mode: 'typing' | 'word' | 'exact';
}

/** Items added after the engine was built (a user's document): their own small token index. */
interface AddedLayer {
  ids: Set<string>;
  index: TokenIndex;
}

const EMPTY_INDEX = (): TokenIndex => new TokenIndex({ vocab: [], postings: [] });

export class SearchEngine {
  private readonly allItems: CatalogueItem[];
  /** Whether the prebuilt index was used (false: it was missing or stale and was rebuilt). */
  readonly usedPrebuilt: boolean;
  private readonly records: SearchRecord[];
  private readonly base: TokenIndex;
  private user: TokenIndex = EMPTY_INDEX();
  private userRecords: SearchRecord[] = [];
  private recItem: Int32Array;
  private recField: Uint8Array;
  private recMask: Uint32Array;
  private itemStart: Int32Array;
  private itemEnd: Int32Array;
  private userByItem = new Map<number, number[]>();
  private userDocs: readonly UserDocument[] = [];
  /** Records of added items, numbered after the base records; never renumbered, only tombstoned. */
  private addedRecords: SearchRecord[] = [];
  private layers: AddedLayer[] = [];
  /** Items removed since they were added: skipped by every search. */
  private readonly removed = new Set<number>();
  private readonly liveIndex = new Map<string, number>();
  /** Bundled items an added item of the same id stands for (a corrected entry): restored when it goes. */
  private readonly shadowed = new Map<string, number>();
  private readonly bundledCount: number;
  private readonly fuseDocs: FuseDoc[];
  private readonly fuseIndexJson: SearchIndexData['fuse'];
  private readonly phraseCache = new Map<number, string>();

  constructor(items: readonly CatalogueItem[], prebuilt?: unknown) {
    this.allItems = [...items];
    this.bundledCount = items.length;
    this.allItems.forEach((item, i) => this.liveIndex.set(item.id, i));
    this.records = buildRecords(items);
    const signature = recordsSignature(this.records);
    const data = isIndexData(prebuilt) && prebuilt.signature === signature ? prebuilt : null;
    this.usedPrebuilt = data !== null;
    const built = data ?? buildSearchIndex(items, this.records);
    this.base = new TokenIndex(built.tokens);
    this.base.prepareTypos();
    this.fuseIndexJson = built.fuse;
    this.fuseDocs = fuseDocs(items);
    this.itemStart = new Int32Array(items.length).fill(-1);
    this.itemEnd = new Int32Array(items.length).fill(-1);
    this.records.forEach((r, i) => {
      if (this.itemStart[r.item] === -1) this.itemStart[r.item] = i;
      this.itemEnd[r.item] = i + 1;
    });
    this.recItem = new Int32Array(0);
    this.recField = new Uint8Array(0);
    this.recMask = new Uint32Array(0);
    this.layoutRecords();
  }

  /** Every item the engine knows, removed ones included (their slots keep later indices stable). */
  get items(): readonly CatalogueItem[] {
    return this.allItems;
  }

  /**
   * Adds items (a user's imported document) without touching the index of the others: their
   * records get a token index of their own. An id already present is replaced.
   */
  addItems(items: readonly CatalogueItem[]): void {
    if (items.length === 0) return;
    for (const { id } of items) {
      const live = this.liveIndex.get(id);
      if (live === undefined) continue;
      if (live < this.bundledCount) this.shadowed.set(id, live);
      this.drop(id);
    }
    const first = this.allItems.length;
    const recordOffset = this.records.length + this.addedRecords.length;
    const records: SearchRecord[] = [];
    items.forEach((item, k) => {
      const index = first + k;
      this.allItems.push(item);
      this.liveIndex.set(item.id, index);
      records.push(...itemRecords(item, index));
    });
    const start = new Int32Array(this.allItems.length).fill(-1);
    const end = new Int32Array(this.allItems.length).fill(-1);
    start.set(this.itemStart);
    end.set(this.itemEnd);
    records.forEach((r, i) => {
      if (start[r.item] === -1) start[r.item] = recordOffset + i;
      end[r.item] = recordOffset + i + 1;
    });
    this.itemStart = start;
    this.itemEnd = end;
    this.addedRecords.push(...records);
    const index = TokenIndex.build(records, recordOffset);
    index.prepareTypos();
    this.layers.push({ ids: new Set(items.map((i) => i.id)), index });
    const docs = fuseDocs(items);
    this.fuseDocs.push(...docs);
    const fuse = Fuse.createIndex(FUSE_OPTIONS.keys ?? [], docs).toJSON();
    for (const r of fuse.records) this.fuseIndexJson.records.push({ ...r, i: r.i + first });
    // User records are numbered after every catalogue record: renumber them.
    this.setUserDocuments(this.userDocs);
  }

  /**
   * Removes added items (or any item) from the results; unknown ids are ignored. A bundled item
   * an added one stood for (a corrected entry whose correction is deleted) is searched again.
   */
  removeItems(ids: readonly string[]): void {
    for (const id of ids) {
      this.drop(id);
      const bundled = this.shadowed.get(id);
      if (bundled === undefined) continue;
      this.shadowed.delete(id);
      this.removed.delete(bundled);
      this.liveIndex.set(id, bundled);
    }
    // A layer whose items are all gone is no longer scanned.
    this.layers = this.layers.filter((l) => l.ids.size > 0);
  }

  private drop(id: string): void {
    const index = this.liveIndex.get(id);
    if (index === undefined) return;
    this.liveIndex.delete(id);
    this.removed.add(index);
    for (const layer of this.layers) layer.ids.delete(id);
  }

  private layoutRecords(): void {
    const all = [...this.records, ...this.addedRecords, ...this.userRecords];
    this.recItem = Int32Array.from(all, (r) => r.item);
    this.recField = Uint8Array.from(all, (r) => FIELD_CODES.get(r.field) ?? 0);
    this.recMask = new Uint32Array(all.length);
    this.phraseCache.clear();
  }

  private record(i: number): SearchRecord {
    const base = this.records.length;
    const added = base + this.addedRecords.length;
    if (i < base) return this.records[i]!;
    return i < added ? this.addedRecords[i - base]! : this.userRecords[i - added]!;
  }

  /** The user's notes and tags, each attached to its item; unknown targets are ignored. */
  setUserDocuments(docs: readonly UserDocument[]): void {
    this.userDocs = docs;
    const offset = this.records.length + this.addedRecords.length;
    this.userRecords = [];
    for (const doc of docs) {
      const item = this.liveIndex.get(doc.targetId);
      const text = doc.text.replace(/\s+/g, ' ').trim();
      if (item === undefined || !text) continue;
      this.userRecords.push({ item, field: 'user', text });
    }
    this.user = TokenIndex.build(this.userRecords, offset);
    this.userByItem = new Map();
    this.userRecords.forEach((r, i) => {
      const list = this.userByItem.get(r.item) ?? [];
      list.push(i + offset);
      this.userByItem.set(r.item, list);
    });
    this.layoutRecords();
  }

  private *itemRecordIds(item: number): Generator<number> {
    const start = this.itemStart[item]!;
    if (start >= 0) for (let i = start; i < this.itemEnd[item]!; i++) yield i;
    yield* this.userByItem.get(item) ?? [];
  }

  private postingsOf(index: TokenIndex, exps: Expansion[]): { list: number[]; q: number; token: string }[] {
    return exps.map((e) => ({ list: index.postings[e.token]!, q: e.q, token: index.vocab[e.token]! }));
  }

  private expand(plan: TermPlan): { list: number[]; q: number; token: string }[] {
    return [
      ...this.postingsOf(this.base, this.base.expand(plan.word, plan.mode)),
      ...this.layers.flatMap((l) => this.postingsOf(l.index, l.index.expand(plan.word, plan.mode))),
      ...this.postingsOf(this.user, this.user.expand(plan.word, plan.mode)),
    ];
  }

  /** Items containing a word sequence (or, for one word, the word or its plural-like variants). */
  private itemsWith(sequence: readonly string[], among: Iterable<number>): Set<number> {
    const out = new Set<number>();
    if (sequence.length === 1) {
      for (const p of this.expand({ word: sequence[0]!, mode: 'word' })) {
        if (p.q < 0.8) continue;
        for (const r of p.list) out.add(this.recItem[r]!);
      }
      return out;
    }
    const needle = ` ${sequence.join(' ')} `;
    // Only records holding the rarest word of the sequence can hold the sequence.
    let rarest: number[] | null = null;
    for (const word of sequence) {
      const list = this.expand({ word, mode: 'exact' }).flatMap((p) => p.list);
      if (rarest === null || list.length < rarest.length) rarest = list;
    }
    const allowed = new Set(among);
    for (const r of rarest ?? []) {
      const item = this.recItem[r]!;
      if (!allowed.has(item) || out.has(item)) continue;
      if (this.phraseText(r).includes(needle)) out.add(item);
    }
    return out;
  }

  private phraseText(r: number): string {
    let text = this.phraseCache.get(r);
    if (text === undefined) {
      const sequence = tokenize(this.record(r).text)
        .filter((t) => !t.joined)
        .map((t) => t.t);
      text = ` ${sequence.join(' ')} `;
      if (this.phraseCache.size > 20000) this.phraseCache.clear();
      this.phraseCache.set(r, text);
    }
    return text;
  }

  search(query: string, options: SearchOptions = {}): EngineResult {
    const limit = options.limit ?? 50;
    const parsed = parseQuery(query);
    const plans = this.plan(parsed);
    if (!plans.length) return { hits: [], terms: [], total: 0 };
    const itemCount = this.items.length;
    const best = plans.map(() => new Float32Array(itemCount));
    const hits = plans.map(() => new Uint16Array(itemCount));
    const touchedRecords: number[] = [];
    const touchedItems: number[] = [];
    const seenItem = new Uint8Array(itemCount);
    const hitTokens = new Set<string>();
    const mask = this.recMask;

    plans.forEach((plan, i) => {
      const bit = 1 << i;
      const bestI = best[i]!;
      const hitsI = hits[i]!;
      for (const { list, q, token } of this.expand(plan)) {
        if (list.length) hitTokens.add(token);
        for (const r of list) {
          const item = this.recItem[r]!;
          const field = this.recField[r]!;
          const v = WEIGHT_BY_CODE[field]! * q;
          if (v > bestI[item]!) bestI[item] = v;
          if (BREADTH_BY_CODE[field] && hitsI[item]! < 65535) hitsI[item]!++;
          if (mask[r] === 0) touchedRecords.push(r);
          mask[r]! |= bit;
          if (!seenItem[item]) {
            seenItem[item] = 1;
            touchedItems.push(item);
          }
        }
      }
    });

    try {
      return this.rank(parsed, plans, best, hits, touchedItems, touchedRecords, hitTokens, limit, options);
    } finally {
      for (const r of touchedRecords) mask[r] = 0;
    }
  }

  private plan(parsed: ParsedQuery): TermPlan[] {
    const acronyms = new Set(parsed.acronyms);
    const plans: TermPlan[] = parsed.terms.map((word, i) => ({
      word,
      // An acronym the catalogue holds is that word only; one it does not hold (capitals typed
      // for a longer word, "ESSON…") is searched like any word.
      mode:
        acronyms.has(word) && this.holds(word)
          ? 'exact'
          : parsed.lastIsPrefix && i === parsed.terms.length - 1
            ? 'typing'
            : 'word',
    }));
    const have = new Set(parsed.terms);
    for (const phrase of parsed.phrases) {
      for (const word of phrase) {
        if (!have.has(word)) plans.push({ word, mode: 'exact' });
        have.add(word);
      }
    }
    return plans.slice(0, MAX_TERMS);
  }

  private holds(word: string): boolean {
    return this.base.id(word) !== undefined || this.user.id(word) !== undefined;
  }

  private rank(
    parsed: ParsedQuery,
    plans: TermPlan[],
    best: Float32Array[],
    hits: Uint16Array[],
    touchedItems: number[],
    touchedRecords: number[],
    hitTokens: Set<string>,
    limit: number,
    options: SearchOptions,
  ): EngineResult {
    if (this.removed.size > 0) touchedItems = touchedItems.filter((item) => !this.removed.has(item));
    const n = plans.length;
    const full = n >= 32 ? 0xffffffff : (1 << n) - 1;
    const itemCount = this.items.length;
    const idf = plans.map((_, i) => {
      let df = 0;
      for (const item of touchedItems) if (best[i]![item]! > 0) df++;
      return Math.log(1 + itemCount / (1 + df));
    });
    const idfSum = idf.reduce((a, b) => a + b, 0) || 1;

    // Items holding every word; if none does, the ones holding the most, penalised.
    const coverage = new Map<number, number>();
    let maxCover = 0;
    for (const item of touchedItems) {
      let c = 0;
      for (let i = 0; i < n; i++) if (best[i]![item]! > 0) c++;
      coverage.set(item, c);
      if (c > maxCover) maxCover = c;
    }
    if (maxCover === 0) return { hits: [], terms: [], total: 0 };
    let candidates = touchedItems.filter((item) => coverage.get(item) === maxCover);

    for (const phrase of parsed.phrases) {
      const withPhrase = this.itemsWith(phrase, candidates);
      candidates = candidates.filter((item) => withPhrase.has(item));
    }
    for (const sequence of parsed.excluded) {
      const excluded = this.itemsWith(sequence, candidates);
      candidates = candidates.filter((item) => !excluded.has(item));
    }

    const together = new Float32Array(itemCount);
    if (n > 1) {
      for (const r of touchedRecords) {
        if (this.recMask[r] !== full) continue;
        const item = this.recItem[r]!;
        const v = TOGETHER_BONUS * (0.5 + (0.5 * WEIGHT_BY_CODE[this.recField[r]!]!) / MAX_WEIGHT);
        if (v > together[item]!) together[item] = v;
      }
    }

    const coverFactor = (maxCover / n) ** 2;
    const scored = candidates.map((item) => {
      let s = 0;
      for (let i = 0; i < n; i++) {
        const b = best[i]![item]!;
        if (b === 0) continue;
        const breadth = BREADTH * (1 - Math.exp(-hits[i]![item]! / 3));
        s += idf[i]! * (b + breadth);
      }
      let score = s / (idfSum * (MAX_WEIGHT + BREADTH));
      score = (score + together[item]!) * coverFactor;
      if (this.items[item]!.kind === 'event') score *= EVENT_PRIOR;
      return { item, score };
    });
    scored.sort((a, b) => b.score - a.score || a.item - b.item);

    if (options.rerank !== false && scored.length > 1) this.rerank(scored, plans);

    const top = scored.slice(0, limit);
    // Highlighting marks these words exactly, so the list holds every word that matched.
    const terms = [...new Set([...plans.map((p) => p.word), ...hitTokens])].slice(0, MAX_HIGHLIGHT_TERMS);
    return {
      hits: top.map(({ item, score }, rank) => ({
        id: this.items[item]!.id,
        score: Math.max(0, Math.min(1, 1 - score / MAX_SCORE)),
        snippet: rank < SNIPPET_LIMIT ? this.snippet(item, terms) : null,
      })),
      terms,
      total: scored.length,
    };
  }

  /** fuse.js on the naming fields of the best candidates only: its prebuilt records, filtered. */
  private rerank(scored: { item: number; score: number }[], plans: TermPlan[]): void {
    const pool = scored.slice(0, RERANK_POOL);
    const inPool = new Set(pool.map((s) => s.item));
    const records = this.fuseIndexJson.records.filter((r) => inPool.has(r.i));
    const index = Fuse.parseIndex<FuseDoc>({ keys: this.fuseIndexJson.keys, records });
    const fuse = new Fuse(this.fuseDocs, FUSE_OPTIONS, index);
    const words = plans.map((p) => p.word);
    const fuseScore = new Map<number, number>();
    for (const r of fuse.search(words.join(' '))) fuseScore.set(r.refIndex, r.score ?? 1);
    for (const s of pool) s.score += FUSE_WEIGHT * (1 - (fuseScore.get(s.item) ?? 1));
    pool.sort((a, b) => b.score - a.score || a.item - b.item);
    scored.splice(0, pool.length, ...pool);
  }

  private snippet(item: number, terms: string[]): Snippet | null {
    let bestRecord = -1;
    let bestRank = -1;
    for (const r of this.itemRecordIds(item)) {
      const m = this.recMask[r]!;
      if (!m) continue;
      let bits = 0;
      for (let x = m; x; x &= x - 1) bits++;
      const rank = bits * 100 + SNIPPET_PREFERENCE[this.recField[r]!]!;
      if (rank > bestRank) {
        bestRank = rank;
        bestRecord = r;
      }
    }
    const text = bestRecord >= 0 ? this.record(bestRecord).text : this.items[item]!.summary;
    if (!text) return null;
    return makeSnippet(text, findMatches(text, terms));
  }
}
