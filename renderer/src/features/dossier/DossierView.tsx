// A collection as a dossier, ready to print (to PDF) or to save as Markdown: per entry, its facts
// as corrected (original alongside), contacts, corrected passages, highlights and notes.
import { useEffect, useMemo, useState } from 'react';
import { Link, useParams } from '../../services/router';
import { useAnnotationData } from '../../db/annotations';
import { useCatalogue } from '../../catalogue/CatalogueContext';
import { buildDossier, dossierMarkdown, type DossierEntry } from '../../core/dossier';
import { getApi } from '../../platform/api';
import { MarkdownBody, useMarkdown } from '../annotations';
import { ContactsExport } from './ContactsExport';
import { fileSlug } from './contacts-export';
import type { CatalogueItem } from '../../../../electron/shared/items';
import './dossier.css';

const dateFr = (ms: number) =>
  new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short' }).format(new Date(ms));

export default function DossierView() {
  const { collectionId = '' } = useParams();
  const { byId, corrected } = useCatalogue();
  const data = useAnnotationData();
  // The entries as their sources have them: the dossier and its contacts apply the corrections
  // themselves, each fact with its original.
  const dossier = useMemo(() => {
    const lookup = (id: string) => corrected?.get(id)?.original ?? byId.get(id);
    return data ? buildDossier(collectionId, data, lookup) : undefined;
  }, [data, byId, corrected, collectionId]);
  const items = useMemo(
    () =>
      (dossier?.entries ?? [])
        .map((e) => corrected?.get(e.id)?.original ?? byId.get(e.id))
        .filter((i): i is CatalogueItem => i !== undefined),
    [dossier, byId, corrected],
  );
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  useEffect(() => {
    document.title = dossier ? `Dossier « ${dossier.title} » — Repères` : 'Dossier — Repères';
  }, [dossier]);

  if (dossier === undefined) return <p role="status">Chargement…</p>;
  if (dossier === null) {
    return (
      <div className="dossier">
        <h1>Dossier introuvable</h1>
        <p>Cette collection n’existe plus.</p>
        <Link to="/annotations">Revenir à mes annotations</Link>
      </div>
    );
  }

  async function saveMarkdown() {
    const result = await getApi().saveFile({
      suggestedName: `dossier-${fileSlug(dossier!.title)}.md`,
      content: dossierMarkdown(dossier!),
      filters: [{ name: 'Markdown', extensions: ['md'] }],
    });
    setMessage(
      result.ok
        ? { ok: true, text: result.value ? `Dossier enregistré : ${result.value}` : 'Export annulé.' }
        : { ok: false, text: `L’export a échoué : ${result.error.message}` },
    );
  }

  async function print() {
    const result = await getApi().printToPdf(`dossier-${fileSlug(dossier!.title)}.pdf`);
    if (!result.ok) setMessage({ ok: false, text: `L’impression a échoué : ${result.error.message}` });
    else if (result.value) setMessage({ ok: true, text: `PDF enregistré : ${result.value}` });
  }

  return (
    <article className="dossier" aria-labelledby="dossier-titre">
      <nav className="dossier__nav" aria-label="Retour">
        <Link to="/annotations">← Mes annotations</Link>
      </nav>
      <header className="dossier__head">
        <h1 id="dossier-titre">Dossier : {dossier.title}</h1>
        {dossier.description && <p className="dossier__description">{dossier.description}</p>}
        <p className="muted">
          {dossier.entries.length} fiche{dossier.entries.length > 1 ? 's' : ''} — établi le{' '}
          {dateFr(dossier.generatedAt)}
        </p>
        <div className="dossier__actions">
          <button type="button" className="primary" onClick={() => void print()}>
            Imprimer (PDF)
          </button>
          <button type="button" onClick={() => void saveMarkdown()}>
            Télécharger (Markdown)
          </button>
          <ContactsExport items={items} name={dossier.title} what="de la collection" />
          <span className={message?.ok === false ? 'annotations-error' : 'muted'} role="status">
            {message?.text}
          </span>
        </div>
      </header>
      {dossier.entries.length === 0 && <p className="empty">Cette collection est vide.</p>}
      {dossier.entries.map((e, n) => (
        <DossierSection key={e.id} entry={e} index={n + 1} />
      ))}
    </article>
  );
}

function DossierSection({ entry: e, index }: { entry: DossierEntry; index: number }) {
  const headingId = `dossier-${index}`;
  return (
    <section className="dossier__entry" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {index}. {e.missing ? e.title : <Link to={`/fiche/${encodeURIComponent(e.id)}`}>{e.title}</Link>}
      </h2>
      <p className="muted">Source : {e.sourceLabel}</p>
      {e.missing && <p>Cette fiche n’est plus dans le catalogue ; vos annotations sont conservées.</p>}
      {e.facts.length > 0 && (
        <>
          <h3>Repères clés</h3>
          <dl className="dossier__facts">
            {e.facts.map((f) => (
              <div key={f.label}>
                <dt>{f.label}</dt>
                <dd>
                  <span className={f.original !== undefined ? 'dossier__corrected' : undefined}>
                    {f.value || '(vide)'}
                  </span>
                  {f.original !== undefined && (
                    <span className="dossier__was">
                      {' '}
                      <strong>corrigé</strong> — texte d’origine : {f.original || '(absent)'}
                    </span>
                  )}
                </dd>
              </div>
            ))}
          </dl>
        </>
      )}
      {e.contacts.length > 0 && (
        <>
          <h3>Contacts</h3>
          <ul className="dossier__contacts">
            {e.contacts.map((c, i) => (
              <li key={i}>
                <strong>{c.name || c.organisation || e.title}</strong>
                {c.role && <>, {c.role}</>}
                {[...c.emails, ...c.phones, ...c.websites].length > 0 && (
                  <> : {[...c.emails, ...c.phones, ...c.websites].join(' ; ')}</>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {e.corrections.length > 0 && (
        <>
          <h3>Passages corrigés</h3>
          <ul className="dossier__corrections">
            {e.corrections.map((c, i) => (
              <li key={i}>
                <span className="muted">
                  {c.heading}
                  {c.orphan && ' — passage introuvable dans le texte actuel'}
                </span>
                <p>
                  <ins className="dossier__corrected">{c.corrected}</ins>
                </p>
                <p className="dossier__was">
                  Texte d’origine : <del>{c.original}</del>
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
      {e.highlights.length > 0 && (
        <>
          <h3>Passages surlignés</h3>
          <ul className="dossier__highlights">
            {e.highlights.map((h, i) => (
              <li key={i}>
                <span className="muted">
                  {h.heading} · {h.colour}
                </span>
                <blockquote>{h.quote}</blockquote>
                {h.comment && <p>{h.comment}</p>}
                {h.tags.length > 0 && <p className="muted">Étiquettes : {h.tags.join(', ')}</p>}
              </li>
            ))}
          </ul>
        </>
      )}
      {e.notes.length > 0 && (
        <>
          <h3>Notes</h3>
          {e.notes.map((note, i) => (
            <DossierNote key={i} body={note.body} />
          ))}
        </>
      )}
    </section>
  );
}

/** A note as its Markdown renders (sanitised), as plain text until the renderer has loaded. */
function DossierNote({ body }: { body: string }) {
  const html = useMarkdown(body, true);
  return (
    <div className="dossier__note markdown">
      {html ? <MarkdownBody html={html} /> : <p className="dossier__plain">{body}</p>}
    </div>
  );
}
