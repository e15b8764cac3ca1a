// The user's own words per catalogue item (notes, highlight comments and tags, entry tags, and
// the wording of the passages they corrected), as the catalogue search reads them, kept in memory and followed through Dexie's change feed. With
// 25,000 annotations, re-reading and validating every row each time a note is saved blocked the
// window for a third of a second while typing: a change now re-reads only the rows it touched
// (their primary keys are in the feed) and rebuilds only the texts of their items.
import Dexie, { cmp, type ObservabilitySet, type Table } from 'dexie';
import { db, type ReperesDb } from './ReperesDb';
import { EntryTagRow, HighlightRow, NoteRow } from './rows';
import { PassageCorrectionRow } from './correction-rows';
import { validRows } from './validate';

export interface UserSearchDocument {
  /** Catalogue entry or event id the text belongs to. */
  targetId: string;
  text: string;
}

/** Corrections of a passage (their wording is the user's text); facts reach search through the item. */
const isPassage = (row: unknown) => (row as { kind?: unknown } | null)?.kind === 'passage';

/** Above this many changed keys in one change, the table is read again whole. */
const POINT_LIMIT = 500;

type Keyed = { id: string; targetId: string };

/** A node of Dexie's interval tree of changed keys (what the change feed carries, plain data). */
interface KeyRangeNode {
  from?: unknown;
  to?: unknown;
  l?: KeyRangeNode | null;
  r?: KeyRangeNode | null;
}

/** The primary keys a change touched in `table`; 'all' for a range (clear, a wide delete); [] if none. */
export function changedKeys(parts: ObservabilitySet, dbName: string, table: string): unknown[] | 'all' {
  const tree = parts[`idb://${dbName}/${table}/`] as KeyRangeNode | undefined;
  const keys: unknown[] = [];
  const walk = (node: KeyRangeNode | null | undefined): boolean => {
    if (!node || !('from' in node)) return true;
    if (!walk(node.l)) return false;
    if (cmp(node.from, node.to) !== 0 || keys.length >= POINT_LIMIT) return false;
    keys.push(node.from);
    return walk(node.r);
  };
  return walk(tree) ? keys : 'all';
}

/**
 * A live, incrementally updated view of the user's texts in one database. `subscribe` calls back
 * with the documents after the first read and after every change; the array is a new one only
 * when some text changed.
 */
export class UserTextsStore {
  private notes = new Map<string, NoteRow>();
  private highlights = new Map<string, HighlightRow>();
  /** Passage corrections only: a corrected fact already reaches the search through the item. */
  private passages = new Map<string, PassageCorrectionRow>();
  private tags: EntryTagRow[] = [];
  private docs = new Map<string, UserSearchDocument>();
  private list: UserSearchDocument[] = [];
  private listeners = new Set<(docs: UserSearchDocument[]) => void>();
  private started = false;
  private ready = false;
  /** Changes arriving while a read is under way are applied after it, in order. */
  private queue: Promise<void> = Promise.resolve();
  private unsubscribeFeed: (() => void) | null = null;

  constructor(private readonly d: ReperesDb) {}

