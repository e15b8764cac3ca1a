// Chronology: the COORACE and Cime events plus the year of each case and experience, one
// swimlane per source, zoomable (buttons, + and - keys, Ctrl+wheel) and scrollable, with a
// table view of the same marks for keyboard and screen-reader users.
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { Link, useSearchParams } from '../../services/router';
import { KIND_LABELS, type SourceKind } from '../../../../electron/shared/schema';
import { useCatalogue } from '../../catalogue/CatalogueContext';
import { CorrectedFlag } from '../../services/CorrectedFlag';
import type { CatalogueItem, ItemKind } from '../../../../electron/shared/items';
import { countItems, countPhrase, countsSummary } from '../../core/counts';
import { catalogueHref } from '../../core/url-state';
import {
  ZOOM_LEVELS,
  defaultLabelWidth,
  layoutTimeline,
  relatedItems,
  yearTicks,
  zoomStep,
  type TimelineMark,
} from '../../core/timeline';
import { usePrinting } from '../../services/usePrinting';
import { FilterBar, useFilteredItems } from '../map';
import '../../styles/filters.css';
import './timeline.css';

const TIMELINE_KINDS: ItemKind[] = ['event', 'case', 'experience', 'programme', 'text'];
const TRACK_H = 30;
const PAD_LEFT = 24;
const PAD_RIGHT = 280;
const LANE_HEADER_H = 30;

function markHref(mark: TimelineMark): string {
  if (mark.kind === 'cluster') {
    const first = mark.items[0]!;
    return catalogueHref({ source: [first.source], kind: [first.kind], year: [String(first.year)] });
  }
  return `/fiche/${mark.items[0]!.id}`;
}

function markYear(m: TimelineMark): string {
  return m.undated ? `sans date, avec la période ${m.dateLabel}` : m.dateLabel;
}

