// « Partage »: the team's CouchDB database, the account, the name shown with what one shares,
// « Activer le partage », the status and « Synchroniser maintenant ». Off by default: nothing
// leaves the machine until the user turns it on here.
import { useEffect, useId, useState } from 'react';
import { Link } from '../../services/router';
import { getApi } from '../../platform/api';
import { useSetting } from '../../db/settings';
import { DEFAULT_SHARING_CONFIG, SharingConfig, SHARING_CONFIG_KEY } from '../../sharing/config';
import {
  deletionsToSend,
  disableSharing,
  enableSharing,
  syncNow,
  useConflicts,
  useSharingStatus,
  type SharingStatus,
} from '../../sharing/service';
import { parseDocId } from '../../sharing/records';
import type { PendingDeletions } from '../../sharing/pending';
import { formatWhen } from './format';
import { plural } from '../../core/plural';
import './sharing.css';

const STATE_LABELS: Record<SharingStatus['state'], string> = {
  desactive: 'Désactivé',
  demarrage: 'Démarrage…',
  synchronise: 'Synchronisé',
  'en-attente': 'En attente',
  'hors-ligne': 'Hors ligne',
  erreur: 'Erreur',
};

const TABLE_LABELS: Record<string, string> = {
  notes: 'Note',
  highlights: 'Surlignage',
  collections: 'Collection',
  comparisons: 'Comparaison',
  documents: 'Document',
};

/** What a deletion waiting to be sent is, singular and plural, per replicated table. */
const DELETED_LABELS: Record<string, [string, string]> = {
  notes: ['note', 'notes'],
  highlights: ['surlignage', 'surlignages'],
  colors: ['couleur', 'couleurs'],
  entryTags: ['étiquette', 'étiquettes'],
  collections: ['collection', 'collections'],
  collectionItems: ['fiche rangée dans une collection', 'fiches rangées dans des collections'],
  comparisons: ['comparaison', 'comparaisons'],
  documents: ['document', 'documents'],
  fiches: ['fiche rédigée', 'fiches rédigées'],
  corrections: ['correction', 'corrections'],
};

function describeDeletions(pending: PendingDeletions): string {
  return Object.entries(pending.byTable)
    .map(([table, n]) => {
      const [one, many] = DELETED_LABELS[table] ?? ['enregistrement', 'enregistrements'];
      return plural(n, one, many);
    })
    .join(', ');
}

