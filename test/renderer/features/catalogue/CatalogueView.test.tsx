// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { App, installApi, lastLocation, realCatalogue } from './harness';

// The search engine is the search helper's; here a predictable stand-in keeps the test about
// the catalogue view: titles containing the query, in catalogue order.
vi.mock('../../../../renderer/src/features/search/useSearch', async () => {
  const { useCatalogue } = await import('../../../../renderer/src/catalogue/CatalogueContext');
  return {
    useSearch(query: string) {
      const { items } = useCatalogue();
      const q = query.trim().toLowerCase();
      if (!q) return { hits: null, pending: false, terms: [] };
      const hits = items
        .filter((i) => i.title.toLowerCase().includes(q))
        .map((i) => ({ id: i.id, score: 0.1, snippet: { text: i.title, ranges: [] } }));
      return { hits, pending: false, terms: [q] };
    },
  };
});
vi.mock('../../../../renderer/src/features/compare/AddToCompareButton', () => ({
  AddToCompareButton: () => <button type="button">Ajouter à la comparaison</button>,
}));

beforeAll(installApi);
afterEach(cleanup);

const total = () => {
  const { catalogue } = realCatalogue();
  return catalogue.entries.length + catalogue.events.length;
};

describe('CatalogueView', () => {
  it('shows every entry and event in the count, and facets with counts', async () => {
    render(<App url="/catalogue" />);
    const count = await screen.findByTestId('nombre-fiches');
    expect(count.textContent).toContain(`${total()} fiches`);
    const sources = screen.getByRole('group', { name: 'Source' });
    expect(within(sources).getByRole('checkbox', { name: /VITA 2008/ })).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Groupe de travail VITA' })).toBeTruthy();
  });

  it('filters with a facet, writes it to the URL, and shows it as a removable chip', async () => {
    render(<App url="/catalogue" />);
    const vita = await screen.findByRole('checkbox', { name: /VITA 2008/ });
    fireEvent.click(vita);
    const vitaItems = realCatalogue().catalogue.entries.filter(
      (e) => e.source === '003_1a63ce81a07ade7b.txt',
    ).length;
    await waitFor(() =>
      expect(screen.getByTestId('nombre-fiches').textContent).toContain(`${vitaItems} fiches`),
    );
    expect(lastLocation).toBe('/catalogue?source=003_1a63ce81a07ade7b.txt');
    // Kind counts now describe VITA only: no case studies.
    const kinds = screen.getByRole('group', { name: 'Type de fiche' });
    expect(within(kinds).queryByRole('checkbox', { name: /Étude de cas/ })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Retirer le filtre Source : VITA 2008' }));
    await waitFor(() =>
      expect(screen.getByTestId('nombre-fiches').textContent).toContain(`${total()} fiches`),
    );
  });

  it('restores query and facets from the URL, and offers ways out of an empty result', async () => {
    render(<App url="/catalogue?q=maraichage%20zzz&type=event" />);
    await screen.findByText(/Aucune fiche ne correspond à « maraichage zzz »/);
    expect(
      (screen.getByRole('combobox', { name: 'Rechercher dans le catalogue' }) as HTMLInputElement).value,
    ).toBe('maraichage zzz');
    expect(screen.getByRole('button', { name: 'Chercher « zzz »' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Chercher « maraichage »' }));
    await waitFor(() => expect(lastLocation).toBe('/catalogue?q=maraichage&type=event'));
    fireEvent.click(screen.getByRole('button', { name: 'Effacer la recherche' }));
    await waitFor(() => expect(lastLocation).toBe('/catalogue?type=event'));
    expect(screen.getByTestId('nombre-fiches').textContent).toContain(
      `${realCatalogue().catalogue.events.length} fiches`,
    );
  });

  it('opens the active result with Enter from the search box, carrying the list state', async () => {
    render(<App url="/catalogue" />);
    const box = await screen.findByRole('combobox', { name: 'Rechercher dans le catalogue' });
    fireEvent.change(box, { target: { value: 'maraîchers' } });
    await waitFor(() => expect(screen.getByTestId('nombre-fiches').textContent).toContain('1 fiche'));
    expect(box.getAttribute('aria-activedescendant')).toMatch(/^resultat-fu-nantes/);
    // The entry's first render waits for its highlights (it suspends): an awaited act lets React
    // render it again once they are read.
    await act(async () => {
      fireEvent.keyDown(box, { key: 'Enter' });
    });
    await screen.findByRole('heading', { level: 1, name: 'Dispositif des Maraîchers nantais' });
    expect(lastLocation).toMatch(/^\/fiche\/fu-nantes[^?]*\?q=mara%C3%AEchers&fiche=fu-nantes/);
  });
});
