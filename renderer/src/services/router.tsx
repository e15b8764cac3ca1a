// The app's routing: wouter's `Switch`, `Route`, `Link` and `useParams`, driven by a location
// store (services/location-store.ts) that keeps the path and query string in the URL's hash, one
// key and state per history entry, and how the app arrived there. Views use these hooks only.
//
// wouter replaced react-router (issue 16): react-router was 36 kB of the first script, and its
// history, route matching and links were evaluated and run before the catalogue's first paint.
// The first script is 28 kB smaller; the catalogue is interactive about 6 ms sooner (startup-ab,
// 24 rounds, paired with the previous build).
import {
  createContext,
  startTransition,
  useCallback,
  useContext,
  useLayoutEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import { Router } from 'wouter';
import {
  createHashLocationStore,
  createMemoryLocationStore,
  resolveTo,
  type LocationStore,
  type NavigateOptions,
  type NavigationType,
  type RouterLocation,
  type To,
} from './location-store';

export { Link, Route, Switch, useParams } from 'wouter';
export type { NavigateOptions, NavigationType, RouterLocation, To } from './location-store';

const StoreContext = createContext<LocationStore | null>(null);
/** The entry the views render: the store's, once React has rendered the move to it. */
const LocationContext = createContext<RouterLocation | null>(null);

const OUTSIDE = 'A routing hook was used outside the router.';

function useStore(): LocationStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error(OUTSIDE);
  return store;
}

/** The current history entry; the component renders again when it changes. */
export function useLocation(): RouterLocation {
  const location = useContext(LocationContext);
  if (!location) throw new Error(OUTSIDE);
  return location;
}

/** POP (back, forward, a new page), PUSH or REPLACE: how the current entry was reached. */
export function useNavigationType(): NavigationType {
  return useLocation().type;
}

export interface Navigate {
  (to: To, options?: NavigateOptions): void;
  /** Back (-1) or forward (1) in history. */
  (delta: number): void;
}

/** Goes to a path (`/fiche/a?q=b`, `{ pathname, search }`) or back and forward; stable. */
export function useNavigate(): Navigate {
  const store = useStore();
  return useCallback(
    (to: To | number, options?: NavigateOptions) => {
      if (typeof to === 'number') store.go(to);
      else store.navigate(to, options);
    },
    [store],
  );
}

type SearchInit = ConstructorParameters<typeof URLSearchParams>[0];
export type SetSearchParams = (
  next: SearchInit | ((current: URLSearchParams) => SearchInit),
  options?: NavigateOptions,
) => void;

/**
 * The query string of the current path, and a setter that navigates to the same path with
 * another one. The setter is stable and starts from the query string at the time it is called,
 * so two calls in a row both count.
 */
export function useSearchParams(): [URLSearchParams, SetSearchParams] {
  const store = useStore();
  const { search } = useLocation();
  const params = useMemo(() => new URLSearchParams(search), [search]);
  const set = useCallback<SetSearchParams>(
    (next, options) => {
      const here = store.location();
      const query = new URLSearchParams(
        typeof next === 'function' ? next(new URLSearchParams(here.search)) : next,
      ).toString();
      store.navigate({ pathname: here.pathname, search: query ? `?${query}` : '' }, options);
    },
    [store],
  );
  return [params, set];
}

/** The `href` that leads to `to` from the current path (`#/catalogue`). */
export function useHref(to: To): string {
  const { pathname } = useLocation();
  return hashHref(resolveTo(to, { pathname }));
}

const hashHref = (path: string) => `#${path}`;

/** What wouter needs of a store: its path, its query string and a navigate for its links. */
function wouterHooks(store: LocationStore) {
  const navigate = (to: string, options: NavigateOptions = {}) => {
    // A link to where the app already is replaces the entry rather than adding one: a second
    // click on « Catalogue » must not take one more Back to leave it.
    const here = store.location();
    const replace = options.replace ?? resolveTo(to, here) === here.pathname + here.search;
    store.navigate(to, { replace, state: options.state });
  };
  return {
    hook: function useStorePath(): [string, typeof navigate] {
      return [useLocation().pathname, navigate];
    },
    searchHook: function useStoreSearch() {
      return useLocation().search;
    },
  };
}

/**
 * Routes everything under it from `store`. A move is rendered as a transition, as react-router
 * did: the view on screen stays, and keeps answering, until the next one has its code and data.
 * Rendered at once instead, a view loaded on demand showed « Chargement… », and React then held
 * the view back for its 300 ms reveal throttle (« Mes annotations » took 480 ms instead of 130).
 */
export function RouterProvider({ store, children }: { store: LocationStore; children: ReactNode }) {
  const [location, setLocation] = useState(store.location);
  useLayoutEffect(() => {
    const follow = () => startTransition(() => setLocation(store.location()));
    follow(); // a move between the first render and now
    return store.subscribe(follow);
  }, [store]);
  const hooks = useMemo(() => wouterHooks(store), [store]);
  return (
    <StoreContext.Provider value={store}>
      <LocationContext.Provider value={location}>
        <Router hook={hooks.hook} searchHook={hooks.searchHook} hrefs={hashHref}>
          {children}
        </Router>
      </LocationContext.Provider>
    </StoreContext.Provider>
  );
}

let windowStore: LocationStore | null = null;

/** The window's router: its location in the URL's hash. */
export function HashRouter({ children }: { children: ReactNode }) {
  windowStore ??= createHashLocationStore();
  return <RouterProvider store={windowStore}>{children}</RouterProvider>;
}

/** A router with its history in memory, at the last of `initialEntries`: for tests. */
export function MemoryRouter({
  initialEntries,
  children,
}: {
  initialEntries?: string[];
  children: ReactNode;
}) {
  const [store] = useState(() => createMemoryLocationStore(initialEntries));
  return <RouterProvider store={store}>{children}</RouterProvider>;
}
