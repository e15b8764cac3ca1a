import { useEffect, useRef } from 'react';
import { useSearchParams } from '../../services/router';
import { useCatalogue } from '../../catalogue/CatalogueContext';
import { getApi } from '../../platform/api';
import { SHORTCUTS } from './shortcuts';
import './help.css';

export default function HelpView() {
  const [params] = useSearchParams();
  const about = useRef<HTMLElement>(null);
  const { catalogue } = useCatalogue();
  const desktop = getApi().platform === 'electron';

  useEffect(() => {
    if (params.get('section') === 'a-propos') about.current?.scrollIntoView();
  }, [params]);

  return (
    <div className="help">
      <h1>Aide</h1>
      <section aria-labelledby="raccourcis">
        <h2 id="raccourcis">Raccourcis clavier</h2>
        <table className="help__table">
          <caption className="visually-hidden">Raccourcis clavier de Repères</caption>
          <thead>
            <tr>
              <th scope="col">Touches</th>
              <th scope="col">Action</th>
              <th scope="col">Où</th>
            </tr>
          </thead>
          <tbody>
            {SHORTCUTS.map((s) => (
              <tr key={s.action}>
                <td>
                  {s.keys.map((k, i) => (
                    <span key={k}>
                      {i > 0 && (s.either ? ' ou ' : ' + ')}
                      <kbd>{k}</kbd>
                    </span>
                  ))}
                </td>
                <td>{s.action}</td>
                <td>{s.where}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {/* Not "recherche-aide": that id is the search field's description, in the header. */}
      <section aria-labelledby="aide-recherche">
        <h2 id="aide-recherche">Rechercher</h2>
        <ul>
          <li>
            Les accents, les majuscules et une lettre de travers sont tolérés : « maraichers nantai » trouve
            les Maraîchers nantais.
          </li>
          <li>
            Des guillemets cherchent une expression exacte : <kbd>"clause d’insertion"</kbd>.
          </li>
          <li>
            Un signe moins exclut un mot : <kbd>insertion -jeunes</kbd>.
          </li>
          <li>La recherche couvre aussi vos notes, vos commentaires et vos étiquettes.</li>
        </ul>
      </section>
      <section aria-labelledby="aide-surligner">
        <h2 id="aide-surligner">Surligner un passage</h2>
        <ul>
          <li>
            Sélectionnez un passage dans le texte d’une fiche : la barre « Surligner la sélection » apparaît
            sous sa section, avec le choix de la couleur.
          </li>
          <li>
            Au clavier : <kbd>Tab</kbd> jusqu’à la barre de la section, « Sélectionner au clavier », puis{' '}
            <kbd>Maj</kbd> + flèches et <kbd>Entrée</kbd> : le passage est surligné dans la couleur choisie et
            son commentaire s’ouvre. <kbd>Échap</kbd> sort du texte, qui reste en lecture seule.
          </li>
          <li>
            Un surlignage s’ouvre d’un clic ou avec Entrée pour ajouter un commentaire et des étiquettes.
          </li>
        </ul>
      </section>
      <section aria-labelledby="aide-corriger">
        <h2 id="aide-corriger">Corriger une fiche, constituer un dossier</h2>
        <ul>
          <li>
            Sélectionnez un passage puis « Corriger la sélection » (au clavier, comme pour surligner) : le
            texte corrigé remplace le passage, marqué « corrigé » ; ce bouton affiche le texte d’origine.
          </li>
          <li>
            Sous les repères clés, « Corriger ce repère » corrige le territoire, la structure, les contacts,
            l’année… Le document d’origine n’est jamais modifié.
          </li>
          <li>
            Une correction dont le passage n’est plus dans le texte (le catalogue a changé) est gardée et
            listée sous la fiche parmi les « Corrections orphelines ».
          </li>
          <li>
            Dans « Mes annotations », chaque collection s’ouvre en dossier : imprimable en PDF, enregistrable
            en Markdown, ses contacts en CSV (tableur) ou vCard (carnet d’adresses). Le catalogue exporte de
            même les contacts des fiches affichées.
          </li>
        </ul>
      </section>
      <section aria-labelledby="a-propos" ref={about}>
        <h2 id="a-propos">À propos de Repères</h2>
        <p>
          Repères est un catalogue hors ligne des initiatives locales pour l’emploi et l’insertion. Il ne se
          connecte jamais à Internet : vos notes, surlignages et comparaisons restent sur cet ordinateur.
        </p>
        <p>Documents sources :</p>
        <ul>
          {catalogue.sources.map((s) => (
            <li key={s.file}>
              {s.title}
              {s.publisher ? ` — ${s.publisher}` : ''}
              {s.year ? ` (${s.year})` : ''}
            </li>
          ))}
        </ul>
        {desktop && (
          <button type="button" onClick={() => void getApi().openLog()}>
            Ouvrir le journal des erreurs
          </button>
        )}
      </section>
    </div>
  );
}
