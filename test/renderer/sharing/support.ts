// Test support for sharing: a CouchDB-protocol server started on 127.0.0.1 (pouchdb-server in
// memory) unless REPERES_COUCHDB_URL names a real CouchDB, PouchDB on the memory adapter, and
// tiny Dexie databases on fake-indexeddb holding the shared tables and the bridge's stores.
import 'fake-indexeddb/auto';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Dexie from 'dexie';
import { BRIDGE_STORES } from '../../../renderer/src/sharing/bridge';
import { answeringFetch } from '../../../renderer/src/sharing/replication';

// pouchdb-browser reads `self` at load time; Node has only globalThis.
(globalThis as { self?: unknown }).self ??= globalThis;
const { default: PouchDB } = await import('pouchdb-browser');
const { default: memory } = await import('pouchdb-adapter-memory');
PouchDB.plugin(memory);
export { PouchDB };
import type { Database } from 'pouchdb-browser';
export type { Database };

let counter = 0;
export const uniqueName = (prefix: string) => `${prefix}-${process.pid}-${Date.now()}-${counter++}`;

/** The team's database as the app reaches it: through `answeringFetch`, so a server that goes
 * away (a test stopping it) is an answer the replication handles, not an unhandled rejection. */
export function remotePouch(url: string): Database {
  return new PouchDB(url, { fetch: answeringFetch() });
}

export function localPouch(name = uniqueName('local')): Database {
  return new PouchDB(name, { adapter: 'memory' });
}

/** A Dexie with notes, entryTags and the bridge's stores, like the app's but small. */
export function tinyDexie(name = uniqueName('dexie')): Dexie {
  const d = new Dexie(name);
  d.version(1).stores({ notes: 'id, targetId', entryTags: '[targetId+tag], targetId', ...BRIDGE_STORES });
  return d;
}

export interface CouchServer {
  url: string;
  /** A new empty database on the server; its URL. */
  database(): Promise<string>;
  stop(): Promise<void>;
  restart(): Promise<void>;
}

async function waitFor(url: string, ms = 15_000): Promise<void> {
  const until = Date.now() + ms;
  for (;;) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    if (Date.now() > until) throw new Error(`Serveur muet : ${url}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const BIN = resolve(__dirname, '../../../node_modules/pouchdb-server/bin/pouchdb-server');

/** pouchdb-server in memory on `port` (each restart starts empty unless `keep` databases are
 * re-created by the caller), or the CouchDB named by REPERES_COUCHDB_URL. */
export async function startCouch(port: number): Promise<CouchServer> {
  const external = process.env.REPERES_COUCHDB_URL;
  if (external) {
    const base = external.replace(/\/$/, '');
    return {
      url: base,
      async database() {
        const url = `${base}/${uniqueName('reperes-test')}`;
        const res = await fetch(url, { method: 'PUT' });
        if (!res.ok) throw new Error(`CouchDB : ${res.status}`);
        return url;
      },
      async stop() {},
      async restart() {
        throw new Error('Un CouchDB externe ne se redémarre pas depuis les tests');
      },
    };
  }
  const url = `http://127.0.0.1:${port}`;
  let child: ChildProcess | null = null;
  const launch = async () => {
    child = spawn(process.execPath, [BIN, '--in-memory', '-n', '-p', String(port), '--no-stdout-logs'], {
      stdio: 'ignore',
      // It writes config.json and log.txt where it runs: not in the repository.
      cwd: mkdtempSync(join(tmpdir(), 'pouchdb-server-')),
    });
    await waitFor(url);
  };
  await launch();
  return {
    url,
    async database() {
      const db = `${url}/${uniqueName('t')}`;
      const res = await fetch(db, { method: 'PUT' });
      if (!res.ok) throw new Error(`pouchdb-server : ${res.status}`);
      return db;
    },
    async stop() {
      const c = child as ChildProcess | null;
      if (!c || c.exitCode !== null || c.signalCode !== null) return;
      await new Promise<void>((r) => {
        c.once('exit', () => r());
        c.kill('SIGKILL');
      });
    },
    async restart() {
      await launch();
    },
  };
}

/** Polls until `check` holds (or fails with its last error after `ms`). */
export async function eventually(check: () => Promise<void> | void, ms = 10_000): Promise<void> {
  const until = Date.now() + ms;
  for (;;) {
    try {
      await check();
      return;
    } catch (error) {
      if (Date.now() > until) throw error;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}
