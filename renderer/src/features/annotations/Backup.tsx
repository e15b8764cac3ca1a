// Export (W3C Web Annotation JSON or Markdown), import with a preview applied in one
// transaction, and wipe-all with confirmation.
import { useCallback, useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from '../../services/router';
import type { BackupInfo } from '../../../../electron/shared/api';
import { readAll, wipeAll, writeAll } from '../../db/annotations';
import { useSharingStatus } from '../../sharing/service';
import { importDocuments, readDocuments, readDocumentsWithFiles } from '../../db/documents';
import { DEFAULT_COLORS } from '../../db/defaults';
import { storageErrorMessage } from '../../db/errors';
import {
  DOCUMENTS_KEY,
  exportDocuments,
  MAX_IMPORT_BYTES,
  parseDocuments,
  parseWebAnnotation,
  planDocuments,
  planMerge,
  TABLE_LABELS,
  toMarkdown,
  toWebAnnotation,
  type AnnotationData,
  type DocumentWithFile,
  type MergePlan,
  type TableCount,
  type RejectedItem,
} from '../../core/annotations-export';
import { getApi } from '../../platform/api';
import { useCatalogue } from '../../catalogue/CatalogueContext';
import { sectionTextLookup } from '../../core/sections';
import { documentOfLookup } from '../../core/imported-documents';
import { formatDateTime } from './format';
import { plural } from '../../core/plural';
import { foldForMatch } from '../../../../electron/shared/text/fold';
import './backup.css';

/** The part of the data that concerns one collection: its entries and what was written on them. */
export function collectionSlice(data: AnnotationData, collectionId: string): AnnotationData {
  const items = data.collectionItems.filter((i) => i.collectionId === collectionId);
  const ids = new Set(items.map((i) => i.targetId));
  return {
    notes: data.notes.filter((n) => ids.has(n.targetId)),
    highlights: data.highlights.filter((h) => ids.has(h.targetId)),
    colors: data.colors,
    entryTags: data.entryTags.filter((t) => ids.has(t.targetId)),
    favourites: data.favourites.filter((f) => ids.has(f.targetId)),
    collections: data.collections.filter((c) => c.id === collectionId),
    collectionItems: items,
    // The user's own fiches in the collection travel with it.
    fiches: data.fiches.filter((f) => ids.has(f.id)),
    corrections: data.corrections.filter((c) => ids.has(c.targetId)),
  };
}

/** Items set aside shown in the preview; the rest are counted, not listed. */
const REJECTED_SHOWN = 100;

const stamp = () => new Date().toISOString().slice(0, 10);
const fileSafe = (s: string) =>
  foldForMatch(s)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60) || 'collection';

export function useExporter() {
  const { byId, documents: stored } = useCatalogue();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const exportData = async (format: 'json' | 'md', collectionId?: string) => {
    try {
      const all = await readAll();
      const collection = collectionId ? all.collections.find((c) => c.id === collectionId) : undefined;
      const data = collectionId ? collectionSlice(all, collectionId) : all;
      const label = collection ? `Collection « ${collection.name} »` : 'Mes annotations';
      const base = collection ? `reperes-collection-${fileSafe(collection.name)}` : 'reperes-annotations';
      // The whole export carries the user's documents and their originals; a collection does not.
      const documents =
        format === 'json' && !collectionId ? exportDocuments(await readDocumentsWithFiles()) : null;
      const content =
        format === 'json'
          ? JSON.stringify(
              {
                ...toWebAnnotation(data, {
                  label,
                  sectionText: sectionTextLookup(byId),
                  documentOf: documentOfLookup(stored),
                }),
                ...(documents && documents.items.length > 0 && { [DOCUMENTS_KEY]: documents.items }),
              },
              null,
              2,
            )
          : toMarkdown(data, (id) => byId.get(id), { title: label });
      const result = await getApi().saveFile({
        suggestedName: `${base}-${stamp()}.${format === 'json' ? 'json' : 'md'}`,
        content,
        filters:
          format === 'json'
            ? [{ name: 'Annotations W3C (JSON)', extensions: ['json'] }]
            : [{ name: 'Rapport Markdown', extensions: ['md'] }],
      });
      if (!result.ok) setMessage({ ok: false, text: result.error.message });
      else if (result.value)
        setMessage({
          ok: true,
          text: [`Export enregistré : ${result.value}`, ...(documents?.notes ?? [])].join(' '),
        });
    } catch (e) {
      setMessage({ ok: false, text: storageErrorMessage(e) });
    }
  };
  return { exportData, message };
}

