// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../../renderer/src/db/ReperesDb';
import { DEFAULT_COLORS } from '../../../../renderer/src/db/defaults';
import { addHighlight, saveNote, wipeAll } from '../../../../renderer/src/db/annotations';
import { describe as describeSelection } from '../../../../renderer/src/core/anchoring';
import { EntryAnnotationsPanel } from '../../../../renderer/src/features/annotations/EntryAnnotationsPanel';
import { NoteEditor } from '../../../../renderer/src/features/annotations/NoteEditor';
import { MAX_WAIT } from '../../../../renderer/src/features/annotations/useAutosave';
import { catalogue, EntrySection, entry, TEXT, withApp } from './harness';

beforeEach(async () => {
  await wipeAll(DEFAULT_COLORS);
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

async function highlight(text: string, exact: string, sectionText = TEXT) {
  const start = sectionText.indexOf(exact);
  const { quote, position } = describeSelection(sectionText, start, start + exact.length);
  return addHighlight({
    targetId: 'fu-nantes-plie',
    sectionRef: 'operations:0',
    quote: { type: 'TextQuoteSelector', ...quote },
    position: { type: 'TextPositionSelector', ...position },
    colorId: 'vert',
    comment: text,
    tags: [],
  });
}

describe('notes', () => {
  it('autosaves while typing, within a second, and keeps a draft of every keystroke', async () => {
    const note = await saveNote({ id: 'n1', targetId: 'fu-nantes-plie', body: '' });
    render(withApp(<NoteEditor note={note} startEditing onDelete={() => undefined} />));
    const area = await screen.findByLabelText('Texte de la note (Markdown)');
    fireEvent.change(area, { target: { value: 'Demander à Nantes' } });
    expect((await db().drafts.get('note:n1'))?.body).toBe('Demander à Nantes');
    await waitFor(async () => expect((await db().notes.get('n1'))?.body).toBe('Demander à Nantes'), {
      timeout: MAX_WAIT + 300,
    });
    expect(await db().drafts.get('note:n1')).toBeUndefined();
  });

  it('saves at once when the page is hidden or left', async () => {
    const note = await saveNote({ id: 'n2', targetId: 'fu-nantes-plie', body: 'a' });
    render(withApp(<NoteEditor note={note} startEditing onDelete={() => undefined} />));
    fireEvent.change(await screen.findByLabelText('Texte de la note (Markdown)'), {
      target: { value: 'ab' },
    });
    expect(screen.getByRole('status').textContent).toBe('Modifications en cours…');
    act(() => {
      window.dispatchEvent(new Event('pagehide'));
    });
    // The save starts synchronously on pagehide, not after the typing pause.
    expect(screen.getByRole('status').textContent).toBe('Enregistrement…');
    await waitFor(async () => expect((await db().notes.get('n2'))?.body).toBe('ab'));
  });

  it('recovers a draft left by a window closed before the save', async () => {
    const note = await saveNote({ id: 'n3', targetId: 'fu-nantes-plie', body: 'ancien' });
    await db().drafts.put({
      key: 'note:n3',
      body: 'ancien puis tapé avant le crash',
      updatedAt: note.updatedAt + 50,
    });
    render(withApp(<NoteEditor note={note} onDelete={() => undefined} />));
    await waitFor(async () =>
      expect((await db().notes.get('n3'))?.body).toBe('ancien puis tapé avant le crash'),
    );
    expect(await screen.findByText('ancien puis tapé avant le crash')).toBeTruthy();
  });

  it('shows a French storage error and keeps the typed text on screen', async () => {
    const note = await saveNote({ id: 'n4', targetId: 'fu-nantes-plie', body: '' });
    const quota = Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    vi.spyOn(db().notes, 'put').mockRejectedValue(quota);
    vi.spyOn(db().drafts, 'put').mockRejectedValue(quota);
    render(withApp(<NoteEditor note={note} startEditing onDelete={() => undefined} />));
    const area = (await screen.findByLabelText('Texte de la note (Markdown)')) as HTMLTextAreaElement;
    fireEvent.change(area, { target: { value: 'Texte précieux' } });
    expect((await screen.findByRole('alert', {}, { timeout: 2000 })).textContent).toMatch(
      /espace de stockage est plein/,
    );
    expect(area.value).toBe('Texte précieux');
  });

  it('renders Markdown through the sanitizer (no script, no handler)', async () => {
    const note = await saveNote({
      id: 'n5',
      targetId: 'fu-nantes-plie',
      body: '**gras** <img src=x onerror=alert(1)><script>alert(2)</script>[lien](javascript:alert(3))',
    });
    const { container } = render(withApp(<NoteEditor note={note} onDelete={() => undefined} />));
    await screen.findByText('gras');
    expect(container.querySelector('strong')?.textContent).toBe('gras');
    expect(container.querySelector('script, img, [onerror]')).toBeNull();
    expect(container.querySelector('a')?.getAttribute('href') ?? '').not.toMatch(/javascript/);
  });
});

describe('AnnotatableSection', () => {
  it('draws highlights with their colour and id, search matches, and lists orphans', async () => {
    const kept = await highlight('taux', '42 % des participants');
    const lost = await highlight('perdu', 'La Maison de l’emploi pilote le dispositif.');
    const moved =
      'Nouvelle introduction.\n\n' +
      TEXT.replace('La Maison de l’emploi pilote le dispositif.', 'Tout autre chose.');
    const e = entry(moved);
    const { container } = render(
      withApp(
        <EntrySection
          targetId={e.id}
          sectionRef="operations:0"
          section={e.sections[0]!}
          searchMatches={[{ start: moved.indexOf('coordinateur'), end: moved.indexOf('coordinateur') + 12 }]}
        />,
        catalogue(moved),
      ),
    );
    const mark = await waitFor(() => {
      const m = container.querySelector(`#hl-${kept.id}`);
      expect(m).not.toBeNull();
      return m as HTMLElement;
    });
    expect(mark.textContent).toBe('42 % des participants');
    expect(mark.style.getPropertyValue('--hl')).toBe('#b9e6a7');
    expect(container.querySelector('mark.search-match')?.textContent).toBe('coordinateur');
    expect(screen.getByText('Surlignages orphelins de cette section')).toBeTruthy();
    expect(container.querySelector(`#hl-${lost.id}`)?.textContent).toContain(
      'La Maison de l’emploi pilote le dispositif.',
    );
    // The section text itself is unchanged by the marks.
    expect(container.querySelector('.annotatable__text')?.textContent).toBe(moved.replace(/\n{2,}/g, ''));
  });

  it('highlights a selection with the "Surligner la sélection" button', async () => {
    const e = entry();
    const { container } = render(
      withApp(
        <EntrySection
          targetId={e.id}
          sectionRef="operations:0"
          section={e.sections[0]!}
          searchMatches={[]}
        />,
      ),
    );
    await screen.findByText('Surligner la sélection');
    const run = container.querySelector('[data-o="0"]')!.firstChild!;
    const range = document.createRange();
    const start = TEXT.indexOf('un coordinateur');
    range.setStart(run, start);
    range.setEnd(run, start + 'un coordinateur'.length);
    act(() => {
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
      document.dispatchEvent(new Event('selectionchange'));
    });
    fireEvent.click(await screen.findByText('Surligner la sélection'));
    await waitFor(async () => expect(await db().highlights.count()).toBe(1));
    const h = (await db().highlights.toArray())[0]!;
    expect(h.quote).toMatchObject({ exact: 'un coordinateur', prefix: 'Le PLIE finance ' });
    expect(h.colorId).toBe('jaune');
    expect(await screen.findByText('Surlignage :', { exact: false })).toBeTruthy();
  });
});

describe('EntryAnnotationsPanel', () => {
  it('toggles the favourite, adds tags and puts the entry in a new collection', async () => {
    render(
      withApp(
        <EntryAnnotationsPanel
          targetId="fu-nantes-plie"
          targetTitle="Nantes : le PLIE"
          orphans={[]}
          colors={DEFAULT_COLORS}
        />,
      ),
    );
    fireEvent.click(await screen.findByText('Ajouter aux favoris', { exact: false }));
    await waitFor(async () => expect(await db().favourites.get('fu-nantes-plie')).toBeTruthy());
    const tag = screen.getByPlaceholderText('Ajouter une étiquette…');
    fireEvent.change(tag, { target: { value: '  PLIE ' } });
    fireEvent.keyDown(tag, { key: 'Enter' });
    await waitFor(async () => expect((await db().entryTags.toArray()).map((t) => t.tag)).toEqual(['PLIE']));
    fireEvent.click(screen.getByText('Ajouter à une collection'));
    fireEvent.change(screen.getByLabelText('Collection'), { target: { value: '__new' } });
    fireEvent.change(screen.getByLabelText('Nom'), { target: { value: 'Idées pour notre PLIE' } });
    fireEvent.click(screen.getByText('Ajouter'));
    await waitFor(async () => expect(await db().collectionItems.count()).toBe(1));
    expect(await screen.findByText('Idées pour notre PLIE')).toBeTruthy();
  });
});

describe('useUserSearchDocuments', () => {
  it('gives the search every note, highlight comment and tag per item, live', async () => {
    const { useUserSearchDocuments } =
      await import('../../../../renderer/src/features/annotations/useUserSearchDocuments');
    function Probe() {
      const docs = useUserSearchDocuments();
      return <pre data-testid="docs">{JSON.stringify(docs)}</pre>;
    }
    render(withApp(<Probe />));
    await saveNote({ id: 's1', targetId: 'fu-nantes-plie', body: 'coordinateur financé' });
    await highlight('comité de pilotage', '42 % des participants');
    await waitFor(() => {
      const docs = JSON.parse(screen.getByTestId('docs').textContent ?? '[]') as {
        targetId: string;
        text: string;
      }[];
      expect(docs).toHaveLength(1);
      expect(docs[0]!.targetId).toBe('fu-nantes-plie');
      expect(docs[0]!.text).toContain('coordinateur financé');
      expect(docs[0]!.text).toContain('comité de pilotage');
    });
  });
});
