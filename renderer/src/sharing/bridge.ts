// Keeps Dexie (the app's store) and a PouchDB database (what replicates) in step, both ways.
//
// Dexie → Pouch: hooks on the shared tables note which rows changed; each is written to Pouch as
// a new revision whose parent is the revision Dexie was last in step with (kept per record in
// `syncState`). When Pouch moved on meanwhile (a colleague's edit arrived), the new revision is a
// sibling: a real CouchDB conflict, which replicates, instead of an overwrite.
// Pouch → Dexie: the changes feed, from a checkpoint kept in Pouch, applies the winning revision
// once it passed the table's zod schema; a row with local edits not yet written to Pouch is
// written first instead of being overwritten. Records with several versions are listed in
// `syncConflicts` for the UI to show « 2 versions ».
// Every step is idempotent and runs one at a time, so a restart anywhere (even between the Pouch
// and the Dexie write) only redoes work: a start-up scan compares every row with its state.
import type Dexie from 'dexie';
import type { Change, ChangesFeed, Database } from 'pouchdb-browser';
import type { Table } from 'dexie';
import { type ConflictVersion, type SyncConflictRow, type SyncStateRow } from '../db/sync-rows';
import { checkDoc, docIdOf, keyOf, parseDocId, rowHash, type RowKey } from './records';
import { REPLICATED_TABLES, type ReplicatedTable } from './registry';
import { ATTACHMENT_NAME, fromBase64, sha256Hex, toBase64 } from './attachments';

export { ConflictVersion, SyncConflictRow, SyncStateRow } from '../db/sync-rows';

/** Dexie stores the bridge needs besides the shared tables. */
export const BRIDGE_STORES = { syncState: 'docId', syncConflicts: 'docId, table' };

export interface Rejection {
  docId: string;
  reason: string;
}

export interface BridgeOptions {
  tables?: Record<string, ReplicatedTable>;
  /** The display name written into every record. */
  author: () => string;
  /** Called when a record from the shared database was refused. */
  onReject?: (rejection: Rejection) => void;
  /** Called after each local or remote change was handled (status: pending work). */
  onActivity?: () => void;
}

const CHECKPOINT_ID = '_local/reperes-bridge';
type AnyDoc = Record<string, unknown> & {
  _id: string;
  _rev: string;
  _deleted?: boolean;
  _conflicts?: string[];
  _attachments?: Record<string, { content_type?: string; length?: number; data?: unknown }>;
};

interface FileRow {
  id: unknown;
  blob: Blob;
  type: string;
}

