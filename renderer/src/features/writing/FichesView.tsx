// « Mes fiches »: the fiches the user wrote, to open, edit or delete; written anew; exported as
// a catalogue JSON file or as Markdown; imported from a catalogue JSON file, each invalid entry
// set aside with its reason while the others come in.
import { useState } from 'react';
import { Link, useNavigate } from '../../services/router';
import { useCatalogue } from '../../catalogue/CatalogueContext';
import {
  fichesToJson,
  fichesToMarkdown,
  MAX_FICHES_IMPORT_BYTES,
  parseFichesJson,
  parseFichesMarkdown,
  planFichesImport,
  type SetAside,
} from '../../core/fiches-export';
import { ficheToEntry } from '../../core/fiche-entry';
import { plural } from '../../core/plural';
import { newFicheId, putFiches, readFiches } from '../../db/fiches';
import { storageErrorMessage } from '../../db/errors';
import { getApi } from '../../platform/api';
import { DeleteFicheButton } from './DeleteFicheButton';
import './writing.css';

const DATE = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'medium', timeStyle: 'short' });
const stamp = () => new Date().toISOString().slice(0, 10);
const SET_ASIDE_SHOWN = 100;

export default function FichesView() {
  const { fiches = [] } = useCatalogue();
  const navigate = useNavigate();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [setAside, setSetAside] = useState<SetAside[]>([]);

  async function exportAs(format: 'json' | 'md') {
    setMessage(null);
    try {
      const rows = await readFiches();
      const result = await getApi().saveFile({
        suggestedName: `mes-fiches-${stamp()}.${format === 'json' ? 'json' : 'md'}`,
        content: format === 'json' ? fichesToJson(rows) : fichesToMarkdown(rows),
        filters:
          format === 'json'
            ? [{ name: 'Catalogue Repères (JSON)', extensions: ['json'] }]
            : [{ name: 'Fiches en Markdown', extensions: ['md'] }],
      });
      if (!result.ok) setMessage({ ok: false, text: result.error.message });
      else if (result.value) setMessage({ ok: true, text: `Export enregistré : ${result.value}` });
    } catch (e) {
      setMessage({ ok: false, text: storageErrorMessage(e) });
    }
  }

  async function importFile() {
    setMessage(null);
    setSetAside([]);
    const file = await getApi().openFile({
      filters: [{ name: 'Fiches (catalogue JSON ou Markdown)', extensions: ['json', 'md', 'markdown'] }],
      maxBytes: MAX_FICHES_IMPORT_BYTES,
    });
    if (!file.ok) return setMessage({ ok: false, text: file.error.message });
    if (!file.value) return;
    // A catalogue file is JSON, whatever its name; anything else is read as the Markdown model.
    const json = /\.json$/i.test(file.value.name) || /^\uFEFF?\s*[{[]/.test(file.value.content);
    const parsed = json ? parseFichesJson(file.value.content) : parseFichesMarkdown(file.value.content);
    if (!parsed.ok) return setMessage({ ok: false, text: parsed.message });
    try {
      const plan = planFichesImport(await readFiches(), parsed.fiches, newFicheId);
      await putFiches(plan.put);
      setSetAside(parsed.rejected);
      const parts = [
        `${plural(plan.added, 'fiche importée', 'fiches importées')}`,
        plan.unchanged ? `${plural(plan.unchanged, 'déjà présente', 'déjà présentes')}` : '',
        parsed.rejected.length ? `${plural(parsed.rejected.length, 'mise de côté', 'mises de côté')}` : '',
      ].filter(Boolean);
      setMessage({ ok: true, text: `« ${file.value.name} » : ${parts.join(', ')}.` });
    } catch (e) {
      setMessage({ ok: false, text: storageErrorMessage(e) });
    }
  }

  return (
    <div className="fiches">
      <h1>Mes fiches</h1>
      <p className="fiches__intro">
        Les études de cas que vous écrivez. Elles rejoignent le catalogue sous la source « Mes fiches » :
        recherche, filtres, carte, comparaison et chronologie les traitent comme les autres.
      </p>
      <div className="fiches__actions">
        <Link className="button primary" to="/fiches/nouvelle">
          Nouvelle fiche
        </Link>
        <button type="button" disabled={fiches.length === 0} onClick={() => void exportAs('json')}>
          Exporter en JSON
        </button>
        <button type="button" disabled={fiches.length === 0} onClick={() => void exportAs('md')}>
          Exporter en Markdown
        </button>
        <button type="button" onClick={() => void importFile()}>
          Importer des fiches…
        </button>
      </div>
      {message && (
        <p className={message.ok ? 'fiches__ok' : 'fiches__error'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
      {setAside.length > 0 && (
        <section aria-labelledby="fiches-de-cote" className="fiches__aside">
          <h2 id="fiches-de-cote">Mises de côté</h2>
          <ul>
            {setAside.slice(0, SET_ASIDE_SHOWN).map((r, i) => (
              <li key={i}>
                {r.where} — {r.reason}
              </li>
            ))}
          </ul>
          {setAside.length > SET_ASIDE_SHOWN && <p>… et {setAside.length - SET_ASIDE_SHOWN} autres.</p>}
        </section>
      )}
      {fiches.length === 0 ? (
        <p className="fiches__empty">Vous n’avez pas encore écrit de fiche.</p>
      ) : (
        <ul className="fiches__list">
          {[...fiches].reverse().map((row) => {
            const entry = ficheToEntry(row);
            return (
              <li key={row.id} className="fiches__item">
                <Link to={`/fiche/${row.id}`} className="fiches__title">
                  {entry.title}
                </Link>
                <span className="fiches__meta">
                  {[entry.territory, entry.year, `modifiée le ${DATE.format(row.updatedAt)}`]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
                <span className="fiches__item-actions">
                  <Link to={`/fiches/${row.id}/modifier`} aria-label={`Modifier « ${entry.title} »`}>
                    Modifier
                  </Link>
                  <DeleteFicheButton id={row.id} title={entry.title} onDeleted={() => navigate('/fiches')} />
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