export function Backup() {
  const { byId } = useCatalogue();
  const { exportData, message } = useExporter();
  const [plan, setPlan] = useState<{
    name: string;
    plan: MergePlan;
    documents: { put: DocumentWithFile[]; count: TableCount };
    rejected: RejectedItem[];
  } | null>(null);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [confirmWipe, setConfirmWipe] = useState(false);
  const sharing = useSharingStatus();
  const previewRef = useRef<HTMLDivElement>(null);
  // The preview opens at the foot of the side column: bring it into view and give it focus.
  useEffect(() => {
    if (plan) {
      previewRef.current?.scrollIntoView({ block: 'nearest' });
      previewRef.current?.focus();
    }
  }, [plan]);

  const [backups, setBackups] = useState<BackupInfo[] | null>(null);
  const [params, setParams] = useSearchParams();

  /** Shows what a file (an import or a backup) would add or change, before anything is written. */
  const preview = useCallback(
    async (name: string, content: string) => {
      const parsed = parseWebAnnotation(content, { sectionText: sectionTextLookup(byId) });
      if (!parsed.ok) return setStatus({ ok: false, text: parsed.message });
      try {
        // The file parsed above as JSON: its documents, if any, are read from it again.
        const docs = content.includes(`"${DOCUMENTS_KEY}"`)
          ? await parseDocuments(
              (JSON.parse(content.replace(/^\uFEFF/, '')) as Record<string, unknown>)[DOCUMENTS_KEY],
            )
          : { documents: [], rejected: [] };
        const merge = planMerge(await readAll(), parsed.data);
        const documents = planDocuments((await readDocuments()).documents, docs.documents);
        setPlan({
          name,
          plan: { ...merge, empty: merge.empty && documents.put.length === 0 },
          documents,
          rejected: [...parsed.rejected, ...docs.rejected],
        });
      } catch (e) {
        setStatus({ ok: false, text: storageErrorMessage(e) });
      }
    },
    [byId],
  );

  const pick = useCallback(async () => {
    setStatus(null);
    const result = await getApi().openFile({
      filters: [{ name: 'Annotations W3C (JSON)', extensions: ['json', 'jsonld'] }],
      maxBytes: MAX_IMPORT_BYTES,
    });
    if (!result.ok) return setStatus({ ok: false, text: result.error.message });
    if (!result.value) return;
    await preview(result.value.name, result.value.content);
  }, [preview]);

  const listBackups = useCallback(async () => {
    const result = await getApi().listBackups();
    if (!result.ok) return setStatus({ ok: false, text: result.error.message });
    setBackups(result.value);
  }, []);

  const restore = async (backup: BackupInfo) => {
    const result = await getApi().readBackup(backup.name);
    if (!result.ok) return setStatus({ ok: false, text: result.error.message });
    await preview(`sauvegarde du ${formatDateTime(Date.parse(backup.date))}`, result.value);
  };

  // Menu commands (Fichier > Exporter / Importer / Restaurer) arrive here as ?action=…
  const action = params.get('action');
  useEffect(() => {
    if (!action) return;
    setParams(
      (p) => {
        p.delete('action');
        return p;
      },
      { replace: true },
    );
    if (action === 'export') void exportData('json');
    else if (action === 'import') void pick();
    else if (action === 'restore') void listBackups();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [action]);

  const apply = async () => {
    if (!plan) return;
    try {
      // Documents first: annotations written on their entries then find them in the catalogue.
      await importDocuments(plan.documents.put);
      await writeAll(plan.plan.put);
      const counts = [...Object.values(plan.plan.summary), plan.documents.count];
      const added = counts.reduce((n, c) => n + c.added, 0);
      const changed = counts.reduce((n, c) => n + c.changed, 0);
      const skipped = plan.rejected.length;
      setStatus({
        ok: true,
        text:
          `Import terminé : ${plural(added, 'élément ajouté', 'éléments ajoutés')}, ${plural(changed, 'modifié')}` +
          (skipped
            ? `, ${plural(skipped, 'élément invalide laissé', 'éléments invalides laissés')} de côté.`
            : '.'),
      });
    } catch (e) {
      setStatus({ ok: false, text: `Import annulé, rien n’a été modifié. ${storageErrorMessage(e)}` });
    }
    setPlan(null);
  };

  return (
    <section className="backup" aria-labelledby="backup-title">
      <h2 id="backup-title">Sauvegarde</h2>
      <div className="backup__row">
        <button type="button" onClick={() => void exportData('json')}>
          Exporter tout (JSON W3C)
        </button>
        <button type="button" onClick={() => void exportData('md')}>
          Exporter tout (rapport Markdown)
        </button>
        <button type="button" onClick={() => void pick()}>
          Importer un fichier…
        </button>
        <button type="button" onClick={() => void listBackups()}>
          Restaurer une sauvegarde…
        </button>
      </div>
      <p className="backup__sharing">
        Pour travailler à plusieurs sur ces annotations : <Link to="/partage">partager avec une équipe</Link>{' '}
        (désactivé tant que vous ne l’activez pas).
      </p>
      {backups && (
        <div className="backup__list">
          <h3>Sauvegardes automatiques</h3>
          {backups.length === 0 ? (
            <p className="muted">Aucune sauvegarde pour l’instant.</p>
          ) : (
            <ul>
              {backups.map((b) => (
                <li key={b.name}>
                  {formatDateTime(Date.parse(b.date))} — {Math.max(1, Math.round(b.bytes / 1024))} Ko{' '}
                  <button type="button" onClick={() => void restore(b)}>
                    Restaurer cette sauvegarde
                  </button>
                </li>
              ))}
            </ul>
          )}
          <p className="muted">Une sauvegarde restaurée s’ajoute à vos annotations sans rien dupliquer.</p>
        </div>
      )}
      {message && (
        <p
          className={message.ok ? 'annotations-ok' : 'annotations-error'}
          role={message.ok ? 'status' : 'alert'}
        >
          {message.text}
        </p>
      )}
      {status && (
        <p
          className={status.ok ? 'annotations-ok' : 'annotations-error'}
          role={status.ok ? 'status' : 'alert'}
        >
          {status.text}
        </p>
      )}
      {plan && (
        <div
          ref={previewRef}
          tabIndex={-1}
          className="import-preview"
          role="dialog"
          aria-modal="false"
          aria-labelledby="import-title"
        >
          <h3 id="import-title">Aperçu de l’import de « {plan.name} »</h3>
          {plan.rejected.length > 0 && (
            <div className="import-preview__rejected">
              <h4 id="import-rejected-title">
                {plural(
                  plan.rejected.length,
                  'élément invalide ne sera pas importé',
                  'éléments invalides ne seront pas importés',
                )}
              </h4>
              <ul aria-labelledby="import-rejected-title" tabIndex={0}>
                {plan.rejected.slice(0, REJECTED_SHOWN).map((r, i) => (
                  <li key={i}>
                    {r.where} — {r.reason}
                  </li>
                ))}
              </ul>
              {plan.rejected.length > REJECTED_SHOWN && (
                <p className="muted">
                  … et {plural(plan.rejected.length - REJECTED_SHOWN, 'autre', 'autres')}.
                </p>
              )}
              <p className="muted">Le reste du fichier peut être importé sans eux.</p>
            </div>
          )}
          {plan.plan.empty ? (
            <p>
              {plan.rejected.length > 0
                ? 'Le reste du fichier n’apporte rien de nouveau : tout y est déjà.'
                : 'Ce fichier n’apporte rien de nouveau : tout y est déjà.'}
            </p>
          ) : (
            <table>
              <thead>
                <tr>
                  <th scope="col">Type</th>
                  <th scope="col">Ajoutés</th>
                  <th scope="col">Modifiés</th>
                  <th scope="col">Déjà présents</th>
                </tr>
              </thead>
              <tbody>
                {Object.entries(plan.plan.summary).map(([table, c]) => (
                  <tr key={table}>
                    <th scope="row">{TABLE_LABELS[table as keyof typeof TABLE_LABELS]}</th>
                    <td>{c.added}</td>
                    <td>{c.changed}</td>
                    <td>{c.unchanged}</td>
                  </tr>
                ))}
                {plan.documents.count.added + plan.documents.count.changed + plan.documents.count.unchanged >
                  0 && (
                  <tr>
                    <th scope="row">Documents</th>
                    <td>{plan.documents.count.added}</td>
                    <td>{plan.documents.count.changed}</td>
                    <td>{plan.documents.count.unchanged}</td>
                  </tr>
                )}
              </tbody>
            </table>
          )}
          <p className="muted">Les éléments plus récents chez vous sont conservés ; rien n’est dupliqué.</p>
          <div className="backup__row">
            <button type="button" className="primary" disabled={plan.plan.empty} onClick={() => void apply()}>
              {plan.rejected.length > 0 ? 'Importer le reste' : 'Importer'}
            </button>
            <button type="button" onClick={() => setPlan(null)}>
              Annuler
            </button>
          </div>
        </div>
      )}
      <div className="backup__danger">
        {!confirmWipe ? (
          <button type="button" className="danger" onClick={() => setConfirmWipe(true)}>
            Tout effacer…
          </button>
        ) : (
          <div role="alertdialog" aria-labelledby="wipe-title" className="wipe-confirm">
            <p id="wipe-title">
              Effacer toutes vos notes, surlignages, étiquettes, favoris et collections ? Cette action est
              définitive : exportez d’abord si vous voulez pouvoir les retrouver.
              {sharing.state !== 'desactive' && (
                <strong> Le partage est activé : elles seront aussi effacées pour toute votre équipe.</strong>
              )}
            </p>
            <button
              type="button"
              className="danger primary"
              onClick={() => {
                setConfirmWipe(false);
                wipeAll(DEFAULT_COLORS).then(
                  () => setStatus({ ok: true, text: 'Toutes vos annotations ont été effacées.' }),
                  (e: unknown) => setStatus({ ok: false, text: storageErrorMessage(e) }),
                );
              }}
            >
              Oui, tout effacer
            </button>
            <button type="button" autoFocus onClick={() => setConfirmWipe(false)}>
              Annuler
            </button>
          </div>
        )}
      </div>
    </section>
  );
}
