// The files being read, then what was found in each, for the user to check before anything
// enters the catalogue: titles, facts, sections; rename an entry, or keep the whole document
// as one entry; a file already added is only replaced on request.
import { Link } from 'react-router-dom';
import {
  KIND_LABELS,
  SECTION_KEYS,
  SECTION_LABELS,
  type Entry,
  type SectionKey,
} from '../../../../electron/shared/schema';
import { plural } from '../../core/plural';
import { IMPORT_STAGES } from './protocol';
import {
  addReviewed,
  cancelReading,
  closeSession,
  editJob,
  reviewedEntries,
  sectionEditKey,
  useImportSession,
  type Job,
} from './import-session';

const DATE = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long' });

export function ImportReview() {
  const session = useImportSession();
  if (session.added) {
    return (
      <section className="import" aria-labelledby="import-titre">
        <h2 id="import-titre">Ajout terminé</h2>
        <p role="status">
          {plural(session.added.documents, 'document ajouté', 'documents ajoutés')} au catalogue,{' '}
          {plural(session.added.entries, 'fiche', 'fiches')}. <Link to="/catalogue">Voir le catalogue</Link>
        </p>
      </section>
    );
  }
  if (session.jobs.length === 0) return null;
  const reading = session.jobs.filter((j) => j.status === 'waiting' || j.status === 'reading');
  const done = session.jobs.length - reading.length;
  const ready = session.jobs.filter((j): j is Extract<Job, { status: 'ready' }> => j.status === 'ready');
  const failed = session.jobs.filter((j): j is Extract<Job, { status: 'failed' }> => j.status === 'failed');
  const cancelled = session.jobs.filter((j) => j.status === 'cancelled');
  const toAdd = ready.filter((j) => j.edits.replace);
  const current = session.jobs.find((j): j is Extract<Job, { status: 'reading' }> => j.status === 'reading');

  return (
    <section className="import" aria-labelledby="import-titre">
      <h2 id="import-titre">Ajout de documents</h2>
      {reading.length > 0 && (
        <div className="import__progress">
          <label htmlFor="import-progression">
            {current
              ? `${IMPORT_STAGES[current.stage].label} : ${current.file.name} (${done + 1} sur ${session.jobs.length})`
              : 'En attente…'}
          </label>
          <progress
            id="import-progression"
            max={session.jobs.length}
            value={done + (current ? IMPORT_STAGES[current.stage].share : 0)}
          />
          <button type="button" onClick={cancelReading}>
            Annuler
          </button>
        </div>
      )}
      {failed.length > 0 && (
        <div role="alert" className="import__errors">
          <p>
            {plural(failed.length, 'fichier n’a pas pu être lu', 'fichiers n’ont pas pu être lus')} ; rien
            n’en a été ajouté :
          </p>
          <ul>
            {failed.map((j) => (
              <li key={j.key}>
                <strong>{j.file.name}</strong> : {j.error.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {cancelled.length > 0 && (
        <p className="import__note">Lecture annulée : {cancelled.map((j) => j.file.name).join(', ')}.</p>
      )}
      {ready.map((job) => (
        <ReviewedDocument key={job.key} job={job} />
      ))}
      {session.saveError && (
        <p role="alert" className="import__errors">
          {session.saveError}
        </p>
      )}
      <div className="import__actions">
        <button
          type="button"
          className="primary"
          disabled={toAdd.length === 0 || reading.length > 0 || session.saving}
          onClick={() => void addReviewed()}
        >
          Ajouter au catalogue
          {toAdd.length > 0 &&
            ` (${plural(
              toAdd.reduce((n, j) => n + reviewedEntries(j.document, j.edits).length, 0),
              'fiche',
              'fiches',
            )})`}
        </button>
        <button type="button" onClick={closeSession} disabled={session.saving}>
          {ready.length > 0 ? 'Abandonner l’ajout' : 'Fermer'}
        </button>
      </div>
    </section>
  );
}

function ReviewedDocument({ job }: { job: Extract<Job, { status: 'ready' }> }) {
  const { document, edits, existing } = job;
  const entries = reviewedEntries(document, edits);
  const id = `doc-${job.key}`;
  return (
    <article className="import__document" aria-labelledby={`${id}-titre`}>
      <h3 id={`${id}-titre`}>{job.file.name}</h3>
      <p className="import__meta">
        {document.format.toUpperCase()}
        {document.pages !== null && ` · ${plural(document.pages, 'page')}`} ·{' '}
        {plural(document.entries.length, 'fiche trouvée', 'fiches trouvées')}
        {document.parser !== 'generic' && ' · document reconnu, lu par son propre analyseur'}
      </p>
      {existing && (
        <div className="import__duplicate" role="note">
          <p>
            Ce fichier est déjà dans vos documents (« {existing.title} », ajouté le{' '}
            {DATE.format(existing.addedAt)}).
          </p>
          <label>
            <input
              type="checkbox"
              checked={edits.replace}
              onChange={(e) => editJob(job.key, { replace: e.target.checked })}
            />{' '}
            Remplacer le document déjà ajouté
          </label>
        </div>
      )}
      <label className="import__field">
        Titre du document
        <input
          type="text"
          value={edits.title}
          onChange={(e) => editJob(job.key, { title: e.target.value })}
        />
      </label>
      {document.entries.length > 1 && (
        <label className="import__check">
          <input
            type="checkbox"
            checked={edits.whole}
            onChange={(e) => editJob(job.key, { whole: e.target.checked })}
          />{' '}
          Prendre tout le document comme une seule fiche
        </label>
      )}
      {document.warnings.length > 0 && (
        <details className="import__warnings">
          <summary>{plural(document.warnings.length, 'remarque', 'remarques')} sur la lecture</summary>
          <ul>
            {document.warnings.map((w, i) => (
              <li key={i}>{w.message}</li>
            ))}
          </ul>
        </details>
      )}
      <ol className="import__entries">
        {entries.map((entry, i) => (
          <ReviewedEntry
            key={entry.id}
            entry={entry}
            index={i}
            editable={!edits.whole}
            typed={edits.titles[entry.id]}
            onTitle={(title) => editJob(job.key, { titles: { ...edits.titles, [entry.id]: title } })}
            onSectionKey={(k, key) =>
              editJob(job.key, { sectionKeys: { ...edits.sectionKeys, [sectionEditKey(entry.id, k)]: key } })
            }
          />
        ))}
      </ol>
    </article>
  );
}

function ReviewedEntry({
  entry,
  index,
  editable,
  typed,
  onTitle,
  onSectionKey,
}: {
  entry: Entry;
  index: number;
  editable: boolean;
  typed: string | undefined;
  onTitle: (title: string) => void;
  onSectionKey: (index: number, key: SectionKey) => void;
}) {
  const facts: [string, string | null][] = [
    ['Territoire', entry.territory],
    ['Département', entry.department],
    ['Type', KIND_LABELS[entry.kind]],
    ['Année', entry.year === null ? null : String(entry.year)],
  ];
  return (
    <li className="import__entry">
      {editable ? (
        <label className="import__field">
          Titre de la fiche {index + 1}
          <input type="text" value={typed ?? entry.title} onChange={(e) => onTitle(e.target.value)} />
        </label>
      ) : (
        <p className="import__entry-title">{entry.title}</p>
      )}
      <dl className="import__facts">
        {facts.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value ?? <span className="import__missing">non trouvé</span>}</dd>
          </div>
        ))}
      </dl>
      <details>
        <summary>{plural(entry.sections.length, 'partie', 'parties')}</summary>
        <ul className="import__sections">
          {entry.sections.map((s, k) => (
            <li key={k}>
              {editable ? (
                <select
                  className="import__key"
                  aria-label={`Rubrique de la partie « ${s.heading} »`}
                  value={s.key}
                  onChange={(e) => onSectionKey(k, e.target.value as SectionKey)}
                >
                  {SECTION_KEYS.map((key) => (
                    <option key={key} value={key}>
                      {SECTION_LABELS[key]}
                    </option>
                  ))}
                </select>
              ) : (
                <span className="import__key">{SECTION_LABELS[s.key]}</span>
              )}{' '}
              {s.heading}
            </li>
          ))}
        </ul>
      </details>
    </li>
  );
}
