// @vitest-environment jsdom
// Where the user types, each text stops at the cap the import accepts and says so in French;
// the import preview lists the items of a file it will leave out, and imports the rest.
import 'fake-indexeddb/auto';
import { cleanup, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_COLORS } from '../../../../renderer/src/db/defaults';
import { addHighlight, readAll, saveNote, wipeAll } from '../../../../renderer/src/db/annotations';
import { toWebAnnotation } from '../../../../renderer/src/core/annotations-export';
import { TEXT_CAPS } from '../../../../renderer/src/db/text-caps';
import { NoteEditor } from '../../../../renderer/src/features/annotations/NoteEditor';
import AnnotationsView from '../../../../renderer/src/features/annotations/AnnotationsView';
import { createCollection } from '../../../../renderer/src/db/collections';
import { describe as describeSelection } from '../../../../renderer/src/core/anchoring';
import { TagInput } from '../../../../renderer/src/features/annotations/TagInput';
import { Backup } from '../../../../renderer/src/features/annotations/Backup';
import { ok } from '../../../../electron/shared/result';
import { getApi } from '../../../../renderer/src/platform/api';
import { sampleData } from '../../db/fixtures';
import { EntrySection, entry, TEXT, withApp } from './harness';

// A loaded machine can take more than the default second to parse a file and read IndexedDB.
configure({ asyncUtilTimeout: 10_000 });

beforeEach(async () => {
  await wipeAll(DEFAULT_COLORS);
  // jsdom lays nothing out; the preview scrolls itself into view.
  Element.prototype.scrollIntoView = () => {};
});
afterEach(cleanup);

describe('typing fields stop at the caps, with a French message', () => {
  it('a note', async () => {
    const note = await saveNote({ id: 'n1', targetId: 'fu-nantes-plie', body: '' });
    render(withApp(<NoteEditor note={note} startEditing onDelete={() => undefined} />));
    const area = await screen.findByLabelText('Texte de la note (Markdown)');
    expect(area.getAttribute('maxLength')).toBe(String(TEXT_CAPS.note));
    fireEvent.change(area, { target: { value: 'x'.repeat(TEXT_CAPS.note - 1) } });
    expect(screen.queryByText(/Note limitée/)).toBeNull();
    fireEvent.change(area, { target: { value: 'x'.repeat(TEXT_CAPS.note) } });
    expect(screen.getByText(/Note limitée/).textContent).toBe(
      'Note limitée à 1\u202f000\u202f000 caractères : limite atteinte.',
    );
  });

  it('a tag', async () => {
    render(
      withApp(
        <TagInput
          label="Étiquettes de la fiche"
          draftKey="pending:test-tags"
          tags={[]}
          onAdd={() => {}}
          onRemove={() => {}}
        />,
      ),
    );
    const input = await screen.findByPlaceholderText('Ajouter une étiquette…');
    expect(input.getAttribute('maxLength')).toBe(String(TEXT_CAPS.tag));
    fireEvent.change(input, { target: { value: 'é'.repeat(TEXT_CAPS.tag) } });
    expect(screen.getByText(/Étiquette limitée à 80 caractères/)).toBeTruthy();
  });

  it('a highlight’s comment', async () => {
    const exact = '42 % des participants';
    const { quote, position } = describeSelection(
      TEXT,
      TEXT.indexOf(exact),
      TEXT.indexOf(exact) + exact.length,
    );
    const h = await addHighlight({
      targetId: 'fu-nantes-plie',
      sectionRef: 'operations:0',
      quote: { type: 'TextQuoteSelector', ...quote },
      position: { type: 'TextPositionSelector', ...position },
      colorId: 'vert',
      comment: '',
      tags: [],
    });
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
    const mark = await waitFor(() => {
      const m = container.querySelector(`#hl-${h.id}`);
      expect(m).not.toBeNull();
      return m as HTMLElement;
    });
    fireEvent.click(mark);
    const comment = await screen.findByLabelText(/Commentaire/);
    expect(comment.getAttribute('maxLength')).toBe(String(TEXT_CAPS.comment));
    fireEvent.change(comment, { target: { value: 'c'.repeat(TEXT_CAPS.comment) } });
    expect(screen.getByText(/Commentaire limité à 100.000 caractères/)).toBeTruthy();
  });

  it('colour and collection names in « Mes annotations »', async () => {
    await createCollection('Idées');
    render(withApp(<AnnotationsView />));
    const colour = await screen.findByLabelText('Nom de la couleur jaune');
    expect(colour.getAttribute('maxLength')).toBe(String(TEXT_CAPS.colourName));
    fireEvent.input(colour, { target: { value: 'k'.repeat(TEXT_CAPS.colourName) } });
    expect(screen.getByText(/Nom de couleur limité à 60 caractères/)).toBeTruthy();
    const rename = await screen.findByLabelText('Renommer la collection Idées');
    expect(rename.getAttribute('maxLength')).toBe(String(TEXT_CAPS.collectionName));
    fireEvent.input(rename, { target: { value: 'm'.repeat(TEXT_CAPS.collectionName) } });
    expect(screen.getAllByText(/Nom de collection limité à 200 caractères/)).toHaveLength(1);
    const create = screen.getByLabelText('Nouvelle collection');
    expect(create.getAttribute('maxLength')).toBe(String(TEXT_CAPS.collectionName));
  });
});

describe('import preview', () => {
  it('lists the invalid items with place and reason, then imports the rest', async () => {
    const json = toWebAnnotation(sampleData(), { label: 'Mes annotations', now: 0 }) as {
      first: { items: { motivation: string; created: string; body?: { value: string } }[] };
    };
    const notes = json.first.items.filter((i) => i.motivation === 'commenting');
    notes[0]!.body!.value = 'x'.repeat(TEXT_CAPS.note + 1);
    notes[1]!.body!.value = 'Consulter la <base de données> des SIAE';
    json.first.items.find((i) => i.motivation === 'highlighting')!.created = 'hier';
    render(withApp(<Backup />));
    getApi().openFile = async () => ok({ name: 'annotations.json', content: JSON.stringify(json) });

    fireEvent.click(await screen.findByRole('button', { name: 'Importer un fichier…' }));
    const preview = await screen.findByRole('dialog', { name: /Aperçu de l’import/ });
    const list = within(preview).getByRole('list', { name: '2 éléments invalides ne seront pas importés' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Annotation n° 1 (note) — texte de la note : dépasse la limite de 1\u202f000\u202f000 caractères',
      'Annotation n° 4 (surlignage) — date de création : format incorrect',
    ]);
    fireEvent.click(within(preview).getByRole('button', { name: 'Importer le reste' }));
    expect((await screen.findByRole('status')).textContent).toMatch(
      /Import terminé : .*2 éléments invalides laissés de côté\./,
    );
    const data = await readAll();
    expect(data.notes.map((n) => n.body).sort()).toEqual([
      'Assises fondatrices.',
      'Consulter la <base de données> des SIAE',
    ]);
    expect(data.highlights).toEqual([]);
    expect(data.collectionItems).toHaveLength(2);
  });
});
