// « Nouvelle fiche » and « Modifier la fiche »: the user's own case study in the common parts of
// the catalogue (facts, people, themes, the parts of the common vocabulary in Markdown) and
// what decision makers ask for (public, stage, funding, measured results, conditions for
// transfer). Every keystroke is kept (useFicheDraft); the fiche joins the catalogue at its
// first save.
import { useEffect, useLayoutEffect, useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from '../../services/router';
import { SECTION_LABELS, STAGES, STAGE_LABELS } from '../../../../electron/shared/schema';
import { DEPARTMENTS } from '../../../../electron/shared/places';
import { useCatalogue } from '../../catalogue/CatalogueContext';
import {
  FICHE_CAPS,
  FICHE_ID,
  FICHE_SECTION_KEYS,
  getFiche,
  newFicheId,
  type FicheRow,
  type FichePerson,
  type FicheResult,
} from '../../db/fiches';
import { Field } from './Field';
import { DeleteFicheButton } from './DeleteFicheButton';
import { useFicheDraft } from './useFicheDraft';
import { fieldMessages } from './validation';
import './writing.css';

const STATUS: Record<string, string> = {
  idle: '',
  pending: 'Modifications en cours…',
  saving: 'Enregistrement…',
  saved: 'Enregistré',
  error: 'Non enregistré',
};

const SECTION_HINTS: Partial<Record<string, string>> = {
  context: 'Le territoire, le problème posé, ce qui existait avant.',
  presentation: 'L’action en quelques phrases : quoi, pour qui, depuis quand.',
  vision: 'Ce que disent les élus, en les citant.',
  operations: 'Comment l’action se déroule : étapes, moyens, équipe.',
  governance: 'Qui décide, qui finance, avec quels partenaires.',
  effects: 'Ce qui a changé ; les chiffres vont aussi dans « Résultats et mesure ».',
  obstacles: 'Ce qui a freiné, ce qui a aidé.',
  innovation: 'Ce qui est nouveau, ce qui peut être repris ailleurs.',
  tools: 'Guides, conventions, outils utilisés ou produits.',
  contacts: 'Qui joindre pour en savoir plus.',
};

/** /fiches/nouvelle: a new fiche's id, then its editor (the address then names the fiche). */
export function NewFicheView() {
  const navigate = useNavigate();
  useLayoutEffect(() => {
    navigate(`/fiches/${newFicheId()}/modifier`, { replace: true });
  }, [navigate]);
  return <p role="status">Ouverture d’une nouvelle fiche…</p>;
}

/** /fiches/:id/modifier: reads the stored fiche (none for a new one), then shows the form. */
export default function FicheEditorView() {
  const { id = '' } = useParams();
  const [stored, setStored] = useState<{ id: string; row: FicheRow | undefined } | null>(null);
  useEffect(() => {
    let live = true;
    getFiche(id).then(
      (row) => live && setStored({ id, row }),
      () => live && setStored({ id, row: undefined }),
    );
    return () => {
      live = false;
    };
  }, [id]);
  if (!FICHE_ID.test(id))
    return (
      <div className="fiche-editor">
        <h1>Fiche introuvable</h1>
        <p>« {id} » n’est pas l’identifiant d’une de vos fiches.</p>
        <Link to="/fiches">Mes fiches</Link>
      </div>
    );
  if (stored?.id !== id) return <p role="status">Chargement de la fiche…</p>;
  return <FicheForm key={id} id={id} stored={stored.row} />;
}

function FicheForm({ id, stored }: { id: string; stored: FicheRow | undefined }) {
  const navigate = useNavigate();
  const { items, byId } = useCatalogue();
  const { fields, update, status, error, recovered, flush, reset, text } = useFicheDraft(id, stored);
  const messages = fieldMessages(fields);
  const inCatalogue = byId.has(id);

  useEffect(() => {
    document.title = `${stored ? 'Modifier' : 'Nouvelle fiche'} — Repères`;
  }, [stored]);
  useLayoutEffect(() => {
    document.getElementById('fiche-editor-titre')?.focus({ preventScroll: true });
  }, []);

  const vocabulary = useMemo(() => {
    const themes = new Set(items.flatMap((i) => (i.entry ? i.themes : [])));
    for (const t of fields.themes) themes.add(t);
    return [...themes].sort((a, b) => a.localeCompare(b, 'fr'));
  }, [items, fields.themes]);
  const regions = useMemo(() => {
    const by = new Map<string, typeof DEPARTMENTS>();
    for (const d of DEPARTMENTS) by.set(d.region, [...(by.get(d.region) ?? []), d]);
    return [...by].sort((a, b) => a[0].localeCompare(b[0], 'fr'));
  }, []);

  const setPerson = (i: number, patch: Partial<FichePerson>) =>
    update({ people: fields.people.map((p, j) => (j === i ? { ...p, ...patch } : p)) });
  const setResult = (i: number, patch: Partial<FicheResult>) =>
    update({ results: fields.results.map((r, j) => (j === i ? { ...r, ...patch } : r)) });

  return (
    <form className="fiche-editor" aria-labelledby="fiche-editor-titre" onSubmit={(e) => e.preventDefault()}>
      <header className="fiche-editor__head">
        <h1 id="fiche-editor-titre" tabIndex={-1}>
          {stored ? 'Modifier la fiche' : 'Nouvelle fiche'}
        </h1>
        <p className="fiche-editor__intro">
          Chaque frappe est gardée sur cet ordinateur et la fiche enregistrée aussitôt : elle rejoint le
          catalogue sous la source « Mes fiches ». Les parties s’écrivent en Markdown (**gras**, listes avec
          -, sous-titres avec ###).
        </p>
        <div className="fiche-editor__bar">
          <span className={`fiche-editor__status fiche-editor__status--${status}`} role="status">
            {STATUS[status]}
          </span>
          {error && (
            <span className="fiche-editor__error" role="alert">
              {error}
            </span>
          )}
          {inCatalogue && (
            <Link className="button" to={`/fiche/${id}`}>
              Voir la fiche
            </Link>
          )}
          <Link to="/fiches">Mes fiches</Link>
          {inCatalogue && (
            <DeleteFicheButton
              id={id}
              title={fields.title.trim() || 'Fiche sans titre'}
              before={async () => {
                // No save may recreate the row once it is gone.
                await flush();
                await reset(text);
              }}
              onDeleted={() => navigate('/fiches', { replace: true })}
            />
          )}
        </div>
        {recovered && (
          <p className="fiche-editor__recovered" role="status">
            {recovered}
          </p>
        )}
      </header>

      <fieldset className="fiche-editor__group">
        <legend>L’initiative</legend>
        <div className="fiche-field fiche-field--wide">
          <label htmlFor={`${id}-title`}>Titre</label>
          <input
            id={`${id}-title`}
            type="text"
            value={fields.title}
            maxLength={FICHE_CAPS.short}
            aria-describedby={messages.title ? `${id}-title-msg` : undefined}
            onChange={(e) => update({ title: e.target.value })}
          />
          {messages.title && (
            <span id={`${id}-title-msg`} className="fiche-field__hint">
              {messages.title}
            </span>
          )}
        </div>
        <Field
          label="Structure porteuse"
          value={fields.organisation}
          maxLength={FICHE_CAPS.short}
          onChange={(organisation) => update({ organisation })}
        />
        <Field
          label="Territoire"
          hint="Ville, intercommunalité, pays…"
          value={fields.territory}
          maxLength={FICHE_CAPS.short}
          onChange={(territory) => update({ territory })}
        />
        <div className="fiche-field">
          <label htmlFor={`${id}-dep`}>Département</label>
          <select
            id={`${id}-dep`}
            value={fields.departmentCode}
            onChange={(e) => update({ departmentCode: e.target.value })}
          >
            <option value="">Non précisé</option>
            {regions.map(([region, deps]) => (
              <optgroup key={region} label={region}>
                {deps.map((d) => (
                  <option key={d.code} value={d.code}>
                    {d.name} ({d.code})
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
        <Field
          label="Année"
          hint="Début de l’action, ou année décrite"
          inputMode="numeric"
          value={fields.year}
          maxLength={20}
          message={messages.year}
          onChange={(year) => update({ year })}
        />
        <fieldset className="fiche-field fiche-editor__stage">
          <legend>Stade</legend>
          {(['', ...STAGES] as const).map((s) => (
            <label key={s || 'none'}>
              <input
                type="radio"
                name={`${id}-stage`}
                value={s}
                checked={fields.stage === s}
                onChange={() => update({ stage: s })}
              />
              {s ? STAGE_LABELS[s] : 'Non précisé'}
            </label>
          ))}
        </fieldset>
        <Field
          label="Public visé"
          className="fiche-field--wide"
          value={fields.audience}
          maxLength={FICHE_CAPS.line}
          onChange={(audience) => update({ audience })}
        />
      </fieldset>

      <fieldset className="fiche-editor__group">
        <legend>Personnes et contacts</legend>
        {fields.people.map((p, i) => (
          <fieldset key={i} className="fiche-editor__row">
            <legend className="visually-hidden">Personne {i + 1}</legend>
            <Field
              label={`Nom (personne ${i + 1})`}
              value={p.name}
              maxLength={FICHE_CAPS.short}
              onChange={(name) => setPerson(i, { name })}
            />
            <Field
              label={`Rôle (personne ${i + 1})`}
              value={p.role}
              maxLength={FICHE_CAPS.short}
              onChange={(role) => setPerson(i, { role })}
            />
            <Field
              label={`Courriel (personne ${i + 1})`}
              inputMode="email"
              value={p.email}
              maxLength={FICHE_CAPS.short}
              onChange={(email) => setPerson(i, { email })}
            />
            <Field
              label={`Téléphone (personne ${i + 1})`}
              inputMode="tel"
              value={p.phone}
              maxLength={FICHE_CAPS.short}
              onChange={(phone) => setPerson(i, { phone })}
            />
            <button
              type="button"
              className="fiche-editor__remove"
              onClick={() => update({ people: fields.people.filter((_, j) => j !== i) })}
            >
              Retirer la personne {i + 1}
            </button>
          </fieldset>
        ))}
        {fields.people.length < FICHE_CAPS.list && (
          <button
            type="button"
            onClick={() =>
              update({ people: [...fields.people, { name: '', role: '', email: '', phone: '' }] })
            }
          >
            Ajouter une personne
          </button>
        )}
        <div className="fiche-editor__columns">
          <Field
            label="Courriels"
            hint="Un par ligne"
            rows={2}
            inputMode="email"
            value={fields.emails}
            maxLength={FICHE_CAPS.text}
            message={messages.emails}
            onChange={(emails) => update({ emails })}
          />
          <Field
            label="Téléphones"
            hint="Un par ligne"
            rows={2}
            value={fields.phones}
            maxLength={FICHE_CAPS.text}
            message={messages.phones}
            onChange={(phones) => update({ phones })}
          />
          <Field
            label="Sites web"
            hint="Un par ligne"
            rows={2}
            value={fields.websites}
            maxLength={FICHE_CAPS.text}
            message={messages.websites}
            onChange={(websites) => update({ websites })}
          />
        </div>
      </fieldset>

      <fieldset className="fiche-editor__group">
        <legend>Thèmes</legend>
        <div className="fiche-editor__themes">
          {vocabulary.map((t) => (
            <label key={t}>
              <input
                type="checkbox"
                checked={fields.themes.includes(t)}
                onChange={(e) =>
                  update({
                    themes: e.target.checked ? [...fields.themes, t] : fields.themes.filter((x) => x !== t),
                  })
                }
              />
              {t}
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset className="fiche-editor__group">
        <legend>Le récit, partie par partie</legend>
        {FICHE_SECTION_KEYS.map((key) => (
          <Field
            key={key}
            className="fiche-field--wide"
            label={`${SECTION_LABELS[key]} (Markdown)`}
            hint={SECTION_HINTS[key]}
            rows={key === 'presentation' || key === 'operations' ? 6 : 3}
            value={fields.sections[key]}
            maxLength={FICHE_CAPS.section}
            onChange={(value) => update({ sections: { ...fields.sections, [key]: value } })}
          />
        ))}
      </fieldset>

      <fieldset className="fiche-editor__group">
        <legend>Pour décider</legend>
        <div className="fiche-editor__columns">
          <Field
            label="Financeurs"
            hint="Un par ligne"
            rows={3}
            value={fields.funders}
            maxLength={FICHE_CAPS.text}
            onChange={(funders) => update({ funders })}
          />
          <Field
            label="Budget"
            hint="Montant et période, par exemple 120 000 € par an"
            value={fields.budget}
            maxLength={FICHE_CAPS.line}
            onChange={(budget) => update({ budget })}
          />
          <Field
            label="Année des chiffres"
            inputMode="numeric"
            value={fields.budgetYear}
            maxLength={20}
            message={messages.budgetYear}
            onChange={(budgetYear) => update({ budgetYear })}
          />
        </div>
        <h2 className="fiche-editor__subhead">Résultats et mesure</h2>
        {fields.results.map((r, i) => (
          <fieldset key={i} className="fiche-editor__row">
            <legend className="visually-hidden">Résultat {i + 1}</legend>
            <Field
              label={`Résultat ${i + 1}`}
              hint="Par exemple : 45 personnes en emploi durable"
              value={r.result}
              maxLength={FICHE_CAPS.line}
              onChange={(result) => setResult(i, { result })}
            />
            <Field
              label={`Mesuré comment (résultat ${i + 1})`}
              hint="Suivi des sorties, enquête, évaluation…"
              value={r.measure}
              maxLength={FICHE_CAPS.line}
              onChange={(measure) => setResult(i, { measure })}
            />
            <button
              type="button"
              className="fiche-editor__remove"
              onClick={() => update({ results: fields.results.filter((_, j) => j !== i) })}
            >
              Retirer le résultat {i + 1}
            </button>
          </fieldset>
        ))}
        {fields.results.length < FICHE_CAPS.list && (
          <button
            type="button"
            onClick={() => update({ results: [...fields.results, { result: '', measure: '' }] })}
          >
            Ajouter un résultat
          </button>
        )}
        <Field
          label="Conditions de transfert (Markdown)"
          hint="Ce qu’un autre territoire doit réunir avant de reprendre l’action"
          className="fiche-field--wide"
          rows={3}
          value={fields.prerequisites}
          maxLength={FICHE_CAPS.text}
          onChange={(prerequisites) => update({ prerequisites })}
        />
      </fieldset>
    </form>
  );
}