  subscribe(listener: (docs: UserSearchDocument[]) => void): () => void {
    this.listeners.add(listener);
    if (this.ready) listener(this.list);
    if (!this.started) this.start();
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** The documents once the first read is done (tests, and callers outside React). */
  async current(): Promise<UserSearchDocument[]> {
    if (!this.started) this.start();
    await this.queue;
    return this.list;
  }

  stop(): void {
    this.unsubscribeFeed?.();
    this.unsubscribeFeed = null;
    this.started = false;
    this.ready = false;
  }

  private start(): void {
    this.started = true;
    const onChange = (parts: ObservabilitySet) => {
      const notes = changedKeys(parts, this.d.name, 'notes');
      const highlights = changedKeys(parts, this.d.name, 'highlights');
      const corrections = changedKeys(parts, this.d.name, 'corrections');
      const tags = parts[`idb://${this.d.name}/entryTags/`] !== undefined;
      if (notes.length === 0 && highlights.length === 0 && corrections.length === 0 && !tags) return;
      this.enqueue(() => this.apply(notes, highlights, tags, corrections));
    };
    Dexie.on('storagemutated', onChange);
    this.unsubscribeFeed = () => Dexie.on('storagemutated').unsubscribe(onChange);
    this.enqueue(() => this.apply('all', 'all', true, 'all'));
  }

  private enqueue(task: () => Promise<void>): void {
    this.queue = this.queue.then(task).catch((error: unknown) => {
      console.error('Lecture de vos notes pour la recherche :', error);
    });
  }

  private async apply(
    noteKeys: unknown[] | 'all',
    highlightKeys: unknown[] | 'all',
    tags: boolean,
    correctionKeys: unknown[] | 'all' = [],
  ): Promise<void> {
    const d = this.d;
    const touched = new Set<string>();
    let all = false;
    await d.transaction('r', d.notes, d.highlights, d.entryTags, d.corrections, async () => {
      const notes = await this.read(d.notes, NoteRow, 'notes', noteKeys);
      const highlights = await this.read(d.highlights, HighlightRow, 'highlights', highlightKeys);
      const passages = await this.read(
        d.corrections,
        PassageCorrectionRow,
        'corrections',
        correctionKeys,
        isPassage,
      );
      all = noteKeys === 'all' || highlightKeys === 'all' || correctionKeys === 'all';
      if (notes) this.merge(this.notes, notes, touched, noteKeys === 'all');
      if (highlights) this.merge(this.highlights, highlights, touched, highlightKeys === 'all');
      if (passages) this.merge(this.passages, passages, touched, correctionKeys === 'all');
      if (tags) {
        for (const t of this.tags) touched.add(t.targetId);
        this.tags = validRows(EntryTagRow, await d.entryTags.toArray(), 'entryTags');
        for (const t of this.tags) touched.add(t.targetId);
      }
    });
    this.rebuild(all ? null : touched);
    this.ready = true;
    for (const listener of this.listeners) listener(this.list);
  }

  /** Rows for these keys (undefined where deleted), or the whole table. */
  private async read<T extends Keyed>(
    table: Table,
    schema: typeof NoteRow | typeof HighlightRow | typeof PassageCorrectionRow,
    where: string,
    keys: unknown[] | 'all',
    keep: (row: unknown) => boolean = () => true,
  ): Promise<{ rows: T[]; gone: string[] } | null> {
    if (keys !== 'all' && keys.length === 0) return null;
    if (keys === 'all')
      return {
        rows: validRows(schema, (await table.toArray()).filter(keep), where) as unknown as T[],
        gone: [],
      };
    const found = await table.bulkGet(keys as string[]);
    const gone = keys.filter((_, i) => found[i] === undefined).map(String);
    return {
      rows: validRows(
        schema,
        found.filter((r) => r !== undefined && keep(r)),
        where,
      ) as unknown as T[],
      gone,
    };
  }

  private merge<T extends Keyed>(
    into: Map<string, T>,
    change: { rows: T[]; gone: string[] },
    touched: Set<string>,
    replace: boolean,
  ): void {
    if (replace) into.clear();
    for (const id of change.gone) {
      const old = into.get(id);
      if (old) touched.add(old.targetId);
      into.delete(id);
    }
    for (const row of change.rows) {
      const old = into.get(row.id);
      if (old) touched.add(old.targetId);
      touched.add(row.targetId);
      into.set(row.id, row);
    }
  }

  /** The text of every item (touched = null) or of the touched ones, then the list if it changed. */
  private rebuild(touched: Set<string> | null): void {
    const parts = new Map<string, string[]>();
    const add = (id: string, text: string) => {
      if (touched && !touched.has(id)) return;
      if (!text.trim()) return;
      const list = parts.get(id);
      if (list) list.push(text);
      else parts.set(id, [text]);
    };
    for (const n of this.notes.values()) add(n.targetId, n.body);
    for (const h of this.highlights.values()) add(h.targetId, [h.comment, ...h.tags].join(' '));
    for (const t of this.tags) add(t.targetId, t.tag);
    for (const c of this.passages.values()) add(c.targetId, c.corrected);
    let changed = false;
    if (touched === null) {
      changed = true;
      this.docs = new Map(
        [...parts].map(([targetId, texts]) => [targetId, { targetId, text: texts.join('\n') }]),
      );
    } else {
      for (const id of touched) {
        const text = parts.get(id)?.join('\n');
        const old = this.docs.get(id);
        if (text === undefined) {
          if (old) {
            this.docs.delete(id);
            changed = true;
          }
        } else if (old?.text !== text) {
          this.docs.set(id, { targetId: id, text });
          changed = true;
        }
      }
    }
    if (changed || !this.ready) this.list = [...this.docs.values()];
  }
}

const stores = new Map<ReperesDb, UserTextsStore>();

/** The store of a database (the app's by default), created on first use. */
export function userTexts(d: ReperesDb = db()): UserTextsStore {
  let store = stores.get(d);
  if (!store) {
    store = new UserTextsStore(d);
    stores.set(d, store);
  }
  return store;
}
