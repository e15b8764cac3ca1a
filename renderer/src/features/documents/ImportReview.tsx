// The files being read, then what was found in each, for the user to check before anything
// enters the catalogue: titles, facts, sections; rename an entry, or keep the whole document
// as one entry, merge adjacent entries, split one at a section, correct the facts; a file
// already added is only replaced on request.
import { useId, useState } from 'react';
import { Link } from '../../services/router';
import {
  ENTRY_KINDS,
  KIND_LABELS,
  type EntryKind,
  SECTION_KEYS,
  SECTION_LABELS,
  type Entry,
  type SectionKey,
} from '../../../../electron/shared/schema';
import {
  adjacentRun,
  correctFacts,
  DEPARTMENT_NAMES,
  mergeEntries,
  parseYear,
  rekeySection,
  renameEntry,
  splitEntry,
  type FactsCorrection,
} from '../../core/import-review';
import { plural } from '../../core/plural';
import { announce } from '../../services/announce';
import { IMPORT_STAGES } from './protocol';
import {
  addReviewed,
  cancelReading,
  closeSession,
  editEntries,
  editJob,
  reviewedEntries,
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
          {plural(session.added.entries, 'fiche', 'fiches')}.
          {session.added.replaced > 0 && (
            <>
              {' '}
              {plural(session.added.moved, 'surlignage replacé', 'surlignages replacés')} sur le nouveau texte
              {session.added.orphaned > 0 && (
                <>
                  , {plural(session.added.orphaned, 'surlignage orphelin', 'surlignages orphelins')} (passage
                  introuvable, gardé dans <Link to="/annotations">Mes annotations</Link>)
                </>
              )}
              .
            </>
          )}{' '}
          <Link to="/catalogue">Voir le catalogue</Link>
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
  const { document, edits, existing, replaces } = job;
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const entries = edits.whole ? reviewedEntries(document, edits) : edits.entries;
  const id = `doc-${job.key}`;
  const chosen = edits.entries.filter((e) => selected.has(e.id)).map((e) => e.id);
  const mergeable = chosen.length >= 2 && adjacentRun(edits.entries, chosen) !== null;
  const reserved = document.entries.map((e) => e.id);
  return (
    <article className="import__document" aria-labelledby={`${id}-titre`}>
      <h3 id={`${id}-titre`}>{job.file.name}</h3>
      <p className="import__meta">
        {document.format.toUpperCase()}
        {document.pages !== null && ` · ${plural(document.pages, 'page')}`} ·{' '}
        {plural(document.entries.length, 'fiche trouvée', 'fiches trouvées')}
        {document.parser !== 'generic' && ' · document reconnu, lu par son propre analyseur'}
      </p>
      {replaces && (
        <p className="import__duplicate" role="note">
          Nouvelle version de « {replaces.title} » : ses fiches remplaceront les{' '}
          {plural(replaces.entries.length, 'fiche actuelle', 'fiches actuelles')}. Vos surlignages, notes et
          étiquettes suivent les fiches retrouvées ; un surlignage dont le passage a disparu reste dans « Mes
          annotations », comme orphelin.
        </p>
      )}
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
      {edits.entries.length > 1 && (
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
      {!edits.whole && edits.entries.length > 1 && (
        <div className="import__merge" role="group" aria-label={`Fusion des fiches de ${job.file.name}`}>
          <button
            type="button"
            disabled={!mergeable}
            onClick={() => {
              editEntries(job.key, (list) => mergeEntries(list, chosen));
              setSelected(new Set());
              announce(`${plural(chosen.length, 'fiche fusionnée', 'fiches fusionnées')} en une seule.`);
            }}
          >
            Fusionner les fiches cochées
          </button>
          <span className="import__hint" aria-live="polite">
            {chosen.length >= 2 && !mergeable
              ? 'Seules des fiches qui se suivent peuvent être fusionnées.'
              : chosen.length < 2
                ? 'Cochez au moins deux fiches qui se suivent pour les fusionner.'
                : `${plural(chosen.length, 'fiche cochée', 'fiches cochées')}.`}
          </span>
        </div>
      )}
      <ol className="import__entries">
        {entries.map((entry, i) => (
          <ReviewedEntry
            key={entry.id}
            entry={entry}
            index={i}
            editable={!edits.whole}
            selectable={!edits.whole && edits.entries.length > 1}
            selected={selected.has(entry.id)}
            onSelect={(on) =>
              setSelected((prev) => {
                const next = new Set(prev);
                if (on) next.add(entry.id);
                else next.delete(entry.id);
                return next;
              })
            }
            onTitle={(title) => editEntries(job.key, (list) => renameEntry(list, entry.id, title))}
            onSectionKey={(k, key) => editEntries(job.key, (list) => rekeySection(list, entry.id, k, key))}
            onSplit={(k) => {
              editEntries(job.key, (list) => splitEntry(list, entry.id, k, reserved));
              announce(`Fiche ${i + 1} séparée en deux fiches.`);
            }}
            onFacts={(fix) => editEntries(job.key, (list) => correctFacts(list, entry.id, fix))}
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
  selectable,
  selected,
  onSelect,
  onTitle,
  onSectionKey,
  onSplit,
  onFacts,
}: {
  entry: Entry;
  index: number;
  editable: boolean;
  selectable: boolean;
  selected: boolean;
  onSelect: (on: boolean) => void;
  onTitle: (title: string) => void;
  onSectionKey: (index: number, key: SectionKey) => void;
  onSplit: (at: number) => void;
  onFacts: (fix: FactsCorrection) => void;
}) {
  const [correcting, setCorrecting] = useState(false);
  const facts: [string, string | null][] = [
    ['Territoire', entry.territory],
    ['Département', entry.department],
    ['Région', entry.region],
    ['Type', KIND_LABELS[entry.kind]],
    ['Année', entry.year === null ? null : String(entry.year)],
    ['Organisation', entry.organisation],
  ];
  const n = index + 1;
  return (
    <li className="import__entry">
      <div className="import__entry-head">
        {selectable && (
          <label className="import__select">
            <input type="checkbox" checked={selected} onChange={(e) => onSelect(e.target.checked)} />
            <span className="visually-hidden">Cocher la fiche {n} pour la fusionner</span>
          </label>
        )}
        {editable ? (
          <label className="import__field">
            Titre de la fiche {n}
            <input type="text" value={entry.title} onChange={(e) => onTitle(e.target.value)} />
          </label>
        ) : (
          <p className="import__entry-title">{entry.title}</p>
        )}
      </div>
      <dl className="import__facts">
        {facts.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value ?? <span className="import__missing">non trouvé</span>}</dd>
          </div>
        ))}
      </dl>
      {editable &&
        (correcting ? (
          <FactsForm
            entry={entry}
            n={n}
            onCancel={() => setCorrecting(false)}
            onApply={(fix) => {
              onFacts(fix);
              setCorrecting(false);
              announce(`Informations de la fiche ${n} corrigées.`);
            }}
          />
        ) : (
          <button
            type="button"
            className="import__correct"
            aria-label={`Corriger les informations de la fiche ${n}`}
            onClick={() => setCorrecting(true)}
          >
            Corriger les informations
          </button>
        ))}
      <details>
        <summary>{plural(entry.sections.length, 'partie', 'parties')}</summary>
        <ul className="import__sections">
          {entry.sections.map((s, k) => (
            <li key={k}>
              {editable && k > 0 && (
                <button
                  type="button"
                  className="import__split"
                  aria-label={`Nouvelle fiche à partir d’ici : « ${s.heading} »`}
                  onClick={() => onSplit(k)}
                >
                  <span aria-hidden="true">✂ </span>Nouvelle fiche à partir d’ici
                </button>
              )}
              <span className="import__section">
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
              </span>
            </li>
          ))}
        </ul>
      </details>
    </li>
  );
}

/** The facts of one entry, corrected in a small form: nothing changes until « Appliquer ». */
function FactsForm({
  entry,
  n,
  onApply,
  onCancel,
}: {
  entry: Entry;
  n: number;
  onApply: (fix: FactsCorrection) => void;
  onCancel: () => void;
}) {
  const [territory, setTerritory] = useState(entry.territory ?? '');
  const [department, setDepartment] = useState(entry.department ?? '');
  const [kind, setKind] = useState<EntryKind>(entry.kind);
  const [year, setYear] = useState(entry.year === null ? '' : String(entry.year));
  const [organisation, setOrganisation] = useState(entry.organisation ?? '');
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  // A department found but not in the table (a region standing for it) stays choosable.
  const places = DEPARTMENT_NAMES.includes(entry.department ?? '')
    ? DEPARTMENT_NAMES
    : [entry.department ?? '', ...DEPARTMENT_NAMES].filter(Boolean);
  return (
    <form
      className="import__facts-form"
      aria-label={`Informations de la fiche ${n}`}
      onSubmit={(event) => {
        event.preventDefault();
        const parsed = parseYear(year);
        if ('error' in parsed) {
          setError(parsed.error);
          return;
        }
        // Only what changed: a department left as it was follows a territory that names one.
        const fix: FactsCorrection = { kind, year: parsed.year };
        if (territory !== (entry.territory ?? '')) fix.territory = territory;
        if (organisation !== (entry.organisation ?? '')) fix.organisation = organisation;
        if (department !== (entry.department ?? '')) fix.department = department;
        onApply(fix);
      }}
    >
      <div className="import__facts-field">
        <label htmlFor={`${id}-territoire`}>Territoire</label>
        <input
          id={`${id}-territoire`}
          type="text"
          value={territory}
          onChange={(e) => setTerritory(e.target.value)}
        />
      </div>
      <div className="import__facts-field">
        <label htmlFor={`${id}-departement`}>Département</label>
        <select id={`${id}-departement`} value={department} onChange={(e) => setDepartment(e.target.value)}>
          <option value="">Non renseigné</option>
          {places.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
      </div>
      <div className="import__facts-field">
        <label htmlFor={`${id}-type`}>Type</label>
        <select id={`${id}-type`} value={kind} onChange={(e) => setKind(e.target.value as EntryKind)}>
          {ENTRY_KINDS.map((k) => (
            <option key={k} value={k}>
              {KIND_LABELS[k]}
            </option>
          ))}
        </select>
      </div>
      <div className="import__facts-field">
        <label htmlFor={`${id}-annee`}>Année</label>
        <input
          id={`${id}-annee`}
          type="text"
          inputMode="numeric"
          value={year}
          aria-invalid={error !== null}
          aria-describedby={error ? `${id}-erreur` : undefined}
          onChange={(e) => {
            setYear(e.target.value);
            setError(null);
          }}
        />
      </div>
      <div className="import__facts-field">
        <label htmlFor={`${id}-organisation`}>Organisation</label>
        <input
          id={`${id}-organisation`}
          type="text"
          value={organisation}
          onChange={(e) => setOrganisation(e.target.value)}
        />
      </div>
      {error && (
        <p id={`${id}-erreur`} role="alert" className="import__error">
          {error}
        </p>
      )}
      <div className="import__facts-actions">
        <button type="submit">Appliquer</button>
        <button type="button" onClick={onCancel}>
          Annuler
        </button>
      </div>
    </form>
  );
}
