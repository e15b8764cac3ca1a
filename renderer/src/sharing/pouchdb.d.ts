// The part of PouchDB's API the app uses, typed here: the DefinitelyTyped packages declare a
// global `Buffer` interface that breaks Node's own typings in the test and electron projects.
declare module 'pouchdb-browser' {
  export interface PouchDoc {
    _id: string;
    _rev?: string;
    _deleted?: boolean;
    _conflicts?: string[];
    [field: string]: unknown;
  }
  export interface Change {
    id: string;
    seq: string | number;
    deleted?: boolean;
    doc?: PouchDoc;
  }
  export interface ChangesFeed {
    on(event: 'change', listener: (change: Change) => void): ChangesFeed;
    on(event: 'error' | 'complete', listener: (value: unknown) => void): ChangesFeed;
    cancel(): void;
  }
  export interface Emitter {
    on(event: string, listener: (value: unknown) => void): Emitter;
  }
  export interface SyncHandle extends Emitter {
    on(event: string, listener: (value: unknown) => void): SyncHandle;
    cancel(): void;
    push: Emitter;
    pull: Emitter;
  }
  export interface ReplicationResult {
    ok: boolean;
    docs_written: number;
  }
  export interface Database {
    readonly name: string;
    get(
      id: string,
      options?: { rev?: string; conflicts?: boolean; attachments?: boolean },
    ): Promise<PouchDoc & { _rev: string }>;
    put(doc: PouchDoc): Promise<{ ok: boolean; id: string; rev: string }>;
    bulkDocs(docs: PouchDoc[], options?: { new_edits?: boolean }): Promise<unknown[]>;
    allDocs(options?: {
      include_docs?: boolean;
      conflicts?: boolean;
    }): Promise<{ rows: { id: string; value: { rev: string }; doc?: PouchDoc }[] }>;
    changes(options: {
      since?: string | number;
      live?: boolean;
      include_docs?: boolean;
      conflicts?: boolean;
    }): ChangesFeed;
    sync(
      remote: Database,
      options: { live?: boolean; retry?: boolean; back_off_function?: (delay: number) => number },
    ): SyncHandle;
    replicate: {
      from(remote: Database, options?: { live?: boolean }): Promise<ReplicationResult>;
      to(remote: Database, options?: { live?: boolean }): Promise<ReplicationResult>;
    };
    info(): Promise<{ doc_count: number; update_seq: string | number }>;
    close(): Promise<void>;
    destroy(): Promise<void>;
  }
  export interface DatabaseOptions {
    adapter?: string;
    fetch?: (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;
    auth?: { username: string; password: string };
    skip_setup?: boolean;
  }
  export interface PouchStatic {
    new (name: string, options?: DatabaseOptions): Database;
    plugin(plugin: unknown): PouchStatic;
  }
  const PouchDB: PouchStatic;
  export default PouchDB;
}

declare module 'pouchdb-adapter-memory' {
  const plugin: unknown;
  export default plugin;
}
