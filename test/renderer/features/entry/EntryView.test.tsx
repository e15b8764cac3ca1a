// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { App, installApi, lastLocation, realCatalogue } from '../catalogue/harness';
import { annotatableSections, eventSections } from '../../../../renderer/src/core/sections';
import { describe as describeSelection } from '../../../../renderer/src/core/anchoring';
import { addHighlight, wipeAll } from '../../../../renderer/src/db/annotations';
import { DEFAULT_COLORS } from '../../../../renderer/src/db/defaults';
import { toItems } from '../../../../electron/shared/items';

// The entry view only takes the query's terms from the search; the engine (a worker) is not
// under test here: an idle stand-in lets the view fall back to the query's own words.
vi.mock('../../../../renderer/src/features/search/useSearch', () => ({
  useSearch: () => ({ hits: null, pending: true, terms: [] }),
}));
vi.mock('../../../../renderer/src/features/compare/AddToCompareButton', () => ({
  AddToCompareButton: () => <button type="button">Ajouter à la comparaison</button>,
}));

beforeAll(installApi);
afterEach(cleanup);

const nantes = () =>
  realCatalogue().catalogue.entries.find((e) => e.title === 'Dispositif des Maraîchers nantais')!;

describe('EntryView', () => {
  it('shows the key facts and copies an e-mail without any link to the network', async () => {
    const entry = nantes();
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const { container } = render(<App url={`/fiche/${entry.id}`} />);
    await screen.findByRole('heading', { level: 1, name: entry.title });
    const facts = screen.getByRole('region', { name: 'Repères clés' });
    expect(within(facts).getByText('Nantes Métropole')).toBeTruthy();
    expect(within(facts).getByText('Loire-Atlantique')).toBeTruthy();
    expect(within(facts).getByText(new RegExp(`lignes ${entry.lines[0]}–${entry.lines[1]}`))).toBeTruthy();
    const email = entry.people.find((p) => p.email)?.email ?? entry.emails[0]!;
    fireEvent.click(within(facts).getAllByRole('button', { name: `Copier le courriel ${email}` })[0]!);
    await waitFor(() => expect(writeText).toHaveBeenCalledWith(email));
    const links = [...container.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '');
    expect(links.filter((h) => /^(https?:|mailto:|tel:)/.test(h))).toEqual([]);
  });

  it('shows both sub-heading levels of the document, and photo captions apart from the text', async () => {
    const entry = nantes();
    render(<App url={`/fiche/${entry.id}`} />);
    await screen.findByRole('heading', { level: 1, name: entry.title });
    // « 5. L'effet dynamique »: « Bilan des actions menées », then « En amont de l'emploi » under it.
    const effects = screen.getByRole('region', { name: /^6\. L'effet dynamique/ });
    expect(within(effects).getByRole('heading', { level: 3, name: 'Bilan des actions menées' })).toBeTruthy();
    expect(within(effects).getByRole('heading', { level: 4, name: "En amont de l'emploi" })).toBeTruthy();
    // The captions of the last part: figures labelled « Légende », outside the reading text.
    const innovation = screen.getByRole('region', { name: /^7\. Caractéristiques innovantes/ });
    const figures = within(innovation).getAllByRole('figure');
    expect(figures.map((f) => f.textContent)).toEqual([
      'Légende La cueillette des tomates',
      'Légende Tracteur transportant des plants de poireaux',
    ]);
    const text = innovation.querySelector('.annotatable__text')!;
    expect(text.textContent).not.toContain('La cueillette des tomates');
    expect(text.contains(figures[0]!)).toBe(false);
  });

  it('shows its text with its highlights from its first frame, not drawn a frame later', async () => {
    const entry = nantes();
    const item = toItems(realCatalogue().catalogue).find((i) => i.id === entry.id)!;
    const section = annotatableSections(item).find((s) => s.text.includes('maraîch'))!;
    const start = section.text.indexOf('maraîch');
    const { quote, position } = describeSelection(section.text, start, start + 8);
    const saved = await addHighlight({
      targetId: entry.id,
      sectionRef: section.ref,
      quote: { type: 'TextQuoteSelector', ...quote },
      position: { type: 'TextPositionSelector', ...position },
      colorId: 'vert',
      comment: '',
      tags: [],
    });
    // Every change to the page is looked at as it lands: the title must never be there without the mark.
    const seen: { title: boolean; mark: boolean }[] = [];
    const observer = new MutationObserver(() => {
      const title = [...document.querySelectorAll('h1')].some((h) => h.textContent === entry.title);
      if (title) seen.push({ title, mark: document.querySelector(`mark[data-hl="${saved.id}"]`) !== null });
    });
    observer.observe(document.body, { childList: true, subtree: true });
    render(<App url={`/fiche/${entry.id}`} />);
    await screen.findByRole('heading', { level: 1, name: entry.title });
    observer.disconnect();
    await wipeAll(DEFAULT_COLORS); // The other tests' entries carry no highlight.
    expect(seen.length).toBeGreaterThan(0);
    expect(seen[0]).toEqual({ title: true, mark: true });
  });

  it('switches to the original text, numbered as in the document', async () => {
    const entry = nantes();
    render(<App url={`/fiche/${entry.id}?q=maraichers`} />);
    const toggle = await screen.findByRole('switch', { name: 'Texte d’origine' });
    expect(toggle.getAttribute('aria-checked')).toBe('false');
    // The original text's view loads on demand (it suspends): an awaited act lets React render it.
    await act(async () => {
      fireEvent.click(toggle);
    });
    await screen.findByLabelText('Texte d’origine numéroté');
    expect(screen.getByRole('switch', { name: 'Texte d’origine' }).getAttribute('aria-checked')).toBe('true');
    expect(lastLocation).toContain('vue=origine');
    expect(screen.getByLabelText('Texte d’origine numéroté').textContent).toContain(
      `${entry.lines[0]}## ${entry.title}`,
    );
    fireEvent.click(screen.getByRole('switch', { name: 'Texte d’origine' }));
    // Back to the sections: the query's words are marked, accents and case aside.
    await waitFor(() => expect(document.querySelectorAll('mark').length).toBeGreaterThan(0));
    const marked = [...document.querySelectorAll('mark')].map((m) => m.textContent ?? '');
    expect(marked).toEqual(marked.filter((t) => /^mara[iî]chers/i.test(t)));
  });

  it('goes back to the list with Escape, keeping the search and selecting the entry', async () => {
    const entry = nantes();
    render(<App url={`/fiche/${entry.id}?q=maraichers&type=case`} />);
    const heading = await screen.findByRole('heading', { level: 1, name: entry.title });
    // The title takes the focus in the same effects pass that attaches the Escape listener.
    await waitFor(() => expect(document.activeElement).toBe(heading));
    fireEvent.keyDown(document.body, { key: 'Escape' });
    await waitFor(() => expect(lastLocation).toBe(`/catalogue?q=maraichers&type=case&fiche=${entry.id}`));
  });

  it('shows an event with its date, columns and documentation', async () => {
    const event = realCatalogue().catalogue.events.find((e) => e.date === '1993-04-01' && e.documentation)!;
    render(<App url={`/fiche/${event.id}`} />);
    await screen.findByRole('heading', { level: 1, name: event.title });
    expect(screen.getByText('1er avril 1993')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Documentation' })).toBeTruthy();
    for (const s of eventSections(event))
      expect(screen.getAllByRole('heading', { name: s.heading }).length).toBeGreaterThan(0);
  });

  it('says so when the id is unknown', async () => {
    render(<App url="/fiche/nexiste-pas" />);
    await screen.findByRole('heading', { name: 'Fiche introuvable' });
  });
});
