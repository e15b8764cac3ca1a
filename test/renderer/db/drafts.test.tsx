// @vitest-environment jsdom
// One drafts mechanism for every field the user types into: each keystroke is in the drafts
// table at once, steady typing is saved within MAX_WAIT (not only once typing stops), hiding
// the page saves at once, and drafts left by a crash are applied at the next start and the
// field says so in French.
import 'fake-indexeddb/auto';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/src/db/ReperesDb';
import { DEFAULT_COLORS } from '../../../renderer/src/db/defaults';
import { addHighlight, getHighlight, wipeAll } from '../../../renderer/src/db/annotations';
import { createCollection } from '../../../renderer/src/db/collections';
import { comparisonNoteId, saveComparison } from '../../../renderer/src/db/comparisons';
import { draftKeys, getDraft, putDraft, settleDrafts } from '../../../renderer/src/db/drafts';
import { recoverDrafts } from '../../../renderer/src/db/recovery';
import { MAX_WAIT, useDraftText } from '../../../renderer/src/db/useDraftText';
import { ComparisonNote } from '../../../renderer/src/features/compare/ComparisonNote';
import { TagInput } from '../../../renderer/src/features/annotations/TagInput';
import { describe as describeSelection } from '../../../renderer/src/core/anchoring';
import { EntrySection, entry, TEXT, withApp } from '../features/annotations/harness';

beforeEach(async () => {
  await wipeAll(DEFAULT_COLORS);
  await db().comparisons.clear();
});
afterEach(() => cleanup());

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function comparison(): Promise<string> {
  return saveComparison({
    name: 'Deux PLIE',
    targetIds: ['a', 'b'],
    baselineId: null,
    differencesOnly: false,
  });
}

async function highlight(comment = '') {
  const { quote, position } = describeSelection(TEXT, 3, 7);
  return addHighlight({
    targetId: 'fu-nantes-plie',
    sectionRef: 'operations:0',
    quote: { type: 'TextQuoteSelector', ...quote },
    position: { type: 'TextPositionSelector', ...position },
    colorId: 'jaune',
    comment,
    tags: [],
  });
}

describe('drafts table', () => {
  it('keeps the newest text of a field however fast it is typed', async () => {
    const key = draftKeys.pending('test');
    const writes = Array.from({ length: 50 }, (_, i) => putDraft(key, 'x'.repeat(i + 1)));
    await Promise.all(writes);
    await settleDrafts();
    expect((await getDraft(key))?.body).toBe('x'.repeat(50));
  });
});

describe('comparison note', () => {
  it('is in its draft at the first keystroke, through the note path', async () => {
    const id = await comparison();
    render(withApp(<ComparisonNote comparisonId={id} />));
    fireEvent.change(await screen.findByLabelText('Ma note sur cette comparaison'), {
      target: { value: 'P' },
    });
    await settleDrafts();
    expect((await db().drafts.get(draftKeys.note(comparisonNoteId(id))))?.body).toBe('P');
  });

  it('is saved while someone types steadily, not only once they stop', async () => {
    const id = await comparison();
    render(withApp(<ComparisonNote comparisonId={id} />));
    const area = await screen.findByLabelText('Ma note sur cette comparaison');
    const text = 'Le partenariat avec Pôle emploi revient partout.';
    // One key every 100 ms for about five seconds (five MAX_WAITs): the pause never comes.
    for (let i = 1; i <= text.length; i++) {
      fireEvent.change(area, { target: { value: text.slice(0, i) } });
      await act(() => sleep(100));
    }
    // Read before any pause: only a save made while typing can be there.
    const savedWhileTyping = (await db().notes.get(comparisonNoteId(id)))?.body ?? '';
    expect(savedWhileTyping.length).toBeGreaterThan(MAX_WAIT / 100 / 2);
    expect(text.startsWith(savedWhileTyping)).toBe(true);
    expect(savedWhileTyping.length).toBeGreaterThan(10);
  });

  it('is saved at once when the page is hidden', async () => {
    const id = await comparison();
    render(withApp(<ComparisonNote comparisonId={id} />));
    fireEvent.change(await screen.findByLabelText('Ma note sur cette comparaison'), {
      target: { value: 'Avant de fermer' },
    });
    act(() => {
      window.dispatchEvent(new Event('pagehide'));
    });
    // Well before the typing pause would have saved it.
    await sleep(50);
    expect((await db().notes.get(comparisonNoteId(id)))?.body).toBe('Avant de fermer');
  });
});

