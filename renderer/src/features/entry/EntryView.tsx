// One entry or event: its sections under their headings (through AnnotatableSection, which
// draws the user's highlights and the search's marks), the key facts, and the original text.
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { Link, useLocation, useNavigate, useParams, useSearchParams } from '../../services/router';
import {
  KIND_LABELS,
  type CatalogueEvent,
  type Entry,
  type Section,
} from '../../../../electron/shared/schema';
import { useCatalogue } from '../../catalogue/CatalogueContext';
import type { CatalogueItem } from '../../../../electron/shared/items';
import { findMatches } from '../../../../electron/shared/search/matches';
import { parseQuery } from '../../../../electron/shared/search/query';
import { readState, toSearch } from '../../core/url-state';
import {
  AnnotatableSection,
  EntryAnnotationsPanel,
  useEntryHighlights,
  type EntryHighlights,
} from '../annotations';
import { returnFocusToResults, type NavigationState } from '../catalogue';
import { AddToCompareButton } from '../compare';
import { useSearch } from '../search';
import { EntryFacts, EventFacts } from './Facts';
import { OriginalText } from './OriginalText';
import { Completeness } from './Completeness';
import { FicheActions } from '../writing';
import { CorrectionVersions, FicheVersions } from '../sharing';
import { FICHES_SOURCE_FILE } from '../../db/fiche-rows';
import type { ColorRow } from '../../db/rows';
import { Captions } from './Captions';
import { CorrectedMark, CorrectionOrphans, usePassageCorrections } from '../corrections';
import { annotatableSections, eventSections, sectionRefs } from '../../core/sections';
import './entry.css';

const ORIGINAL_PARAM = 'vue';

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
}

export function EntryView() {
  const { id = '' } = useParams();
  const { byId, documentsRead, corrected } = useCatalogue();
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const item = byId.get(id);
  // The entry as its source has it when the user corrected its facts (the facts panel shows both).
  const fixes = corrected?.get(id);
  const listState = useMemo(() => readState(params), [params]);
  const backHref = `/catalogue${toSearch({ ...listState, selected: item ? id : listState.selected })}`;
  const fromCatalogue = (location.state as NavigationState | null)?.fromCatalogue === true;
  // A fiche the user wrote has no document behind it: its text is the original.
  const ownFiche = item?.source === FICHES_SOURCE_FILE;
  const showOriginal = params.get(ORIGINAL_PARAM) === 'origine' && !ownFiche;
  // The highlights, read and placed once for the sections and the panel's orphans.
  const texts = useMemo(() => (item ? annotatableSections(item) : []), [item]);
  const highlights = useEntryHighlights(item?.id ?? id, texts);

  // A layout effect: attached before the entry is painted, so an Escape pressed as soon as the
  // title shows is not lost (a passive effect can run a frame or more later on a busy machine).
  useLayoutEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.key !== 'Escape' || event.defaultPrevented || isEditable(event.target)) return;
      if (document.querySelector('dialog[open], [role="dialog"][aria-modal="true"]')) return;
      event.preventDefault();
      returnFocusToResults();
      // Opened from the list: going back keeps history tidy; otherwise go to the list with the state.
      if (fromCatalogue) navigate(-1);
      else navigate(backHref);
    }
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [fromCatalogue, backHref, navigate]);

  useEffect(() => {
    document.title = item ? `${item.title} — Repères` : 'Fiche introuvable — Repères';
  }, [item]);

  // Opening an entry moves the focus to its title: screen readers announce it, and Escape
  // (ignored inside text fields) then works at once.
  const heading = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => {
    heading.current?.focus({ preventScroll: true });
  }, [id]);

  // An imported document's entry opened directly (reload, link) appears once documents are read.
  if (!item && !documentsRead) return <p role="status">Chargement…</p>;
  if (!item) {
    return (
      <div className="fiche fiche--missing">
        <h1>Fiche introuvable</h1>
        <p>
          Aucune fiche ne porte l’identifiant « {id} ». Elle a peut-être été renommée lors d’une mise à jour
          du catalogue.
        </p>
        <Link to={backHref}>Revenir au catalogue</Link>
      </div>
    );
  }

  function toggleOriginal() {
    const next = new URLSearchParams(params);
    if (showOriginal) next.delete(ORIGINAL_PARAM);
    else next.set(ORIGINAL_PARAM, 'origine');
    setParams(next, { replace: true, state: location.state as unknown });
  }

  return (
    <article className="fiche" aria-labelledby="fiche-titre">
      <nav className="fiche__nav" aria-label="Retour">
        <Link
          to={backHref}
          onClick={(e) => {
            returnFocusToResults();
            if (fromCatalogue) {
              e.preventDefault();
              navigate(-1);
            }
          }}
        >
          ← Retour à la liste
        </Link>
        <span className="fiche__nav-hint" aria-hidden="true">
          Échap
        </span>
      </nav>
      <header className="fiche__head">
        <div className="fiche__kicker">
          <span className={`badge badge--${item.kind}`}>{KIND_LABELS[item.kind]}</span>
          <span>{item.sourceLabel}</span>
          {fixes?.fields.has('year') ? (
            <CorrectedMark
              inline
              label="valeur corrigée"
              what="l’année"
              original={fixes.original.year ?? <em>(absente)</em>}
            >
              {item.year ?? <em>(supprimée)</em>}
            </CorrectedMark>
          ) : (
            item.year !== null && <span>{item.year}</span>
          )}
        </div>
        <h1 id="fiche-titre" className="fiche__title" ref={heading} tabIndex={-1}>
          {item.title}
        </h1>
        {fixes && (fixes.fields.has('territory') || fixes.fields.has('organisation')) ? (
          <p className="fiche__subtitle">
            <CorrectedMark
              inline
              label="valeur corrigée"
              what="le territoire et la structure"
              original={subtitle(fixes.original) || <em>(absents)</em>}
            >
              {subtitle(item) || <em>(supprimés)</em>}
            </CorrectedMark>
          </p>
        ) : (
          subtitle(item) && <p className="fiche__subtitle">{subtitle(item)}</p>
        )}
        <div className="fiche__actions">
          {!ownFiche && (
            <button
              type="button"
              role="switch"
              aria-checked={showOriginal}
              className="switch"
              onClick={toggleOriginal}
            >
              <span className="switch__track" aria-hidden="true">
                <span className="switch__thumb" />
              </span>
              Texte d’origine
            </button>
          )}
          <AddToCompareButton targetId={item.id} />
          {ownFiche && <FicheActions id={item.id} title={item.title} />}
        </div>
      </header>
      {ownFiche && <FicheVersions id={item.id} />}
      <CorrectionVersions targetId={item.id} />
      <div className="fiche__body">
        <div className="fiche__main">
          {showOriginal ? (
            <OriginalText file={item.source} lines={(item.entry ?? item.event)?.lines ?? [1, 1]} />
          ) : item.entry ? (
            <EntryBody entry={item.entry} q={listState.q} highlights={highlights} />
          ) : item.event ? (
            <EventBody
              event={item.event}
              q={listState.q}
              listSearch={toSearch(listState)}
              highlights={highlights}
            />
          ) : null}
        </div>
        <aside className="fiche__side" aria-label="Repères clés et annotations">
          {item.entry && <EntryFacts entry={fixes?.original.entry ?? item.entry} item={item} />}
          {item.entry && <Completeness entry={item.entry} />}
          {item.event && <EventFacts event={item.event} item={item} />}
          <EntryAnnotationsPanel
            targetId={item.id}
            targetTitle={item.title}
            orphans={highlights?.orphans}
            colors={highlights?.colors}
          />
        </aside>
      </div>
    </article>
  );
}

