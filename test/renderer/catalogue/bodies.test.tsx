// @vitest-environment jsdom
// The window's catalogue in two parts (issue 16): the list shows at once, the bodies join it
// after the first paint; every view but the list waits for them, and bodies that cannot be read
// leave the list usable with a French message where they were needed.
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ReperesApi } from '../../../electron/shared/api';
import type { CatalogueItem } from '../../../electron/shared/items';
import { fail, ok, type Result } from '../../../electron/shared/result';
import type { CatalogueBodies } from '../../../electron/shared/schema';
import { splitForWindow } from '../../../electron/shared/window-catalogue';
import { CatalogueProvider, useCatalogue } from '../../../renderer/src/catalogue/CatalogueContext';
import { WithBodies } from '../../../renderer/src/catalogue/WithBodies';
import { realCatalogue } from '../features/catalogue/harness';

const { list, bodies } = splitForWindow(realCatalogue().catalogue);
const withSections = list.entries.find((_, i) => bodies.entries[i]!.sections.length > 0)!;

// The page keeps the first platform API it meets (platform/api.ts): one API, whose bodies each
// test decides.
const loadBodies = vi.fn<() => Promise<Result<CatalogueBodies>>>();
const api: Partial<ReperesApi> = {
  platform: 'web',
  loadCatalogue: async () => ok(list),
  loadCatalogueBodies: () => loadBodies(),
  logError: () => undefined,
};
window.reperes = api as ReperesApi;

function install(implementation: () => Promise<Result<CatalogueBodies>>) {
  loadBodies.mockReset();
  loadBodies.mockImplementation(implementation);
  return loadBodies;
}

let searched: Promise<readonly CatalogueItem[]> | null = null;

function Probe() {
  const loaded = useCatalogue();
  searched = loaded.searchItems;
  const entry = loaded.catalogue.entries.find((e) => e.id === withSections.id)!;
  return (
    <p>
      {loaded.complete ? 'complet' : 'liste'} · {loaded.items.length} fiches · {entry.sections.length}{' '}
      sections
    </p>
  );
}

const preload = vi.fn(async () => undefined);

function ui() {
  return (
    <CatalogueProvider>
      <Probe />
      <WithBodies preload={preload}>
        <p>Texte de la fiche</p>
      </WithBodies>
    </CatalogueProvider>
  );
}

afterEach(() => {
  cleanup();
  searched = null;
  preload.mockClear();
});

describe('the catalogue’s list, then its bodies', () => {
  it('shows the list at once, and every view but the list waits for the bodies, asked for once', async () => {
    let arrive: (r: Result<CatalogueBodies>) => void = () => undefined;
    const load = install(() => new Promise((resolve) => (arrive = resolve)));
    render(ui());
    const total = list.entries.length + list.events.length;
    expect(await screen.findByText(`liste · ${total} fiches · 0 sections`)).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Chargement…');
    expect(screen.queryByText('Texte de la fiche')).toBeNull();
    // The read is asked for by an effect, then a microtask: on a loaded machine the list can show
    // before it, and the bodies would arrive to no one.
    await vi.waitFor(() => expect(load).toHaveBeenCalled());
    await act(async () => arrive(ok(bodies)));
    const sections = bodies.entries.find((b) => b.id === withSections.id)!.sections.length;
    expect(await screen.findByText(`complet · ${total} fiches · ${sections} sections`)).toBeTruthy();
    expect(screen.getByText('Texte de la fiche')).toBeTruthy();
    // The gate and the first paint both ask: one read.
    expect(load).toHaveBeenCalledTimes(1);
    // The view's code loaded while the bodies were on their way, not after them.
    expect(preload).toHaveBeenCalledTimes(1);
    // The search is built on the items with their text, however soon it asked.
    const items = await searched!;
    expect(items.find((i) => i.id === withSections.id)?.entry?.sections.length).toBe(sections);
  });

  it('keeps the list usable when the bodies cannot be read, and says why where they were needed', async () => {
    install(async () => fail('catalogue-missing', 'Le catalogue est introuvable.', 'HTTP 404'));
    render(ui());
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Le contenu des fiches ne peut pas s’afficher');
    expect(alert.textContent).toContain('Le catalogue est introuvable.');
    expect(screen.getByRole('link', { name: 'revenir au catalogue' }).getAttribute('href')).toBe(
      '#/catalogue',
    );
    expect(screen.getByText(/^liste · /)).toBeTruthy();
    // The search still starts, on the list's items.
    expect((await searched!).length).toBe(list.entries.length + list.events.length);
  });

  it('refuses bodies of another catalogue instead of mixing two', async () => {
    install(async () => ok({ ...bodies, entries: [...bodies.entries].reverse() }));
    render(ui());
    expect((await screen.findByRole('alert')).textContent).toMatch(/ne correspond pas au catalogue/);
    expect(screen.queryByText('Texte de la fiche')).toBeNull();
  });

  it('turns a platform call that throws into the same French message', async () => {
    install(() => {
      throw new Error('IPC fermé');
    });
    render(ui());
    expect((await screen.findByRole('alert')).textContent).toContain(
      'Le contenu des fiches n’a pas pu être chargé.',
    );
  });
});