describe('a field saved while typed', () => {
  it('keeps what was typed when the live query echoes an older save late', async () => {
    const commits: string[] = [];
    let field: ReturnType<typeof useDraftText> | null = null;
    const commit = async (t: string) => void commits.push(t);
    function Field({ saved }: { saved: string }) {
      field = useDraftText({ draftKey: draftKeys.colorName('test'), saved, commit });
      return <input aria-label="nom" value={field.text} readOnly />;
    }
    const view = render(<Field saved="" />);
    await act(async () => {
      field!.change('Chiffre cl');
      await field!.flush();
      field!.change('Chiffre clé');
      await field!.flush();
    });
    expect(commits).toEqual(['Chiffre cl', 'Chiffre clé']);
    // The echo of the first save arrives after the second one.
    view.rerender(<Field saved="Chiffre cl" />);
    await act(() => sleep(20));
    expect((screen.getByLabelText('nom') as HTMLInputElement).value).toBe('Chiffre clé');
    // A real change from elsewhere (an import) is taken.
    view.rerender(<Field saved="Nom importé" />);
    await waitFor(() => expect((screen.getByLabelText('nom') as HTMLInputElement).value).toBe('Nom importé'));
  });
});

describe('recovery at start-up', () => {
  it('applies every kind of draft left by a crash, then each field says so once', async () => {
    const h = await highlight('Premier');
    const c = await createCollection('Idées');
    const cmp = await comparison();
    await sleep(5);
    await putDraft(draftKeys.comment(h.id), 'Premier jet, tapé avant le crash');
    await putDraft(draftKeys.collectionName(c.id), 'Idées pour notre PLIE');
    await putDraft(draftKeys.colorName('vert'), 'Chiffre à vérifier');
    await putDraft(draftKeys.note(comparisonNoteId(cmp)), 'Note jamais enregistrée');
    await putDraft(draftKeys.pending('tag:fu-nantes-plie'), 'financement');
    await settleDrafts();

    expect(await recoverDrafts()).toBe(5);
    expect((await getHighlight(h.id))?.comment).toBe('Premier jet, tapé avant le crash');
    expect((await db().collections.get(c.id))?.name).toBe('Idées pour notre PLIE');
    expect((await db().colors.get('vert'))?.name).toBe('Chiffre à vérifier');
    expect((await db().notes.get(comparisonNoteId(cmp)))?.body).toBe('Note jamais enregistrée');
    // A second start has nothing new to say.
    expect(await recoverDrafts()).toBe(0);

    // The comment editor shows the recovered text and says so.
    const { container } = render(
      withApp(
        <EntrySection
          targetId="fu-nantes-plie"
          sectionRef="operations:0"
          section={entry().sections[0]!}
          searchMatches={[]}
        />,
      ),
    );
    await waitFor(() => expect(container.querySelector('mark.hl')).toBeTruthy());
    // It reopens by itself, with the recovered text.
    expect(await screen.findByDisplayValue('Premier jet, tapé avant le crash')).toBeTruthy();
    expect(await screen.findByText(/Texte récupéré/)).toBeTruthy();
  });

  it('puts text typed in an input and never submitted back into the input', async () => {
    const key = draftKeys.pending('tag:fu-nantes-plie');
    const added: string[] = [];
    const field = () => (
      <TagInput
        label="Étiquettes"
        draftKey={key}
        tags={added}
        onAdd={(t) => added.push(t)}
        onRemove={() => 0}
      />
    );
    const first = render(withApp(field()));
    fireEvent.change(await screen.findByPlaceholderText('Ajouter une étiquette…'), {
      target: { value: 'financement croisé' },
    });
    await settleDrafts();
    first.unmount(); // the window closes: no blur, no Enter
    render(withApp(field()));
    const input = await screen.findByPlaceholderText('Ajouter une étiquette…');
    await waitFor(() => expect((input as HTMLInputElement).value).toBe('financement croisé'));
    expect(screen.getByText(/Texte récupéré/)).toBeTruthy();
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(added).toEqual(['financement croisé']);
    await waitFor(async () => expect(await getDraft(key)).toBeUndefined());
  });
});
