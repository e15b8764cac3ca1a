// Where the app is: the path and query string the views read, kept in the URL's hash so that it
// works from app:// in the desktop window and from any static server alike
// (`#/catalogue?q=insertion`). The router (services/router.tsx) renders from one of these
// stores; the hash store serves the window, the memory store serves tests.
//
// Each history entry carries a key and the state it was opened with, as react-router did before
// (issue 16 replaced it with wouter and this store: its 36 kB and its route matching ran before
// the catalogue's first paint). The key lets the content area find the scroll position an entry
// was left at; the state tells an entry it was opened from the list.

export type NavigationType = 'POP' | 'PUSH' | 'REPLACE';

/** One history entry as the views read it; the same object until the entry changes. */
export interface RouterLocation {
  /** `/fiche/abc`, always with a leading slash. */
  pathname: string;
  /** `?q=insertion`, or empty. */
  search: string;
  /** What `navigate(…, { state })` attached to the entry, null otherwise. */
  state: unknown;
  /** Unique to the entry, and kept by it through back and forward. */
  key: string;
  /** How the app arrived at this entry. */
  type: NavigationType;
}

/** A path with its query string (`/catalogue?q=x`, `?q=x` for this path), or its two parts. */
export type To = string | { pathname?: string; search?: string };

export interface NavigateOptions {
  replace?: boolean;
  state?: unknown;
}

export interface LocationStore {
  /** The current entry: a stable object for `useSyncExternalStore`. */
  location(): RouterLocation;
  subscribe(listener: () => void): () => void;
  navigate(to: To, options?: NavigateOptions): void;
  /** Back (-1) or forward (1) in history. */
  go(delta: number): void;
}

/** The path and query string held by a URL hash (`#/fiche/a?q=b`); `/` when there is none. */
export function parseHash(hash: string): { pathname: string; search: string } {
  const raw = hash.replace(/^#/, '');
  const q = raw.indexOf('?');
  const path = q === -1 ? raw : raw.slice(0, q);
  const search = q === -1 ? '' : raw.slice(q);
  return { pathname: path.startsWith('/') ? path : `/${path}`, search: search === '?' ? '' : search };
}

/**
 * The path and query string `to` leads to from `from`: an absolute path as it is, a query string
 * alone on the current path, a relative path beside the current one (`b` from `/a/c` is `/a/b`).
 */
export function resolveTo(to: To, from: { pathname: string }): string {
  if (typeof to !== 'string') {
    const search = to.search ?? '';
    return (to.pathname ?? from.pathname) + (search && !search.startsWith('?') ? `?${search}` : search);
  }
  if (to === '') return from.pathname;
  if (to.startsWith('/')) return to;
  if (to.startsWith('?')) return from.pathname + to;
  return `${from.pathname.replace(/\/[^/]*$/, '')}/${to}`;
}

/** What the store writes into `history.state`. */
interface EntryState {
  key: string;
  usr: unknown;
}

function isEntryState(value: unknown): value is EntryState {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as EntryState).key === 'string' &&
    'usr' in value
  );
}

const newKey = () => Math.random().toString(36).slice(2, 10);

/** The listeners of a store, told of every change. */
function listeners() {
  const set = new Set<() => void>();
  return {
    add(listener: () => void) {
      set.add(listener);
      return () => void set.delete(listener);
    },
    notify() {
      for (const listener of [...set]) listener();
    },
  };
}

/** The window's location, in its hash. */
export function createHashLocationStore(win: Window = window): LocationStore {
  const changed = listeners();
  let type: NavigationType = 'POP';
  let cached: { hash: string; key: string | null; type: NavigationType; location: RouterLocation } | null =
    null;

  // Compared by key: `history.state` may be a fresh copy at each read.
  const location = (): RouterLocation => {
    const hash = win.location.hash;
    const state: unknown = win.history.state;
    const entry = isEntryState(state) ? state : null;
    const key = entry?.key ?? null;
    if (!cached || cached.hash !== hash || cached.key !== key || cached.type !== type) {
      cached = {
        hash,
        key,
        type,
        location: { ...parseHash(hash), state: entry?.usr ?? null, key: key ?? 'default', type },
      };
    }
    return cached.location;
  };

  // Back, forward, and a hash link the router did not handle (typed, or in a document).
  const popped = () => {
    type = 'POP';
    changed.notify();
  };
  win.addEventListener('popstate', popped);
  win.addEventListener('hashchange', popped);

  return {
    location,
    subscribe: changed.add,
    navigate(to, options = {}) {
      const path = resolveTo(to, location());
      const entry: EntryState = { key: newKey(), usr: options.state ?? null };
      if (options.replace) win.history.replaceState(entry, '', `#${path}`);
      else win.history.pushState(entry, '', `#${path}`);
      type = options.replace ? 'REPLACE' : 'PUSH';
      changed.notify();
    },
    go(delta) {
      win.history.go(delta);
    },
  };
}

/** History in memory, from `initial` entries (the last one current): for tests. */
export function createMemoryLocationStore(initial: string[] = ['/']): LocationStore {
  const changed = listeners();
  const entries: RouterLocation[] = initial.map((path, i) => ({
    ...parseHash(path),
    state: null,
    key: i === 0 ? 'default' : newKey(),
    type: 'POP',
  }));
  let index = entries.length - 1;
  return {
    location: () => entries[index]!,
    subscribe: changed.add,
    navigate(to, options = {}) {
      const type: NavigationType = options.replace ? 'REPLACE' : 'PUSH';
      const next: RouterLocation = {
        ...parseHash(resolveTo(to, entries[index]!)),
        state: options.state ?? null,
        key: newKey(),
        type,
      };
      if (options.replace) entries[index] = next;
      else entries.splice(++index, entries.length, next);
      changed.notify();
    },
    go(delta) {
      const target = Math.min(Math.max(index + delta, 0), entries.length - 1);
      if (target === index) return;
      index = target;
      entries[index] = { ...entries[index]!, type: 'POP' };
      changed.notify();
    },
  };
}
