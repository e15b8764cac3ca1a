// @vitest-environment jsdom
// The app's routing (services/router.tsx over services/location-store.ts): the path and query
// string in the hash, a key and a state per history entry, how the app got there, and links
// that behave as react-router's did.
import { Suspense } from 'react';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createHashLocationStore,
  createMemoryLocationStore,
  parseHash,
  resolveTo,
} from '../../../renderer/src/services/location-store';
import {
  Link,
  MemoryRouter,
  Route,
  RouterProvider,
  Switch,
  useLocation,
  useNavigate,
  useParams,
  useSearchParams,
  type RouterLocation,
} from '../../../renderer/src/services/router';

describe('parseHash and resolveTo', () => {
  it('reads the path and the query string from the hash', () => {
    expect(parseHash('#/catalogue?q=insertion')).toEqual({ pathname: '/catalogue', search: '?q=insertion' });
    expect(parseHash('')).toEqual({ pathname: '/', search: '' });
    expect(parseHash('#')).toEqual({ pathname: '/', search: '' });
    expect(parseHash('#fiche/a')).toEqual({ pathname: '/fiche/a', search: '' });
    expect(parseHash('#/aide?')).toEqual({ pathname: '/aide', search: '' });
    // Only the first « ? » starts the query string.
    expect(parseHash('#/catalogue?q=a?b')).toEqual({ pathname: '/catalogue', search: '?q=a?b' });
  });

  it('resolves absolute, query-only, relative and object targets', () => {
    const from = { pathname: '/fiches/abc/modifier' };
    expect(resolveTo('/catalogue?q=x', from)).toBe('/catalogue?q=x');
    expect(resolveTo('?q=x', from)).toBe('/fiches/abc/modifier?q=x');
    expect(resolveTo('voir', from)).toBe('/fiches/abc/voir');
    expect(resolveTo('', from)).toBe('/fiches/abc/modifier');
    expect(resolveTo({ pathname: '/catalogue', search: '?q=x' }, from)).toBe('/catalogue?q=x');
    expect(resolveTo({ pathname: '/catalogue', search: 'q=x' }, from)).toBe('/catalogue?q=x');
    expect(resolveTo({ search: '' }, from)).toBe('/fiches/abc/modifier');
  });
});

describe('the window’s hash store', () => {
  beforeEach(() => {
    window.history.replaceState(null, '', '#/');
  });

  it('pushes and replaces entries in the hash, each with its key and state', () => {
    const store = createHashLocationStore(window);
    const seen: RouterLocation[] = [];
    store.subscribe(() => seen.push(store.location()));

    store.navigate('/catalogue?q=emploi');
    expect(window.location.hash).toBe('#/catalogue?q=emploi');
    const first = store.location();
    expect(first).toMatchObject({ pathname: '/catalogue', search: '?q=emploi', type: 'PUSH', state: null });
    // The same object while nothing changes (useSyncExternalStore needs it).
    expect(store.location()).toBe(first);

    store.navigate('/fiche/cime-programme-balise', { state: { fromCatalogue: true } });
    const second = store.location();
    expect(second.state).toEqual({ fromCatalogue: true });
    expect(second.key).not.toBe(first.key);

    store.navigate('?q=x', { replace: true });
    expect(window.location.hash).toBe('#/fiche/cime-programme-balise?q=x');
    expect(store.location().type).toBe('REPLACE');
    expect(seen).toHaveLength(3);
  });

  it('gives an entry its key back, and says POP, when history returns to it', () => {
    const store = createHashLocationStore(window);
    store.navigate('/chronologie');
    const left = store.location();
    store.navigate('/carte');
    // What the browser does on Back: the entry's URL and state, then popstate.
    window.history.replaceState({ key: left.key, usr: null }, '', '#/chronologie');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(store.location()).toMatchObject({ pathname: '/chronologie', key: left.key, type: 'POP' });
  });

  it('follows a hash the router did not write (typed, or a plain link)', () => {
    const store = createHashLocationStore(window);
    window.history.replaceState(null, '', '#/aide?section=a-propos');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(store.location()).toMatchObject({
      pathname: '/aide',
      search: '?section=a-propos',
      key: 'default',
      state: null,
      type: 'POP',
    });
  });
});

describe('the memory store', () => {
  it('goes back and forward, and a new entry drops what was ahead', () => {
    const store = createMemoryLocationStore(['/', '/catalogue']);
    expect(store.location().pathname).toBe('/catalogue');
    store.navigate('/fiche/a');
    store.go(-1);
    expect(store.location()).toMatchObject({ pathname: '/catalogue', type: 'POP' });
    store.navigate('/carte');
    store.go(1);
    expect(store.location().pathname).toBe('/carte');
    store.go(-5);
    expect(store.location().pathname).toBe('/');
  });
});

function Where() {
  const location = useLocation();
  return (
    <p data-testid="where">
      {location.pathname}
      {location.search} {location.type}
    </p>
  );
}

