// The comparison page. Without an id it compares the tray (what the user is selecting now; the
// baseline and the switch live in the URL); with /comparaison/:savedId it shows a saved
// comparison, and every change to it is saved at once.
import { useMemo, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from '../../services/router';
import { useCatalogue } from '../../catalogue/CatalogueContext';
import { compare, MAX_COMPARED, visibleRows } from '../../core/compare/compare';
import { comparisonToMarkdown, type ColumnAnnotations } from '../../core/compare/markdown';
import type { CatalogueItem } from '../../../../electron/shared/items';
import { foldForMatch as fold } from '../../../../electron/shared/text/fold';
import { getApi } from '../../platform/api';
import { ComparisonNote } from './ComparisonNote';
import { CompareTable, type ColumnActions } from './CompareTable';
import { SavedComparisonsList } from './SavedComparisons';
import {
  saveComparison,
  setTray,
  updateComparison,
  useColumnAnnotations,
  useHighlightColours,
  useSavedComparison,
  useTray,
} from './store';
import './compare.css';
import { CapNotice } from '../../services/CapNotice';
import { TEXT_CAPS } from '../../db/text-caps';

interface Working {
  ids: string[];
  baselineId: string | null;
  differencesOnly: boolean;
  setIds(ids: string[]): void;
  setBaseline(id: string | null): void;
  setDifferencesOnly(on: boolean): void;
}

function fileSlug(name: string): string {
  return (
    fold(name)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'comparaison'
  );
}

function AddPicker({
  items,
  exclude,
  onAdd,
}: {
  items: CatalogueItem[];
  exclude: string[];
  onAdd(id: string): void;
}) {
  const [query, setQuery] = useState('');
  const results = useMemo(() => {
    const q = fold(query.trim());
    if (q.length < 2) return [];
    return items
      .filter((i) => !exclude.includes(i.id))
      .filter((i) =>
        fold(`${i.title} ${i.territory ?? ''} ${i.organisation ?? ''} ${i.sourceLabel}`).includes(q),
      )
      .slice(0, 8);
  }, [items, exclude, query]);
  return (
    <div className="compare-picker">
      <label htmlFor="compare-picker-q">Ajouter une fiche à comparer</label>
      <input
        id="compare-picker-q"
        type="search"
        value={query}
        placeholder="Titre, territoire, organisation…"
        onChange={(e) => setQuery(e.target.value)}
      />
      {query.trim().length >= 2 && (
        <ul className="compare-picker__results" aria-label="Fiches trouvées">
          {results.length === 0 && <li className="compare-absent">Aucune fiche ne correspond.</li>}
          {results.map((i) => (
            <li key={i.id}>
              <button
                type="button"
                aria-label={`Ajouter « ${i.title} » à la comparaison`}
                onClick={() => onAdd(i.id)}
              >
                Ajouter
              </button>{' '}
              {i.title}{' '}
              <span className="compare-picker__meta">
                ({[i.territory, i.sourceLabel].filter(Boolean).join(', ')})
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export default function CompareView() {
  const { savedId } = useParams();
  const navigate = useNavigate();
  const { byId, items } = useCatalogue();
  const tray = useTray();
  const saved = useSavedComparison(savedId);
  const [params, setParams] = useSearchParams();
  const [expandAll, setExpandAll] = useState(false);
  const [name, setName] = useState('');
  const [message, setMessage] = useState('');

  const working: Working | null = useMemo(() => {
    if (savedId) {
      if (!saved) return null;
      return {
        ids: saved.targetIds,
        baselineId: saved.baselineId,
        differencesOnly: saved.differencesOnly,
        setIds: (ids) => {
          if (ids.length === 0) return;
          void updateComparison(saved.id, {
            targetIds: ids,
            baselineId: saved.baselineId && ids.includes(saved.baselineId) ? saved.baselineId : null,
          });
        },
        setBaseline: (id) => void updateComparison(saved.id, { baselineId: id }),
        setDifferencesOnly: (on) => void updateComparison(saved.id, { differencesOnly: on }),
      };
    }
    if (!tray) return null;
    const update = (key: string, value: string | null) =>
      setParams(
        (p) => {
          const next = new URLSearchParams(p);
          if (value === null) next.delete(key);
          else next.set(key, value);
          return next;
        },
        { replace: true },
      );
    return {
      ids: tray,
      baselineId: params.get('reference'),
      differencesOnly: params.get('differences') === '1',
      setIds: (ids) => void setTray(ids),
      setBaseline: (id) => update('reference', id),
      setDifferencesOnly: (on) => update('differences', on ? '1' : null),
    };
  }, [savedId, saved, tray, params, setParams]);

  const idsKey = (working?.ids ?? []).join('\n');
  const baselineId = working?.baselineId ?? null;
  const { ids, known, comparison } = useMemo(() => {
    const all = idsKey ? idsKey.split('\n') : [];
    const present = all.filter((id) => byId.has(id));
    return {
      ids: all,
      known: present,
      comparison: compare(
        present.map((id) => byId.get(id)!),
        baselineId,
      ),
    };
  }, [idsKey, baselineId, byId]);
  const missing = ids.length - known.length;
  const annotations = useColumnAnnotations(known);
  const colours = useHighlightColours();

  if (savedId && saved === null) {
    return (
      <div className="compare-view">
        <h1>Comparaison introuvable</h1>
        <p>Cette comparaison enregistrée n’existe pas ou a été supprimée.</p>
        <p>
          <Link to="/comparaison">Revenir à la comparaison en cours</Link>
        </p>
        <SavedComparisonsList />
      </div>
    );
  }
  if (!working || annotations === undefined || colours === undefined) {
    return <p role="status">Chargement de la comparaison…</p>;
  }

  const differencesOnly = working.differencesOnly;
  const rows = visibleRows(comparison, differencesOnly);
  const hasAnnotations = [...annotations.values()].some((a) => a.notes.length > 0 || a.highlights.length > 0);
  const title = saved ? saved.name : 'Comparaison';
  const enough = comparison.columns.length >= 2;

  const actions: ColumnActions = {
    setBaseline: (id) => working.setBaseline(id),
    move(id, by) {
      const next = [...known];
      const i = next.indexOf(id);
      const j = i + by;
      if (i < 0 || j < 0 || j >= next.length) return;
      [next[i], next[j]] = [next[j]!, next[i]!];
      working.setIds([...next, ...ids.filter((x) => !byId.has(x))]);
    },
    swap(id, withId) {
      const next = [...known];
      const i = next.indexOf(id);
      const j = next.indexOf(withId);
      if (i < 0 || j < 0) return;
      [next[i], next[j]] = [next[j]!, next[i]!];
      working.setIds([...next, ...ids.filter((x) => !byId.has(x))]);
    },
    remove(id) {
      if (working.baselineId === id) working.setBaseline(null);
      working.setIds(ids.filter((x) => x !== id));
    },
  };

  function add(id: string) {
    if (ids.length >= MAX_COMPARED || ids.includes(id)) return;
    working!.setIds([...ids, id]);
    setMessage(`« ${byId.get(id)?.title ?? id} » ajoutée à la comparaison.`);
  }

  function markdown(): string {
    const columnAnnotations = new Map<string, ColumnAnnotations>(
      [...annotations!.entries()].map(([id, a]) => [
        id,
        {
          notes: a.notes.map((n) => n.body),
          highlights: a.highlights.map((h) => ({ quote: h.quote.exact, comment: h.comment })),
        },
      ]),
    );
    const noteField = document.getElementById('compare-note-body') as HTMLTextAreaElement | null;
    return comparisonToMarkdown(comparison, {
      name: title,
      differencesOnly,
      note: noteField?.value,
      annotations: columnAnnotations,
      exportedAt: new Date(),
    });
  }

  async function exportMarkdown() {
    const result = await getApi().saveFile({
      suggestedName: `${fileSlug(title)}.md`,
      content: markdown(),
      filters: [{ name: 'Markdown', extensions: ['md'] }],
    });
    setMessage(
      result.ok
        ? result.value
          ? `Comparaison exportée : ${result.value}`
          : 'Export annulé.'
        : `L’export a échoué : ${result.error.message}`,
    );
  }

  async function print() {
    setExpandAll(true);
    // Let the expanded cells render before the page is captured.
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
    const result = await getApi().printToPdf(`${fileSlug(title)}.pdf`);
    if (!result.ok) setMessage(`L’impression a échoué : ${result.error.message}`);
    else if (result.value) setMessage(`PDF enregistré : ${result.value}`);
  }

  async function save(e: FormEvent) {
    e.preventDefault();
    const clean = name.trim();
    if (!clean || !enough) return;
    const id = await saveComparison({
      name: clean,
      targetIds: known,
      baselineId: comparison.baselineId,
      differencesOnly,
    });
    setName('');
    navigate(`/comparaison/${id}`);
  }

  return (
    <div className="compare-view">
      <header className="compare-view__header">
        <div>
          <h1>{title}</h1>
          {saved ? (
            <p className="compare-view__sub">
              Comparaison enregistrée — chaque changement est gardé.{' '}
              <Link to="/comparaison">Sélection en cours</Link>
            </p>
          ) : (
            <p className="compare-view__sub">
              Sélection en cours : {comparison.columns.length} fiche{comparison.columns.length > 1 ? 's' : ''}{' '}
              sur {MAX_COMPARED}.
            </p>
          )}
        </div>
        <div className="compare-toolbar" role="toolbar" aria-label="Outils de comparaison">
          <button
            type="button"
            role="switch"
            aria-checked={differencesOnly}
            className="compare-switch"
            onClick={() => working.setDifferencesOnly(!differencesOnly)}
            disabled={!enough}
          >
            <span className="compare-switch__track" aria-hidden="true" />
            Différences seulement
          </button>
          <button
            type="button"
            onClick={() => setExpandAll((v) => !v)}
            aria-pressed={expandAll}
            disabled={comparison.columns.length === 0}
          >
            {expandAll ? 'Tout replier' : 'Tout déplier'}
          </button>
          <button type="button" onClick={() => void exportMarkdown()} disabled={!enough}>
            Exporter en Markdown
          </button>
          <button type="button" onClick={() => void print()} disabled={!enough}>
            Imprimer / PDF
          </button>
        </div>
      </header>

      <p className="compare-view__message" role="status">
        {message}
      </p>

      {missing > 0 && (
        <p className="compare-warning">
          {missing === 1
            ? 'Une fiche de cette comparaison n’existe plus dans le catalogue.'
            : `${missing} fiches de cette comparaison n’existent plus dans le catalogue.`}
        </p>
      )}

      {ids.length < MAX_COMPARED ? (
        <AddPicker items={items} exclude={ids} onAdd={add} />
      ) : (
        <p className="compare-view__full">La comparaison est complète : {MAX_COMPARED} fiches au maximum.</p>
      )}

      {comparison.columns.length === 0 ? (
        <p className="compare-empty">
          Aucune fiche à comparer. Choisissez des fiches avec « Ajouter à la comparaison » dans le catalogue
          ou sur une fiche, ou cherchez-les ci-dessus.
        </p>
      ) : (
        <>
          {!enough && <p className="compare-empty">Ajoutez au moins une autre fiche pour comparer.</p>}
          <p className="compare-legend">
            <span className="compare-legend__item compare-value--shared">en commun</span>{' '}
            <span className="compare-legend__item compare-value--unique">
              {comparison.baselineId ? 'absent de la référence' : 'propre à une fiche'}
            </span>
            {differencesOnly && (
              <span>
                {' '}
                — {comparison.facts.length + comparison.sections.length - rows.length} lignes identiques
                masquées
              </span>
            )}
          </p>
          <div className="compare-scroll" role="region" aria-label="Tableau de comparaison" tabIndex={0}>
            <CompareTable
              comparison={comparison}
              rows={rows}
              annotations={annotations}
              colours={colours}
              actions={actions}
              expandAll={expandAll}
              showAnnotations={!differencesOnly || hasAnnotations}
            />
          </div>
        </>
      )}

      <div className="compare-view__bottom">
        {saved ? (
          <ComparisonNote comparisonId={saved.id} />
        ) : (
          enough && (
            <form className="compare-save" onSubmit={(e) => void save(e)}>
              <label htmlFor="compare-save-name">Nom de la comparaison</label>
              <input
                id="compare-save-name"
                type="text"
                maxLength={TEXT_CAPS.comparisonName}
                required
                value={name}
                onChange={(e) => setName(e.target.value)}
              />
              <CapNotice kind="comparisonName" length={name.length} />
              <button type="submit" className="primary">
                Enregistrer la comparaison
              </button>
              <p className="compare-save__hint">Une fois enregistrée, vous pourrez lui ajouter une note.</p>
            </form>
          )
        )}
        <SavedComparisonsList currentId={saved?.id} />
      </div>
    </div>
  );
}