export default function SharingView() {
  const saved = useSetting(SHARING_CONFIG_KEY, SharingConfig, DEFAULT_SHARING_CONFIG);
  const [form, setForm] = useState<SharingConfig>(saved);
  const [password, setPassword] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const status = useSharingStatus();
  const conflicts = useConflicts();
  const desktop = getApi().platform === 'electron';
  const ids = { address: useId(), user: useId(), password: useId(), author: useId(), help: useId() };
  // The saved settings arrive after the first render: the form follows them until edited.
  const [touched, setTouched] = useState(false);
  useEffect(() => {
    if (!touched) setForm(saved);
  }, [saved, touched]);
  const edit = (patch: Partial<SharingConfig>) => {
    setTouched(true);
    setForm((f) => ({ ...f, ...patch }));
  };
  const on = saved.enabled;
  // Sharing is on but stopped (password forgotten with the page, refused…): it may be typed again.
  const stalled = on && status.state === 'erreur';

  // Records deleted here while sharing was off: starting it would delete them for the whole
  // team, so the user chooses first (send the deletions, or bring them back from the shared copy).
  const [deletions, setDeletions] = useState<PendingDeletions | null>(null);

  const start = async (restore: readonly string[]) => {
    setDeletions(null);
    const result = await enableSharing(on ? saved : form, password, restore);
    if (!result.ok) setMessage(result.error.message);
    else setTouched(false);
  };

  const submit = async () => {
    setBusy(true);
    setMessage(null);
    try {
      if (on && !stalled) {
        await disableSharing();
      } else {
        const pending = await deletionsToSend();
        if (pending.docIds.length > 0) setDeletions(pending);
        else await start([]);
      }
    } catch (error) {
      setMessage(`Le partage n’a pas pu démarrer : ${String(error)}`);
    } finally {
      setBusy(false);
    }
  };

  const decide = async (restore: readonly string[]) => {
    setBusy(true);
    try {
      await start(restore);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="sharing">
      <h1>Partage</h1>
      <p className="sharing__intro">
        Partagez vos notes, surlignages, étiquettes, collections, comparaisons et documents ajoutés avec votre
        équipe, par une base CouchDB. Les favoris et l’affichage restent personnels. Rien ne quitte ce poste
        tant que le partage n’est pas activé.
      </p>
      <form
        className="sharing__form"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <div className="sharing__field">
          <label htmlFor={ids.address}>Adresse de la base CouchDB</label>
          <input
            id={ids.address}
            type="url"
            inputMode="url"
            autoComplete="url"
            spellCheck={false}
            placeholder="https://serveur.exemple.fr/equipe"
            value={form.address}
            disabled={on}
            aria-describedby={ids.help}
            onChange={(e) => edit({ address: e.target.value })}
          />
          <p id={ids.help} className="sharing__help">
            https:// obligatoire (http:// seulement pour 127.0.0.1 ou localhost).
          </p>
        </div>
        <div className="sharing__field">
          <label htmlFor={ids.user}>Nom d’utilisateur</label>
          <input
            id={ids.user}
            autoComplete="username"
            spellCheck={false}
            value={form.username}
            disabled={on}
            onChange={(e) => edit({ username: e.target.value })}
          />
        </div>
        <div className="sharing__field">
          <label htmlFor={ids.password}>Mot de passe</label>
          <input
            id={ids.password}
            type="password"
            autoComplete="current-password"
            value={password}
            disabled={on && !stalled}
            onChange={(e) => setPassword(e.target.value)}
          />
        </div>
        {desktop ? (
          <p className="sharing__help">Le mot de passe est gardé par le trousseau du système.</p>
        ) : (
          <label className="sharing__check">
            <input
              type="checkbox"
              checked={form.remember}
              disabled={on}
              onChange={(e) => edit({ remember: e.target.checked })}
            />
            Se souvenir du mot de passe dans ce navigateur (sinon, il est oublié à la fermeture de la page)
          </label>
        )}
        <div className="sharing__field">
          <label htmlFor={ids.author}>Votre nom, affiché avec ce que vous partagez</label>
          <input
            id={ids.author}
            autoComplete="name"
            maxLength={100}
            value={form.author}
            disabled={on}
            onChange={(e) => edit({ author: e.target.value })}
          />
        </div>
        <div className="sharing__actions">
          {stalled ? (
            <>
              <button type="submit" className="primary" disabled={busy}>
                Reprendre le partage
              </button>
              <button type="button" className="danger" disabled={busy} onClick={() => void disableSharing()}>
                Désactiver le partage
              </button>
            </>
          ) : (
            <button type="submit" className={on ? 'danger' : 'primary'} disabled={busy}>
              {on ? 'Désactiver le partage' : 'Activer le partage'}
            </button>
          )}
          <button type="button" disabled={!on || busy} onClick={() => void syncNow()}>
            Synchroniser maintenant
          </button>
        </div>
        {deletions && (
          <div role="alertdialog" aria-labelledby="partage-suppressions" className="sharing__deletions">
            <p id="partage-suppressions">
              Depuis la dernière synchronisation, vous avez supprimé ici {describeDeletions(deletions)} que
              votre équipe a encore. En reprenant le partage, la suppression sera envoyée à toute l’équipe.
            </p>
            <div className="sharing__actions">
              <button
                type="button"
                className="primary"
                autoFocus
                onClick={() => void decide(deletions.docIds)}
              >
                Les récupérer ici
              </button>
              <button type="button" className="danger" onClick={() => void decide([])}>
                Les supprimer aussi pour l’équipe
              </button>
              <button type="button" onClick={() => setDeletions(null)}>
                Annuler
              </button>
            </div>
          </div>
        )}
        {message && (
          <p className="annotations-error" role="alert">
            {message}
          </p>
        )}
      </form>
      <section className="sharing__status" aria-labelledby="partage-etat">
        <h2 id="partage-etat">État</h2>
        <p role="status" className={`sharing__state sharing__state--${status.state}`}>
          {STATE_LABELS[status.state]}
          {status.reason && <span className="sharing__reason"> — {status.reason}</span>}
        </p>
        {status.syncedAt !== undefined && (
          <p className="sharing__help">Dernière synchronisation complète : {formatWhen(status.syncedAt)}</p>
        )}
        {status.rejected.length > 0 && (
          <p className="sharing__help">
            {plural(status.rejected.length, 'enregistrement refusé', 'enregistrements refusés')} (forme
            inattendue ou trop volumineux) : vos données locales n’ont pas été touchées. Dernier motif :{' '}
            {status.rejected.at(-1)?.reason}.
          </p>
        )}
      </section>
      {conflicts.length > 0 && (
        <section aria-labelledby="partage-versions">
          <h2 id="partage-versions">À départager ({conflicts.length})</h2>
          <ul className="sharing__conflicts">
            {conflicts.map((c) => {
              const target = c.versions[0]?.row.targetId;
              const label = TABLE_LABELS[parseDocId(c.docId)?.table ?? ''] ?? 'Enregistrement';
              return (
                <li key={c.docId}>
                  {label} : {plural(c.versions.length, 'version')}
                  {typeof target === 'string' && (
                    <>
                      {' '}
                      — <Link to={`/fiche/${encodeURIComponent(target)}`}>ouvrir la fiche</Link>
                    </>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      )}
    </div>
  );
}
