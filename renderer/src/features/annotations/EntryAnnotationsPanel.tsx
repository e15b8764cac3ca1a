// Everything the user attaches to one catalogue entry or event: favourite star, tags,
// collections, notes, and the highlights of this entry that no longer find their passage (placed
// by the entry with its sections: see useEntryHighlights).
import { useEffect, useRef, useState } from 'react';
import { Link } from '../../services/router';
import {
  addEntryTag,
  deleteHighlight,
  deleteNote,
  newId,
  removeEntryTag,
  saveNote,
  toggleFavourite,
  useEntryTags,
  useIsFavourite,
  useNotes,
} from '../../db/annotations';
import {
  addToCollection,
  createCollection,
  removeFromCollection,
  useMemberships,
} from '../../db/collections';
import { draftKeys } from '../../db/drafts';
import { useDraftText } from '../../db/useDraftText';
import { NoteEditor } from './NoteEditor';
import { TagInput } from './TagInput';
import { useCollections, useStorageAction } from './hooks';
import type { ColorRow, HighlightRow, NoteRow } from '../../db/rows';
import { colorStyle } from './MarkedText';
import './annotations.css';
import { CapNotice } from '../../services/CapNotice';
import { TEXT_CAPS } from '../../db/text-caps';

export function EntryAnnotationsPanel({
  targetId,
  targetTitle,
  orphans,
  colors,
}: {
  targetId: string;
  targetTitle: string;
  /** The entry's highlights whose passage or section is gone; undefined until they are read. */
  orphans: readonly HighlightRow[] | undefined;
  colors: readonly ColorRow[] | undefined;
}) {
  const [run, error] = useStorageAction();
  const [fresh, setFresh] = useState<{ row: NoteRow; seen: boolean } | null>(null);
  const saved = useNotes(targetId);
  const tags = useEntryTags(targetId);
  const favourite = useIsFavourite(targetId);
  const memberships = useMemberships(targetId);
  const collections = useCollections();

  const addNote = async () => {
    const id = newId();
    const now = Date.now();
    setFresh({ row: { id, targetId, body: '', createdAt: now, updatedAt: now }, seen: false });
    await run(() => saveNote({ id, targetId, body: '' }));
  };
  const removeNote = (id: string) => {
    setFresh((f) => (f?.row.id === id ? null : f));
    void run(() => deleteNote(id));
  };
  // The new note's editor shows, focused, in the same frame as the click, not once the database
  // gives the note back: keys typed right after « Ajouter une note » went to the button meanwhile
  // (the first letters were lost, and a space pressed it again). Its text is saved like any
  // note's; once the database has the note, the list is the database's.
  if (fresh && !fresh.seen && saved?.some((n) => n.id === fresh.row.id)) setFresh({ ...fresh, seen: true });
  const notes =
    fresh && !fresh.seen && fresh.row.targetId === targetId ? [...(saved ?? []), fresh.row] : saved;

  return (
    <aside className="annotations-panel" aria-label={`Mes annotations sur « ${targetTitle} »`}>
      <div className="annotations-panel__head">
        <h2>Mes annotations</h2>
        <button
          type="button"
          className={`star${favourite ? ' star--on' : ''}`}
          aria-pressed={favourite}
          onClick={() => void run(() => toggleFavourite(targetId))}
        >
          <span aria-hidden="true">{favourite ? '★' : '☆'}</span>{' '}
          {favourite ? 'Favori' : 'Ajouter aux favoris'}
        </button>
      </div>
      {error && (
        <p className="annotations-error" role="alert">
          {error}
        </p>
      )}

      <section className="annotations-panel__block">
        <h3>Étiquettes</h3>
        <TagInput
          label="Étiquettes de la fiche"
          key={targetId}
          draftKey={draftKeys.pending(`tag:${targetId}`)}
          tags={tags.map((t) => t.tag)}
          onAdd={(tag) => void run(() => addEntryTag(targetId, tag))}
          onRemove={(tag) => void run(() => removeEntryTag(targetId, tag))}
        />
      </section>

      <section className="annotations-panel__block">
        <h3>Collections</h3>
        {memberships.length > 0 && (
          <ul className="chips" aria-label="Collections contenant cette fiche">
            {memberships.map((m) => (
              <li key={m.id} className="tag">
                <span>{collections.find((c) => c.id === m.collectionId)?.name ?? '…'}</span>
                <button
                  type="button"
                  className="tag__remove"
                  aria-label={`Retirer de la collection ${collections.find((c) => c.id === m.collectionId)?.name ?? ''}`}
                  onClick={() => void run(() => removeFromCollection(m.id))}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
        <AddToCollection
          key={targetId}
          targetId={targetId}
          excluded={new Set(memberships.map((m) => m.collectionId))}
          run={run}
        />
      </section>

      <section className="annotations-panel__block">
        <div className="annotations-panel__row">
          <h3>Notes</h3>
          <button type="button" className="primary" onClick={() => void addNote()}>
            Ajouter une note
          </button>
        </div>
        {notes && notes.length === 0 && <p className="muted">Aucune note pour l’instant.</p>}
        {notes?.map((n) => (
          <NoteEditor
            key={n.id}
            note={n}
            startEditing={n.id === fresh?.row.id}
            onDelete={removeNote}
            onEmpty={removeNote}
          />
        ))}
      </section>
      <Orphans orphans={orphans ?? []} colors={colors ?? []} />
    </aside>
  );
}

function AddToCollection({
  targetId,
  excluded,
  run,
}: {
  targetId: string;
  excluded: Set<string>;
  run: ReturnType<typeof useStorageAction>[0];
}) {
  const collections = useCollections();
  const [open, setOpen] = useState(false);
  // The new collection's name is kept in a draft while typed, like every text the user writes.
  const name = useDraftText({ draftKey: draftKeys.pending(`new-collection:${targetId}`), saved: '' });
  const [choice, setChoice] = useState('');
  // A name recovered after a crash reopens the form where it was typed.
  useEffect(() => {
    if (name.recovered) {
      setOpen(true);
      setChoice('__new');
    }
  }, [name.recovered]);
  const available = collections.filter((c) => !excluded.has(c.id));
  // Closing the form removes the focused control: the focus goes back to the button that opened it.
  const refocus = useRef(false);
  // Opening it replaces the button: the focus goes to the form's first control, not to the page.
  const opening = useRef(false);
  const close = () => {
    refocus.current = true;
    setOpen(false);
  };
  if (!open) {
    return (
      <button
        type="button"
        ref={(el) => {
          if (el && refocus.current) {
            refocus.current = false;
            el.focus();
          }
        }}
        onClick={() => {
          opening.current = true;
          setOpen(true);
        }}
      >
        Ajouter à une collection
      </button>
    );
  }
  return (
    <form
      className="add-to-collection"
      onSubmit={(e) => {
        e.preventDefault();
        void run(async () => {
          const id = choice && choice !== '__new' ? choice : (await createCollection(name.text)).id;
          await addToCollection(id, targetId);
          close();
          await name.reset();
          setChoice('');
        });
      }}
    >
      <label>
        Collection{' '}
        <select
          ref={(el) => {
            if (el && opening.current) {
              opening.current = false;
              el.focus();
            }
          }}
          value={choice}
          onChange={(e) => setChoice(e.target.value)}
          required
        >
          <option value="">Choisir…</option>
          {available.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
          <option value="__new">Nouvelle collection…</option>
        </select>
      </label>
      {choice === '__new' && (
        <label>
          Nom{' '}
          <input
            type="text"
            value={name.text}
            maxLength={TEXT_CAPS.collectionName}
            required
            placeholder="Idées pour notre PLIE"
            onChange={(e) => name.change(e.target.value)}
          />
          <CapNotice kind="collectionName" length={name.text.length} />
        </label>
      )}
      {name.recovered && (
        <p className="field-recovered" role="status">
          {name.recovered}
        </p>
      )}
      <button type="submit" className="primary">
        Ajouter
      </button>
      <button
        type="button"
        onClick={() => {
          close();
          void name.reset();
        }}
      >
        Annuler
      </button>
    </form>
  );
}

/** Highlights of this item whose section or passage is gone from the current catalogue. */
function Orphans({ orphans, colors }: { orphans: readonly HighlightRow[]; colors: readonly ColorRow[] }) {
  if (orphans.length === 0) return null;
  return (
    <section className="annotations-panel__block orphans">
      <h3>Surlignages orphelins ({orphans.length})</h3>
      <p className="muted">
        Le texte de la fiche a changé et ces passages n’y ont pas été retrouvés. Ils sont conservés avec leur
        citation.
      </p>
      <ul>
        {orphans.map((h) => (
          <li key={h.id} id={`hl-${h.id}`} tabIndex={-1}>
            <blockquote>
              <mark className="hl" style={colorStyle(colors.find((c) => c.id === h.colorId))}>
                {h.quote.exact}
              </mark>
            </blockquote>
            {h.comment && <p>{h.comment}</p>}
            <button type="button" className="danger" onClick={() => void deleteHighlight(h.id)}>
              Supprimer ce surlignage
            </button>
          </li>
        ))}
      </ul>
      <p>
        <Link to="/annotations">Voir toutes mes annotations</Link>
      </p>
    </section>
  );
}