function Entry() {
  const { id } = useParams();
  return <p>fiche {id}</p>;
}

describe('the router', () => {
  afterEach(cleanup);

  it('matches routes, whatever the case and a trailing slash, and gives their parameters', () => {
    const store = createMemoryLocationStore(['/Fiche/cime-balise/']);
    render(
      <RouterProvider store={store}>
        <Switch>
          <Route path="/catalogue">catalogue</Route>
          <Route path="/fiche/:id">
            <Entry />
          </Route>
          <Route path="*">introuvable</Route>
        </Switch>
      </RouterProvider>,
    );
    expect(screen.getByText('fiche cime-balise')).toBeTruthy();
    act(() => store.navigate('/nulle-part'));
    expect(screen.getByText('introuvable')).toBeTruthy();
  });

  it('links carry an href in the hash, navigate, and a link to where the app is replaces', () => {
    const store = createMemoryLocationStore(['/']);
    render(
      <RouterProvider store={store}>
        <Link to="/catalogue?q=emploi">Catalogue</Link>
        <Where />
      </RouterProvider>,
    );
    const link = screen.getByRole('link', { name: 'Catalogue' });
    expect(link.getAttribute('href')).toBe('#/catalogue?q=emploi');
    fireEvent.click(link);
    expect(screen.getByTestId('where').textContent).toBe('/catalogue?q=emploi PUSH');
    fireEvent.click(link);
    expect(screen.getByTestId('where').textContent).toBe('/catalogue?q=emploi REPLACE');
    act(() => store.go(-1));
    expect(screen.getByTestId('where').textContent).toBe('/ POP');
  });

  it('a click with a modifier is left to the browser', () => {
    const store = createMemoryLocationStore(['/']);
    render(
      <RouterProvider store={store}>
        <Link to="/carte">Carte</Link>
      </RouterProvider>,
    );
    fireEvent.click(screen.getByRole('link', { name: 'Carte' }), { ctrlKey: true });
    expect(store.location().pathname).toBe('/');
  });

  it('search parameters: read, and two updates in a row both count', () => {
    let set: ReturnType<typeof useSearchParams>[1] = () => undefined;
    function Params() {
      const [params, setParams] = useSearchParams();
      set = setParams;
      return <p data-testid="params">{params.toString()}</p>;
    }
    const store = createMemoryLocationStore(['/catalogue?q=emploi']);
    render(
      <RouterProvider store={store}>
        <Params />
      </RouterProvider>,
    );
    expect(screen.getByTestId('params').textContent).toBe('q=emploi');
    act(() => {
      set((p) => {
        p.set('type', 'experience');
        return p;
      });
      set((p) => {
        p.set('tri', 'annee');
        return p;
      });
    });
    expect(store.location().search).toBe('?q=emploi&type=experience&tri=annee');
    act(() => set('', { replace: true }));
    expect(store.location()).toMatchObject({ pathname: '/catalogue', search: '', type: 'REPLACE' });
  });

  it('navigate goes to a path with a state, and back', () => {
    let navigate: ReturnType<typeof useNavigate> = () => undefined;
    function Nav() {
      navigate = useNavigate();
      return null;
    }
    render(
      <MemoryRouter initialEntries={['/catalogue']}>
        <Nav />
        <Where />
      </MemoryRouter>,
    );
    act(() => navigate({ pathname: '/fiche/a', search: '?q=x' }, { state: { fromCatalogue: true } }));
    expect(screen.getByTestId('where').textContent).toBe('/fiche/a?q=x PUSH');
    act(() => navigate(-1));
    expect(screen.getByTestId('where').textContent).toBe('/catalogue POP');
  });

  it('a move to a view that must load keeps the current view until the next one is ready', async () => {
    let ready: () => void = () => undefined;
    const loading = new Promise<void>((resolve) => (ready = resolve));
    let loaded = false;
    function Slow() {
      if (!loaded) throw loading.then(() => (loaded = true));
      return <p>annotations prêtes</p>;
    }
    const store = createMemoryLocationStore(['/catalogue']);
    render(
      <RouterProvider store={store}>
        <Suspense fallback={<p>Chargement…</p>}>
          <Switch>
            <Route path="/catalogue">catalogue affiché</Route>
            <Route path="/annotations">
              <Slow />
            </Route>
          </Switch>
        </Suspense>
      </RouterProvider>,
    );
    act(() => store.navigate('/annotations'));
    // Still the catalogue, never the fallback, while the next view loads.
    expect(screen.getByText('catalogue affiché')).toBeTruthy();
    expect(screen.queryByText('Chargement…')).toBeNull();
    await act(async () => {
      ready();
      await loading;
    });
    expect(await screen.findByText('annotations prêtes')).toBeTruthy();
    expect(screen.queryByText('catalogue affiché')).toBeNull();
  });

  it('a routing hook outside the router says so', () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() => render(<Where />)).toThrow(/outside the router/);
    quiet.mockRestore();
  });
});
