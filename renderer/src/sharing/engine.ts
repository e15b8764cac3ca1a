// What runs while sharing is on: the local PouchDB database, the bridge to Dexie and the
// replication with the team's CouchDB. Loaded on demand (PouchDB is not part of start-up).
import PouchDB from 'pouchdb-browser';
import type { Database } from 'pouchdb-browser';
import { db } from '../db/ReperesDb';
import { SyncBridge, type Rejection } from './bridge';
import { answeringFetch, replicate, type Replication, type SyncStatus } from './replication';

/** The local replica: IndexedDB, beside Dexie's database. */
export const LOCAL_POUCH_NAME = 'reperes-partage';

export interface EngineOptions {
  address: string;
  username: string;
  password: string;
  author: string;
  onStatus: (status: SyncStatus) => void;
  onReject: (rejection: Rejection) => void;
  onActivity: () => void;
}

/**
 * Brings back from the local replica the records deleted here while sharing was off, instead of
 * deleting them for the team when sharing starts (the user chose, see `pendingDeletions`). Runs
 * with sharing stopped, before it starts (or before the page reloads to start it).
 */
export async function restoreDeleted(docIds: readonly string[]): Promise<number> {
  const local = new PouchDB(LOCAL_POUCH_NAME);
  try {
    return await new SyncBridge(db(), local, { author: () => '' }).restore(docIds);
  } finally {
    await local.close();
  }
}

export class SharingEngine {
  private readonly local: Database;
  private readonly bridge: SyncBridge;
  private replication: Replication | null = null;

  constructor(private readonly options: EngineOptions) {
    this.local = new PouchDB(LOCAL_POUCH_NAME);
    this.bridge = new SyncBridge(db(), this.local, {
      author: () => options.author,
      onReject: options.onReject,
      onActivity: options.onActivity,
    });
  }

  private remote(): Database {
    const { address, username, password } = this.options;
    return new PouchDB(address.trim().replace(/\/+$/, ''), {
      fetch: answeringFetch(),
      // The team creates the database; the app never tries to.
      skip_setup: true,
      ...(username ? { auth: { username, password } } : {}),
    });
  }

  async start(): Promise<void> {
    await this.bridge.start();
    this.replication = replicate(this.local, this.remote(), this.options.onStatus);
  }

  /** « Synchroniser maintenant »: local edits written, and the replication restarted at once
   * (no waiting for the back-off). */
  async syncNow(): Promise<void> {
    await this.bridge.idle();
    this.replication?.cancel();
    this.replication = replicate(this.local, this.remote(), this.options.onStatus);
  }

  get busy(): boolean {
    return this.bridge.busy;
  }

  resolve(docId: string, row: Record<string, unknown>): Promise<void> {
    return this.bridge.resolve(docId, row);
  }

  async stop(): Promise<void> {
    this.replication?.cancel();
    this.replication = null;
    await this.bridge.stop();
    await this.local.close();
  }
}