function subtitle(item: CatalogueItem): string {
  return [item.territory, item.organisation !== item.territory ? item.organisation : null]
    .filter(Boolean)
    .join(' · ');
}

function Sections({
  targetId,
  sections,
  q,
  highlights,
}: {
  targetId: string;
  sections: Section[];
  q: string;
  highlights: EntryHighlights | undefined;
}) {
  const search = useSearch(q);
  // Until the engine answers (or if it cannot), the query's own words still get marked.
  const terms = useMemo(() => {
    if (search.terms.length) return search.terms;
    const parsed = parseQuery(q);
    return [...parsed.terms, ...parsed.phrases.flat()];
  }, [search.terms, q]);
  const refs = useMemo(() => sectionRefs(sections), [sections]);
  // Per section, so a section's marks are laid out again only when its matches change.
  const matches = useMemo(() => sections.map((s) => findMatches(s.text, terms)), [sections, terms]);
  const texts = useMemo(() => {
    const r = sectionRefs(sections);
    return sections.map((s, i) => ({ ref: r[i]!, text: s.text }));
  }, [sections]);
  // The user's corrections, placed across the sections (a passage may have moved to another one).
  const corrections = usePassageCorrections(targetId, texts);
  return (
    <>
      {sections.map((section, i) => (
        <AnnotatableSection
          key={refs[i]}
          targetId={targetId}
          sectionRef={refs[i] ?? `${section.key}:${i}`}
          section={section}
          searchMatches={matches[i]!}
          corrections={corrections.bySection.get(refs[i] ?? '')}
          highlights={highlights?.bySection.get(refs[i] ?? '')}
          colors={highlights?.colors ?? NO_COLORS}
        >
          <Captions captions={section.captions} />
        </AnnotatableSection>
      ))}
      <CorrectionOrphans orphans={corrections.orphans} />
    </>
  );
}

const NO_COLORS: ColorRow[] = [];

function EntryBody({
  entry,
  q,
  highlights,
}: {
  entry: Entry;
  q: string;
  highlights: EntryHighlights | undefined;
}) {
  if (entry.sections.length === 0) {
    return (
      <p className="fiche__empty">Cette fiche n’a pas de texte structuré : affichez le texte d’origine.</p>
    );
  }
  return <Sections targetId={entry.id} sections={entry.sections} q={q} highlights={highlights} />;
}

function EventBody({
  event,
  q,
  listSearch,
  highlights,
}: {
  event: CatalogueEvent;
  q: string;
  listSearch: string;
  highlights: EntryHighlights | undefined;
}) {
  const { byId } = useCatalogue();
  const sections = useMemo(() => eventSections(event), [event]);
  const related = event.related.map((id) => byId.get(id)).filter((i): i is CatalogueItem => !!i);
  return (
    <>
      <Sections targetId={event.id} sections={sections} q={q} highlights={highlights} />
      {related.length > 0 && (
        <section className="fiche__related" aria-labelledby="fiche-liees">
          <h2 id="fiche-liees">Fiches liées</h2>
          <ul>
            {related.map((r) => (
              <li key={r.id}>
                <Link to={`/fiche/${encodeURIComponent(r.id)}${listSearch}`}>{r.title}</Link>{' '}
                <span className="fiche__muted">({KIND_LABELS[r.kind]})</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
