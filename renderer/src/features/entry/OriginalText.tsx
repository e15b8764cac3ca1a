// The document's own text for an entry, numbered by line, with some context around it that
// the reader can widen. The window's catalogue carries no raw copy: the document is the source.
import { useEffect, useState, type ReactNode } from 'react';
import type { LineRange } from '../../../../electron/shared/schema';
import { getApi } from '../../platform/api';
import { documentExcerpt } from '../../core/excerpt';
import { isImportedSource, pageOfLine } from '../../core/imported-documents';
import { useCatalogue } from '../../catalogue/CatalogueContext';
import { OpenOriginalButton } from '../documents';
import type { DocumentHead, DocumentRow } from '../../db/document-rows';

export function OriginalText({ file, lines }: { file: string; lines: LineRange }) {
  // A user's document: its extracted text is stored with it, with the line each page starts on.
  const { documents } = useCatalogue();
  const imported = isImportedSource(file) ? documents.find((d) => d.source.file === file) : undefined;
  if (isImportedSource(file)) {
    if (!imported)
      return (
        <section className="original" aria-labelledby="texte-origine-titre">
          <h2 id="texte-origine-titre">Texte d’origine</h2>
          <p className="original__note" role="alert">
            Ce document ne figure plus dans « Mes documents » : son texte n’est plus disponible.
          </p>
        </section>
      );
    return <ImportedOriginalText doc={imported} lines={lines} />;
  }
  return <BundledOriginalText file={file} lines={lines} />;
}

/**
 * A user's document's text, read from IndexedDB when shown: the catalogue holds only the
 * documents' heads (db/document-rows.ts), so starting never reads the text of every document.
 */
function ImportedOriginalText({ doc, lines }: { doc: DocumentHead; lines: LineRange }) {
  const [read, setRead] = useState<
    | { status: 'loading' }
    | { status: 'ok'; text: string; pageMarks: DocumentRow['pageMarks'] }
    | { status: 'error'; message: string }
  >({ status: 'loading' });
  const { id, updatedAt } = doc;
  useEffect(() => {
    let live = true;
    setRead({ status: 'loading' });
    import('../../db/documents')
      .then(({ findDocument }) => findDocument(id))
      .then(
        (row) =>
          live &&
          setRead(
            row
              ? { status: 'ok', text: row.text, pageMarks: row.pageMarks }
              : { status: 'error', message: 'le document enregistré est illisible' },
          ),
        (e: unknown) => live && setRead({ status: 'error', message: String(e) }),
      );
    return () => {
      live = false;
    };
  }, [id, updatedAt]);
  if (read.status !== 'ok') {
    return (
      <OriginalPending
        failure={
          read.status === 'error'
            ? `Le texte de « ${doc.fileName} » n’a pas pu être lu (${read.message}).`
            : null
        }
      />
    );
  }
  return (
    <Excerpt text={read.text} lines={lines} label={doc.fileName} pageMarks={read.pageMarks}>
      <OpenOriginalButton doc={doc} />
    </Excerpt>
  );
}

/** « Texte d’origine » while its document is read, or why it could not be (`failure`). */
function OriginalPending({ failure }: { failure: string | null }) {
  return (
    <section className="original" aria-labelledby="texte-origine-titre">
      <h2 id="texte-origine-titre">Texte d’origine</h2>
      {failure ? (
        <p className="original__note" role="alert">
          {failure} Le texte de la fiche reste consultable : désactivez « Texte d’origine ».
        </p>
      ) : (
        <p className="original__note" role="status">
          Ouverture du document…
        </p>
      )}
    </section>
  );
}

function BundledOriginalText({ file, lines }: { file: string; lines: LineRange }) {
  const [doc, setDoc] = useState<
    { status: 'loading' } | { status: 'ok'; text: string } | { status: 'error'; message: string }
  >({
    status: 'loading',
  });
  useEffect(() => {
    let live = true;
    setDoc({ status: 'loading' });
    getApi()
      .loadDocument(file)
      .then(
        (r) =>
          live &&
          setDoc(r.ok ? { status: 'ok', text: r.value } : { status: 'error', message: r.error.message }),
        (e: unknown) => live && setDoc({ status: 'error', message: String(e) }),
      );
    return () => {
      live = false;
    };
  }, [file]);

  if (doc.status !== 'ok') {
    return (
      <OriginalPending
        failure={
          doc.status === 'error' ? `Le document « ${file} » n’a pas pu être ouvert (${doc.message}).` : null
        }
      />
    );
  }
  return <Excerpt text={doc.text} lines={lines} label={file} pageMarks={null} />;
}

function Excerpt({
  text,
  lines,
  label,
  pageMarks,
  children,
}: {
  text: string;
  lines: LineRange;
  label: string;
  pageMarks: readonly { page: number; line: number }[] | null;
  /** Actions on the document itself (« Ouvrir le fichier d'origine »). */
  children?: ReactNode;
}) {
  const [context, setContext] = useState(3);
  const excerpt = documentExcerpt(text, lines, context);
  const firstPage = pageMarks ? pageOfLine(pageMarks, excerpt.lines[0]?.number ?? 1) : null;
  const pageStarts = new Map((pageMarks ?? []).map((m) => [m.line, m.page]));
  return (
    <section className="original" aria-labelledby="texte-origine-titre">
      <h2 id="texte-origine-titre">Texte d’origine</h2>
      <p className="original__note">
        {label}, lignes {lines[0]} à {lines[1]}
        {firstPage !== null && `, à partir de la page ${firstPage}`}, tel qu’il figure dans le document (les
        lignes grisées l’entourent).
      </p>
      {children && <div className="original__actions">{children}</div>}
      {excerpt.hasBefore && (
        <button type="button" onClick={() => setContext(context + 20)}>
          Afficher plus de contexte
        </button>
      )}
      <pre className="original__text" tabIndex={0} aria-label="Texte d’origine numéroté">
        {excerpt.lines.map((l) => (
          <span key={l.number}>
            {pageStarts.has(l.number) && (
              <span className="original__page">
                — page {pageStarts.get(l.number)} —{'\n'}
              </span>
            )}
            <span
              key={l.number}
              className={l.inRange ? 'original__line' : 'original__line original__line--context'}
            >
              <span className="original__number" aria-hidden="true">
                {l.number}
              </span>
              {l.text}
              {'\n'}
            </span>
          </span>
        ))}
      </pre>
      {excerpt.hasAfter && (
        <button type="button" onClick={() => setContext(context + 20)}>
          Afficher plus de contexte
        </button>
      )}
    </section>
  );
}