function randomRevId(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export class SyncBridge {
  private readonly tables: Record<string, ReplicatedTable>;
  private readonly keyPaths: Record<string, string | string[]> = {};
  private chain: Promise<unknown> = Promise.resolve();
  private dirty = new Map<string, { table: string; key: RowKey }>();
  private unhook: (() => void)[] = [];
  private feed: ChangesFeed | null = null;
  private stopped = true;
  private pending = 0;
  readonly rejected: Rejection[] = [];

  constructor(
    private readonly dexie: Dexie,
    private readonly pouch: Database,
    private readonly options: BridgeOptions,
  ) {
    this.tables = options.tables ?? REPLICATED_TABLES;
    for (const name of Object.keys(this.tables)) {
      const keyPath = dexie.table(name).schema.primKey.keyPath;
      if (keyPath === undefined || keyPath === null) throw new Error(`Table ${name} sans clé`);
      this.keyPaths[name] = keyPath;
    }
  }

  /** The local table derived from `table` (documents' heads), written in the same transactions. */
  private derivedOf(table: string): { table: Table; of: (row: unknown) => unknown } | null {
    const derived = this.tables[table]?.derived;
    return derived
      ? { table: this.dexie.table(derived.table), of: derived.of as (row: unknown) => unknown }
      : null;
  }

  private get state(): Table<SyncStateRow, string> {
    return this.dexie.table('syncState');
  }
  private get conflicts(): Table<SyncConflictRow, string> {
    return this.dexie.table('syncConflicts');
  }

  /** Local work not yet handled (rows noted by the hooks, queued steps). */
  get busy(): boolean {
    return this.pending > 0 || this.dirty.size > 0;
  }

  async start(): Promise<void> {
    if (!this.stopped) return;
    this.stopped = false;
    for (const name of Object.keys(this.tables)) this.hook(name);
    await this.enqueue(() => this.scanAll());
    const since = (
      (await this.pouch.get(CHECKPOINT_ID).catch(() => null)) as { seq?: string | number } | null
    )?.seq;
    this.feed = this.pouch.changes({ since: since ?? 0, live: true, include_docs: true, conflicts: true });
    this.feed.on('change', (change: Change) => {
      void this.enqueue(async () => {
        await this.applyRemote(change.doc as AnyDoc | undefined, change.id);
        await this.saveCheckpoint(change.seq);
      });
    });
    this.feed.on('error', () => {
      // The local database closed under us (stop or page unload): nothing to recover here.
    });
  }

  /**
   * Brings back, from the local replica, records deleted here while the bridge was stopped
   * (`pendingDeletions`), instead of sending their deletion when it starts. Their sync state is
   * forgotten, then the replica's current version is applied as if it had just arrived.
   * Returns how many came back; a record the replica no longer holds stays deleted.
   */
  async restore(docIds: readonly string[]): Promise<number> {
    if (!this.stopped) throw new Error('restore() runs before start()');
    let restored = 0;
    for (const docId of docIds) {
      const target = parseDocId(docId);
      if (!target || !Object.hasOwn(this.tables, target.table)) continue;
      const doc = (await this.pouch.get(docId, { conflicts: true }).catch(() => undefined)) as unknown as
        AnyDoc | undefined;
      if (!doc || doc._deleted) continue;
      await this.state.delete(docId);
      await this.applyRemote(doc, docId);
      if ((await this.dexie.table(target.table).get(target.key)) !== undefined) restored++;
    }
    return restored;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.feed?.cancel();
    this.feed = null;
    for (const off of this.unhook.splice(0)) off();
    await this.chain;
  }

  /** Resolves once every queued step ran (tests, « Synchroniser maintenant »). */
  async idle(): Promise<void> {
    for (let i = 0; i < 100 && this.busy; i++) {
      await this.chain;
      await new Promise((r) => setTimeout(r, 0));
    }
    await this.chain;
  }

  private enqueue<T>(step: () => Promise<T>): Promise<T | undefined> {
    this.pending++;
    const run = this.chain.then(step).then(
      (value) => value,
      (error: unknown) => {
        console.warn('Partage :', error);
        return undefined;
      },
    );
    this.chain = run.finally(() => {
      this.pending--;
      this.options.onActivity?.();
    });
    return run;
  }

  private hook(name: string): void {
    const table = this.dexie.table(name);
    const note = (primKey: unknown, trans: { on: (e: 'complete', cb: () => void) => void }) => {
      const key = Array.isArray(primKey) ? primKey.map(String) : String(primKey);
      this.dirty.set(docIdOf(name, key), { table: name, key });
      trans.on('complete', () => void this.enqueue(() => this.flushDirty()));
    };
    const creating = function (this: unknown, primKey: unknown, _obj: unknown, trans: never) {
      note(primKey, trans);
    };
    const updating = function (this: unknown, _mods: unknown, primKey: unknown, _obj: unknown, trans: never) {
      note(primKey, trans);
    };
    const deleting = function (this: unknown, primKey: unknown, _obj: unknown, trans: never) {
      note(primKey, trans);
    };
    table.hook('creating', creating as never);
    table.hook('updating', updating as never);
    table.hook('deleting', deleting as never);
    this.unhook.push(() => {
      table.hook('creating').unsubscribe(creating as never);
      table.hook('updating').unsubscribe(updating as never);
      table.hook('deleting').unsubscribe(deleting as never);
    });
  }

  private async flushDirty(): Promise<void> {
    const rows = [...this.dirty.values()];
    this.dirty.clear();
    for (const { table, key } of rows) await this.pushRow(table, key);
  }

  /** Every shared row compared with its state, and every state with its row: edits made while
   * sharing was off or before a crash are written now. */
  private async scanAll(): Promise<void> {
    for (const name of Object.keys(this.tables)) {
      const keys = (await this.dexie.table(name).toCollection().primaryKeys()) as unknown[];
      for (const key of keys) await this.pushRow(name, Array.isArray(key) ? key.map(String) : String(key));
    }
    const states = await this.state.toArray();
    for (const s of states) {
      const parsed = parseDocId(s.docId);
      if (parsed && Object.hasOwn(this.tables, parsed.table)) await this.pushRow(parsed.table, parsed.key);
    }
  }

  /** Writes a revision to Pouch as the child of `parent` (or a new root), keeping siblings. */
  private async writeRevision(docId: string, parent: string | undefined, body: object): Promise<string> {
    const gen = parent ? Number.parseInt(parent, 10) + 1 : 1;
    const id = randomRevId();
    const ids = parent ? [id, parent.slice(parent.indexOf('-') + 1)] : [id];
    const rev = `${gen}-${id}`;
    await this.pouch.bulkDocs([{ _id: docId, _rev: rev, _revisions: { start: gen, ids }, ...body }], {
      new_edits: false,
    });
    return rev;
  }

  private async pushRow(table: string, key: RowKey): Promise<void> {
    const docId = docIdOf(table, key);
    const [raw, state] = await Promise.all([this.dexie.table(table).get(key), this.state.get(docId)]);
    if (raw === undefined) {
      if (!state) return;
      await this.writeRevision(docId, state.rev, { _deleted: true });
      await this.state.delete(docId);
      return;
    }
    const spec = this.tables[table];
    if (!spec) return;
    const parsed = spec.schema.safeParse(raw);
    // A row this version cannot read is not sent: it stays local, as it is.
    if (!parsed.success) return;
    const hash = rowHash(raw);
    if (state?.hash === hash) return;
    const rev = await this.writeRevision(docId, state?.rev, {
      table,
      author: this.options.author().slice(0, 100),
      at: Date.now(),
      row: raw,
      ...(await this.attachmentOf(spec, raw as Record<string, unknown>, key)),
    });
    // Only if the row did not change again meanwhile (else the hook queued another push).
    await this.dexie.transaction('rw', this.dexie.table(table), this.state, async () => {
      const now = await this.dexie.table(table).get(key);
      if (now !== undefined && rowHash(now) === hash) await this.state.put({ docId, rev, hash });
      else await this.state.put({ docId, rev, hash: state?.hash ?? '' });
    });
  }

  /** The file that travels with a row when the user chose to share it (and it is at hand). */
  private async attachmentOf(
    spec: ReplicatedTable,
    row: Record<string, unknown>,
    key: RowKey,
  ): Promise<{ _attachments?: Record<string, { content_type: string; data: string }> }> {
    const file = spec.attachment;
    if (!file || !file.wanted(row)) return {};
    const stored = (await this.dexie.table(file.fileTable).get(key)) as FileRow | undefined;
    if (!(stored?.blob instanceof Blob) || stored.blob.size > file.maxBytes) return {};
    const bytes = new Uint8Array(await stored.blob.arrayBuffer());
    return {
      _attachments: {
        [ATTACHMENT_NAME]: {
          content_type: stored.type || 'application/octet-stream',
          data: toBase64(bytes),
        },
      },
    };
  }

  /** The file a received record carries, once its size and its sha256 were checked; else null. */
  private async receivedFile(
    docId: string,
    doc: AnyDoc,
    spec: ReplicatedTable,
    row: Record<string, unknown>,
    key: RowKey,
  ): Promise<FileRow | null> {
    const file = spec.attachment;
    const stub = doc._attachments?.[ATTACHMENT_NAME];
    if (!file || !stub || !file.wanted(row)) return null;
    if (typeof stub.length === 'number' && stub.length > file.maxBytes) {
      this.reject(docId, 'fichier d’origine trop volumineux');
      return null;
    }
    const full = (await this.pouch.get(docId, { rev: doc._rev, attachments: true })) as AnyDoc;
    const data = full._attachments?.[ATTACHMENT_NAME]?.data;
    const bytes = typeof data === 'string' ? fromBase64(data) : null;
    if (!bytes) {
      this.reject(docId, 'fichier d’origine illisible');
      return null;
    }
    if (bytes.length > file.maxBytes) {
      this.reject(docId, 'fichier d’origine trop volumineux');
      return null;
    }
    if ((await sha256Hex(bytes)) !== file.sha256(row)) {
      this.reject(docId, 'fichier d’origine refusé : ses octets ne sont pas ceux du document');
      return null;
    }
    const type = (stub.content_type ?? '').slice(0, 200);
    return { id: key, blob: new Blob([bytes as Uint8Array<ArrayBuffer>], { type }), type };
  }

  private reject(docId: string, reason: string): void {
    const rejection = { docId: docId.slice(0, 200), reason };
    this.rejected.push(rejection);
    if (this.rejected.length > 100) this.rejected.shift();
    this.options.onReject?.(rejection);
  }

  private async applyRemote(doc: AnyDoc | undefined, changeId: string): Promise<void> {
    if (changeId.startsWith('_')) return; // design documents and the like
    const target = parseDocId(changeId);
    if (!target || !Object.hasOwn(this.tables, target.table))
      return this.reject(changeId, 'identifiant inconnu');
    if (!doc) return;
    const { table, key } = target;
    const docId = changeId;
    const dexieTable = this.dexie.table(table);
    const derived = this.derivedOf(table);
    const derivedTable = derived ? [derived.table] : [];
    if (doc._deleted) {
      const stores = [dexieTable, this.state, this.conflicts, ...derivedTable];
      const outcome = await this.dexie.transaction('rw', stores, async () => {
        const [row, state] = await Promise.all([dexieTable.get(key), this.state.get(docId)]);
        if (state?.rev === doc._rev) return 'done';
        if (row !== undefined && (!state || rowHash(row) !== state.hash)) return 'local-edit';
        await dexieTable.delete(key);
        await derived?.table.delete(key);
        await this.state.delete(docId);
        await this.conflicts.delete(docId);
        return 'done';
      });
      if (outcome === 'local-edit') await this.pushRow(table, key);
      return;
    }
    const checked = checkDoc(doc, this.tables, this.keyPaths);
    if (!checked.ok) return this.reject(docId, checked.reason);
    const conflict = await this.conflictVersions(docId, doc, checked);
    const hash = rowHash(checked.row);
    const spec = this.tables[table]!;
    const file = await this.receivedFile(docId, doc, spec, checked.row, key);
    const fileTable = spec.attachment ? [this.dexie.table(spec.attachment.fileTable)] : [];
    const stores = [dexieTable, this.state, this.conflicts, ...fileTable, ...derivedTable];
    const outcome = await this.dexie.transaction('rw', stores, async () => {
      const [row, state] = await Promise.all([dexieTable.get(key), this.state.get(docId)]);
      const localEdit = state
        ? row === undefined || rowHash(row) !== state.hash
        : row !== undefined && rowHash(row) !== hash;
      if (state?.rev !== doc._rev && localEdit) return 'local-edit';
      if (state?.rev !== doc._rev) {
        await dexieTable.put(checked.row);
        await derived?.table.put(derived.of(checked.row));
        await this.state.put({ docId, rev: doc._rev, hash });
      }
      if (file && fileTable[0]) await fileTable[0].put(file);
      if (conflict) await this.conflicts.put(conflict);
      else await this.conflicts.delete(docId);
      return 'done';
    });
    if (outcome === 'local-edit') await this.pushRow(table, key);
  }

  /** The versions of a record in conflict, or null; identical versions are merged on the spot. */
  private async conflictVersions(
    docId: string,
    doc: AnyDoc,
    winner: Extract<ReturnType<typeof checkDoc>, { ok: true }>,
  ): Promise<SyncConflictRow | null> {
    const revs = doc._conflicts ?? [];
    if (revs.length === 0) return null;
    const versions: ConflictVersion[] = [
      { rev: doc._rev, author: winner.author, at: winner.at, row: winner.row },
    ];
    const same: string[] = [];
    const incidental = this.tables[winner.table]?.incidental ?? [];
    const essence = (row: Record<string, unknown>) =>
      rowHash(Object.fromEntries(Object.entries(row).filter(([k]) => !incidental.includes(k))));
    const winnerHash = essence(winner.row);
    for (const rev of revs) {
      const other = await this.pouch.get(docId, { rev }).catch(() => null);
      const checked = checkDoc(other, this.tables, this.keyPaths);
      if (!checked.ok) {
        // A malformed losing version is dropped from the choice, but stays in the database.
        this.reject(docId, checked.reason);
        continue;
      }
      if (essence(checked.row) === winnerHash) same.push(rev);
      else versions.push({ rev, author: checked.author, at: checked.at, row: checked.row });
    }
    if (same.length > 0) {
      await this.pouch.bulkDocs(same.map((rev) => ({ _id: docId, _rev: rev, _deleted: true })));
    }
    return versions.length > 1 ? { docId, table: winner.table, versions } : null;
  }

  private async saveCheckpoint(seq: string | number): Promise<void> {
    const current = (await this.pouch.get(CHECKPOINT_ID).catch(() => null)) as { _rev?: string } | null;
    await this.pouch.put({ _id: CHECKPOINT_ID, _rev: current?._rev, seq } as never);
  }

  /**
   * Ends a conflict with the row the user chose or typed: it becomes a new revision on top of
   * the winner and every other version is removed, so all replicas agree on it.
   */
  async resolve(docId: string, row: Record<string, unknown>): Promise<void> {
    await this.enqueue(async () => {
      const target = parseDocId(docId);
      const spec = target && Object.hasOwn(this.tables, target.table) ? this.tables[target.table] : undefined;
      const keyPath = target ? this.keyPaths[target.table] : undefined;
      if (!target || !spec || keyPath === undefined) throw new Error('Enregistrement inconnu');
      const parsed = spec.schema.parse(row) as Record<string, unknown>;
      const key = keyOf(parsed, keyPath);
      if (key === null || docIdOf(target.table, key) !== docId) throw new Error('Identifiant incohérent');
      const doc = (await this.pouch.get(docId, { conflicts: true })) as AnyDoc;
      const rev = await this.writeRevision(docId, doc._rev, {
        table: target.table,
        author: this.options.author().slice(0, 100),
        at: Date.now(),
        row: parsed,
      });
      for (const loser of doc._conflicts ?? []) {
        await this.writeRevision(docId, loser, { _deleted: true });
      }
      const hash = rowHash(parsed);
      const derived = this.derivedOf(target.table);
      await this.dexie.transaction(
        'rw',
        [this.dexie.table(target.table), this.state, this.conflicts, ...(derived ? [derived.table] : [])],
        async () => {
          await this.dexie.table(target.table).put(parsed);
          await derived?.table.put(derived.of(parsed));
          await this.state.put({ docId, rev, hash });
          await this.conflicts.delete(docId);
        },
      );
    });
  }
}