export default function TimelineView() {
  const { catalogue, items: allItems, byId, corrected } = useCatalogue();
  // A year the user corrected places the item; the list and the preview say so (issue 17).
  const yearCorrected = (id: string) => corrected?.get(id)?.fields.has('year') === true;
  const { items } = useFilteredItems();
  const [params, setParams] = useSearchParams();
  const listMode = params.get('vue') === 'liste';
  // A frieze wider than the page would be cut at its edge: paper gets the list.
  const printing = usePrinting();
  const showList = listMode || printing;
  const [px, setPx] = useState<number>(48);
  const [active, setActive] = useState<TimelineMark | null>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const anchor = useRef<{ year: number; offset: number } | null>(null);

  const sourceKind = useMemo(
    () => new Map<string, SourceKind>(catalogue.sources.map((s) => [s.file, s.kind])),
    [catalogue.sources],
  );
  // Every dated fiche, texts included, so the chronology counts what the catalogue counts.
  const shown = items;
  const layout = useMemo(
    () => layoutTimeline(shown, { sources: catalogue.sources, pxPerYear: px }),
    [shown, catalogue.sources, px],
  );
  const candidates = useMemo(
    () => allItems.filter((i) => i.kind === 'programme' || i.kind === 'case' || i.kind === 'experience'),
    [allItems],
  );
  const related = useMemo(() => {
    const m = new Map<string, CatalogueItem[]>();
    for (const lane of layout.lanes)
      for (const mark of lane.marks)
        if (mark.kind === 'event') m.set(mark.key, relatedItems(mark.items[0]!, byId, candidates));
    return m;
  }, [layout, byId, candidates]);

  const span = layout.maxYear - layout.minYear;
  const width = PAD_LEFT + span * px + PAD_RIGHT;
  const xOf = (year: number) => PAD_LEFT + (year - layout.minYear) * px;

  function zoom(direction: 1 | -1, focusX?: number) {
    const el = scrollRef.current;
    const next = zoomStep(px, direction);
    if (next === px) return;
    if (el) {
      const offset = focusX ?? el.clientWidth / 2;
      anchor.current = { year: layout.minYear + (el.scrollLeft + offset - PAD_LEFT) / px, offset };
    }
    setPx(next);
  }

  function fit() {
    const el = scrollRef.current;
    if (!el || span <= 0) return;
    const target = (el.clientWidth - PAD_LEFT - PAD_RIGHT) / span;
    const levels = ZOOM_LEVELS as readonly number[];
    setPx([...levels].reverse().find((l) => l <= target) ?? levels[0]!);
  }

  // Keep the year under the pointer (or the centre) in place when the zoom changes.
  useLayoutEffect(() => {
    const el = scrollRef.current;
    const a = anchor.current;
    if (!el || !a) return;
    el.scrollLeft = PAD_LEFT + (a.year - layout.minYear) * px - a.offset;
    anchor.current = null;
  }, [px, layout.minYear]);

  // Ctrl+wheel zooms; the listener must be non-passive to stop the page zoom.
  const zoomRef = useRef(zoom);
  useEffect(() => {
    zoomRef.current = zoom;
  });
  useEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    const onWheel = (e: WheelEvent) => {
      if (!e.ctrlKey && !e.metaKey) return;
      e.preventDefault();
      const r = el.getBoundingClientRect();
      zoomRef.current(e.deltaY < 0 ? 1 : -1, e.clientX - r.left);
    };
    el.addEventListener('wheel', onWheel, { passive: false });
    return () => el.removeEventListener('wheel', onWheel);
  }, [listMode]);

  function onKeyDown(e: KeyboardEvent) {
    const t = e.target as HTMLElement;
    if (t.closest('input, select, textarea')) return;
    if (e.key === '+' || e.key === '=') {
      e.preventDefault();
      zoom(1);
    } else if (e.key === '-' || e.key === '_') {
      e.preventDefault();
      zoom(-1);
    }
  }

  function setMode(list: boolean) {
    const next = new URLSearchParams(params);
    if (list) next.set('vue', 'liste');
    else next.delete('vue');
    setParams(next, { replace: true });
  }

  const ticks = yearTicks(layout.minYear, layout.maxYear, px);

  return (
    <div className="view-page tl-view" onKeyDown={onKeyDown}>
      <h1>Chronologie</h1>
      <p className="view-page__lead">
        Les événements du réseau COORACE et les étapes de Cime, avec l’année de chaque initiative et de chaque
        texte, une ligne par source. Les lignes du tableur COORACE sans date sont placées avec la ligne qui
        les précède et marquées « sans date ».
      </p>
      <FilterBar
        kinds={TIMELINE_KINDS}
        label="Filtres de la chronologie"
        summary={countsSummary(countItems(shown))}
      />

      <div className="tl-toolbar">
        <div className="tl-toolbar__group" role="group" aria-label="Affichage">
          <button type="button" aria-pressed={!listMode} onClick={() => setMode(false)}>
            Frise
          </button>
          <button type="button" aria-pressed={listMode} onClick={() => setMode(true)}>
            Liste
          </button>
        </div>
        {!listMode && (
          <div className="tl-toolbar__group" role="group" aria-label="Zoom">
            <button
              type="button"
              onClick={() => zoom(-1)}
              disabled={px === ZOOM_LEVELS[0]}
              aria-label="Dézoomer (touche −)"
            >
              −
            </button>
            <button
              type="button"
              onClick={() => zoom(1)}
              disabled={px === ZOOM_LEVELS[ZOOM_LEVELS.length - 1]}
              aria-label="Zoomer (touche +)"
            >
              +
            </button>
            <button type="button" onClick={fit}>
              Tout voir
            </button>
            <span className="tl-toolbar__hint">Touches + et −, ou Ctrl + molette</span>
          </div>
        )}
        <ul className="tl-legend" aria-label="Légende">
          <li>
            <span className="tl-swatch tl-swatch--event" aria-hidden="true" /> événement
          </li>
          <li>
            <span className="tl-swatch tl-swatch--undated" aria-hidden="true" /> sans date
          </li>
          <li>
            <span className="tl-swatch tl-swatch--entry" aria-hidden="true" /> fiche (année)
          </li>
          <li>
            <span className="tl-swatch tl-swatch--cluster" aria-hidden="true" /> groupe de fiches
          </li>
        </ul>
      </div>

      {layout.lanes.length === 0 && <p role="status">Aucune fiche datée ne correspond aux filtres.</p>}

      {!showList && layout.lanes.length > 0 && (
        <>
          <div
            className="tl-scroll"
            ref={scrollRef}
            tabIndex={0}
            role="region"
            aria-label={`Frise chronologique de ${layout.minYear} à ${layout.maxYear - 1}`}
          >
            <div className="tl-canvas" style={{ width }}>
              <div className="tl-axis" aria-hidden="true">
                {ticks.map((y) => (
                  <span key={y} className="tl-axis__tick" style={{ left: xOf(y) }}>
                    {y}
                  </span>
                ))}
              </div>
              <div className="tl-grid" aria-hidden="true">
                {ticks.map((y) => (
                  <span key={y} className="tl-grid__line" style={{ left: xOf(y) }} />
                ))}
              </div>
              {layout.lanes.map((lane) => (
                <section
                  key={lane.source}
                  className={`tl-lane tl-lane--${sourceKind.get(lane.source) ?? 'other'}`}
                  aria-label={lane.label}
                >
                  <h2 className="tl-lane__label" style={{ height: LANE_HEADER_H }}>
                    <span>{lane.label}</span>{' '}
                    <span className="tl-lane__count">
                      {countPhrase(
                        lane.marks.reduce((n, m) => n + m.items.length, 0),
                        'fiche',
                      )}
                    </span>
                  </h2>
                  <ol className="tl-lane__body" style={{ height: lane.tracks * TRACK_H + 6 }}>
                    {lane.marks.map((m) => {
                      const left = xOf(m.start);
                      const barW = Math.max(0, (m.end - m.start) * px);
                      const rel = related.get(m.key) ?? [];
                      return (
                        <li key={m.key} className="tl-mark-slot" style={{ left, top: m.track * TRACK_H }}>
                          {barW > 2 && (
                            <span className="tl-mark__range" style={{ width: barW }} aria-hidden="true" />
                          )}
                          <Link
                            to={markHref(m)}
                            className={`tl-mark tl-mark--${m.kind}${m.undated ? ' tl-mark--undated' : ''}${active?.key === m.key ? ' tl-mark--active' : ''}`}
                            style={{ maxWidth: defaultLabelWidth(m) }}
                            onMouseEnter={() => setActive(m)}
                            onFocus={() => setActive(m)}
                            data-id={m.kind === 'cluster' ? undefined : m.items[0]!.id}
                          >
                            <span className="tl-mark__date">{m.undated ? 'sans date' : m.dateLabel}</span>
                            {m.undated && <span className="visually-hidden"> (période {m.dateLabel})</span>}
                            <span className="visually-hidden"> — </span>
                            <span className="tl-mark__title">{m.title}</span>
                            {rel.length > 0 && (
                              <span className="visually-hidden">
                                {' '}
                                (liée à {rel.map((r) => r.title).join(', ')})
                              </span>
                            )}
                          </Link>
                        </li>
                      );
                    })}
                  </ol>
                </section>
              ))}
            </div>
          </div>
          <Preview
            mark={active}
            related={active ? (related.get(active.key) ?? []) : []}
            yearCorrected={active?.kind !== 'cluster' && active ? yearCorrected(active.items[0]!.id) : false}
          />
        </>
      )}

      {showList && (
        <div className="tl-list">
          {layout.lanes.map((lane) => (
            <table key={lane.source} className="data-table tl-table">
              <caption>{lane.label}</caption>
              <thead>
                <tr>
                  <th scope="col">Date</th>
                  <th scope="col">Type</th>
                  <th scope="col">Titre</th>
                  <th scope="col">Thèmes</th>
                  <th scope="col">Fiches liées</th>
                </tr>
              </thead>
              <tbody>
                {lane.marks.flatMap((m) =>
                  m.items.map((item) => {
                    const rel = related.get(item.id) ?? [];
                    return (
                      <tr key={item.id} className={m.undated ? 'tl-table__undated' : undefined}>
                        <td>
                          {m.undated ? <span className="tl-badge">sans date</span> : null}{' '}
                          {m.undated ? `période ${m.dateLabel}` : m.dateLabel}
                          {yearCorrected(item.id) && (
                            <>
                              {' '}
                              <CorrectedFlag fields={['year']} />
                            </>
                          )}
                        </td>
                        <td>{KIND_LABELS[item.kind]}</td>
                        <td>
                          <Link to={`/fiche/${item.id}`}>{item.title}</Link>
                        </td>
                        <td>{item.themes.join(', ')}</td>
                        <td>
                          {rel.map((r, i) => (
                            <span key={r.id}>
                              {i > 0 && ', '}
                              <Link to={`/fiche/${r.id}`}>{r.title}</Link>
                            </span>
                          ))}
                        </td>
                      </tr>
                    );
                  }),
                )}
              </tbody>
            </table>
          ))}
        </div>
      )}

      {layout.unpositioned.length > 0 && (
        <section className="tl-unpositioned">
          <h2>Sans date ni période ({layout.unpositioned.length})</h2>
          <ul>
            {layout.unpositioned.map((i) => (
              <li key={i.id}>
                <Link to={`/fiche/${i.id}`}>{i.title}</Link> — {i.sourceLabel}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

function Preview({
  mark,
  related,
  yearCorrected,
}: {
  mark: TimelineMark | null;
  related: CatalogueItem[];
  yearCorrected: boolean;
}) {
  if (!mark) {
    return (
      <p className="tl-preview tl-preview--empty">
        Survolez ou parcourez la frise au clavier pour voir le détail d’un événement ; cliquez ou appuyez sur
        Entrée pour l’ouvrir.
      </p>
    );
  }
  const item = mark.items[0]!;
  return (
    <div className="tl-preview">
      <p className="tl-preview__meta">
        {markYear(mark)}
        {yearCorrected && (
          <>
            {' '}
            <CorrectedFlag fields={['year']} />
          </>
        )}{' '}
        · {item.sourceLabel} · {mark.kind === 'cluster' ? 'groupe' : KIND_LABELS[item.kind]}
      </p>
      <h2 className="tl-preview__title">
        <Link to={markHref(mark)}>{mark.title}</Link>
      </h2>
      {mark.kind === 'cluster' ? (
        <ul className="tl-preview__cluster">
          {mark.items.map((i) => (
            <li key={i.id}>
              <Link to={`/fiche/${i.id}`}>{i.title}</Link>
              {i.territory ? ` — ${i.territory}` : ''}
            </li>
          ))}
        </ul>
      ) : (
        <p className="tl-preview__text">
          {item.summary.length > 360 ? `${item.summary.slice(0, 360)}…` : item.summary}
        </p>
      )}
      {related.length > 0 && (
        <p className="tl-preview__related">
          Voir aussi :{' '}
          {related.map((r, i) => (
            <span key={r.id}>
              {i > 0 && ', '}
              <Link to={`/fiche/${r.id}`}>{r.title}</Link>
            </span>
          ))}
        </p>
      )}
    </div>
  );
}
