// « Mes documents »: the user's documents, renamed or removed here. Removing a document takes
// its entries out of the catalogue; the annotations on them stay, listed as orphans.
import { useEffect, useRef, useState } from 'react';
import { Link } from '../../services/router';
import { plural } from '../../core/plural';
import { removeDocument, renameDocument, setShareFile, type DocumentHead } from '../../db/documents';
import { announce } from '../../services/announce';
import { ACCEPTED } from './AddDocumentsButton';
import { addFiles } from './import-session';
import { OpenOriginalButton } from './OpenOriginalButton';

const DATE = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'medium' });

export function DocumentsList({ documents }: { documents: readonly DocumentHead[] }) {
  if (documents.length === 0)
    return (
      <p className="documents__empty">
        Aucun document ajouté. Ajoutez vos rapports (PDF, Word, OpenDocument, HTML, Markdown ou texte) : leurs
        fiches rejoignent le catalogue, la recherche, les annotations, la comparaison et la carte.
      </p>
    );
  return (
    <table className="documents__table">
      <caption className="visually-hidden">Mes documents</caption>
      <thead>
        <tr>
          <th scope="col">Titre</th>
          <th scope="col">Fichier</th>
          <th scope="col">Pages</th>
          <th scope="col">Fiches</th>
          <th scope="col">Ajouté le</th>
          <th scope="col">Actions</th>
        </tr>
      </thead>
      <tbody>
        {documents.map((d) => (
          <DocumentLine key={d.id} doc={d} />
        ))}
      </tbody>
    </table>
  );
}

function DocumentLine({ doc }: { doc: DocumentHead }) {
  const [mode, setMode] = useState<'view' | 'rename' | 'remove'>('view');
  const [title, setTitle] = useState(doc.title);
  const [error, setError] = useState<string | null>(null);
  const firstEntry = doc.entries[0];
  return (
    <tr>
      <th scope="row">
        {mode === 'rename' ? (
          <form
            className="documents__rename"
            onSubmit={(event) => {
              event.preventDefault();
              renameDocument(doc.id, title).then(
                () => {
                  setMode('view');
                  setError(null);
                  announce('Document renommé.');
                },
                (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
              );
            }}
          >
            <label>
              <span className="visually-hidden">Nouveau titre de « {doc.title} »</span>
              <input type="text" value={title} onChange={(e) => setTitle(e.target.value)} autoFocus />
            </label>
            <button type="submit">Enregistrer</button>
            <button type="button" onClick={() => setMode('view')}>
              Annuler
            </button>
            {error && <span role="alert">{error}</span>}
          </form>
        ) : firstEntry ? (
          <Link to={`/catalogue?source=${encodeURIComponent(doc.source.file)}`}>{doc.title}</Link>
        ) : (
          doc.title
        )}
      </th>
      <td className="documents__file">{doc.fileName}</td>
      <td>{doc.pages ?? '—'}</td>
      <td>{doc.entries.length}</td>
      <td>{DATE.format(doc.addedAt)}</td>
      <td>
        <div className="documents__actions">
          {mode === 'remove' ? (
            <span role="group" aria-label={`Supprimer « ${doc.title} »`}>
              <span>
                Retirer {plural(doc.entries.length, 'fiche', 'fiches')} du catalogue ? Vos annotations sont
                gardées.
              </span>{' '}
              <button
                type="button"
                className="danger"
                onClick={() => void removeDocument(doc.id).then(() => announce(`« ${doc.title} » supprimé.`))}
              >
                Confirmer la suppression
              </button>
              <button type="button" onClick={() => setMode('view')}>
                Garder
              </button>
            </span>
          ) : (
            mode === 'view' && (
              <>
                <OpenOriginalButton doc={doc} label="Ouvrir l’original" />
                <ShareFileBox doc={doc} />
                <ReplaceButton doc={doc} />
                <button
                  type="button"
                  aria-label={`Renommer « ${doc.title} »`}
                  onClick={() => setMode('rename')}
                >
                  Renommer
                </button>
                <button
                  type="button"
                  aria-label={`Supprimer « ${doc.title} »`}
                  onClick={() => setMode('remove')}
                >
                  Supprimer
                </button>
              </>
            )
          )}
        </div>
      </td>
    </tr>
  );
}

/** « Remplacer par une nouvelle version »: the new file is read and reviewed like any other. */
function ReplaceButton({ doc }: { doc: DocumentHead }) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button
        type="button"
        aria-label={`Nouvelle version de « ${doc.title} »…`}
        title="Remplacer par une nouvelle version du fichier"
        onClick={() => input.current?.click()}
      >
        Nouvelle version…
      </button>
      <input
        ref={input}
        type="file"
        accept={ACCEPTED}
        hidden
        aria-label={`Fichier de la nouvelle version de « ${doc.title} »`}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (!file) return;
          addFiles([file], doc);
        }}
      />
    </>
  );
}

/** « Partager le fichier d'origine »: shown ticked at once, stored, then confirmed by the row. */
function ShareFileBox({ doc }: { doc: DocumentHead }) {
  const stored = doc.shareFile === true;
  const [shown, setShown] = useState(stored);
  useEffect(() => setShown(stored), [stored]);
  return (
    <label
      className="documents__share"
      title="Avec le partage d’équipe, le fichier accompagne ses fiches (sinon, seulement les fiches)"
    >
      <input
        type="checkbox"
        checked={shown}
        onChange={(e) => {
          const share = e.target.checked;
          setShown(share);
          void setShareFile(doc.id, share).catch(() => setShown(stored));
        }}
      />
      Partager le fichier d’origine
      <span className="visually-hidden"> de « {doc.title} »</span>
    </label>
  );
}
