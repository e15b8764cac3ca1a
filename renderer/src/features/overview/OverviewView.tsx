// Home: what the catalogue holds, as small bar charts whose bars open the filtered catalogue,
// and the user's latest notes, highlights and saved comparisons.
import { useMemo } from 'react';
import { Link, useHref, useNavigate } from '../../services/router';
import { useCatalogue } from '../../catalogue/CatalogueContext';
import { countByDepartment } from '../../core/geo';
import { overviewStats, type Bar } from '../../core/overview-stats';
import { plural } from '../../core/plural';
import { catalogueHref } from '../../core/url-state';
import { useFavourites, useRecentHighlights, useRecentNotes } from '../../db/annotations';
import { useRecentComparisons } from '../../db/comparisons';
import '../../styles/filters.css';
import { COUNT_NOUNS, COUNT_TITLES } from '../../core/counts';
import './overview.css';

const ROW_H = 26;

function shorten(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

function BarChart({
  id,
  title,
  bars,
  unit,
  note,
  wide = false,
}: {
  id: string;
  title: string;
  bars: Bar[];
  unit: [string, string];
  note?: string;
  wide?: boolean;
}) {
  const navigate = useNavigate();
  const base = useHref('/');
  const max = Math.max(1, ...bars.map((b) => b.count));
  const height = bars.length * ROW_H + 4;
  // Wide charts have room for long theme and group names.
  const labelPct = wide ? 36 : 48;
  const barPct = wide ? 56 : 46;
  const maxChars = wide ? 80 : 38;
  return (
    <section className={`ov-card ov-card--${id}`} aria-labelledby={`ov-${id}`}>
      <h2 id={`ov-${id}`}>{title}</h2>
      {note && <p className="ov-card__note">{note}</p>}
      {bars.length === 0 ? (
        <p className="ov-card__note">Rien à compter pour l’instant.</p>
      ) : (
        <svg className="ov-chart" width="100%" height={height} role="group" aria-label={title}>
          {bars.map((b, i) => {
            const y = i * ROW_H;
            const pct = (b.count / max) * barPct;
            const href = `${base}${b.href.slice(1)}`;
            return (
              <a
                key={b.key}
                href={href}
                className="ov-bar"
                onClick={(e) => {
                  e.preventDefault();
                  navigate(b.href);
                }}
              >
                {/* The name comes from the visible text (label, count, unit), as axe wants; the title gives the full label on hover. */}
                <title>{`${b.label} : ${plural(b.count, unit[0], unit[1])}`}</title>
                <rect className="ov-bar__hit" x="0" y={y} width="100%" height={ROW_H - 2} rx="3" />
                <text className="ov-bar__label" x="6" y={y + 17}>
                  {shorten(b.label, maxChars)}
                </text>
                <rect
                  className="ov-bar__bar"
                  x={`${labelPct}%`}
                  y={y + 5}
                  width={`${Math.max(pct, 0.6)}%`}
                  height={ROW_H - 12}
                  rx="2"
                />
                <text className="ov-bar__count" x={`${labelPct + pct + 1.2}%`} y={y + 17}>
                  {b.count}
                  <tspan className="ov-bar__unit"> {b.count > 1 ? unit[1] : unit[0]}</tspan>
                </text>
              </a>
            );
          })}
        </svg>
      )}
      {bars.length > 0 && (
        <details className="alt-table">
          <summary>Tableau « {title} »</summary>
          <table className="data-table">
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">Valeur</th>
                <th scope="col" className="num">
                  Nombre
                </th>
              </tr>
            </thead>
            <tbody>
              {bars.map((b) => (
                <tr key={b.key}>
                  <th scope="row">
                    <Link to={b.href}>{b.label}</Link>
                  </th>
                  <td className="num">{b.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
    </section>
  );
}

function formatDate(ms: number): string {
  return new Date(ms).toLocaleDateString('fr-FR', { day: 'numeric', month: 'short', year: 'numeric' });
}

function UserActivity() {
  const { byId } = useCatalogue();
  // Each is empty where storage is unavailable: the overview still shows the catalogue.
  const notes = useRecentNotes(6);
  const highlights = useRecentHighlights(6);
  const comparisons = useRecentComparisons(6);

  const targetLink = (targetId: string) => {
    if (targetId.startsWith('comparison:'))
      return { to: `/comparaison/${targetId.slice('comparison:'.length)}`, title: 'Comparaison enregistrée' };
    return { to: `/fiche/${targetId}`, title: byId.get(targetId)?.title ?? 'Fiche disparue du catalogue' };
  };

  return (
    <section className="ov-activity" aria-labelledby="ov-activity-title">
      <h2 id="ov-activity-title">Mon travail récent</h2>
      <div className="ov-activity__cols">
        <Favourites />
        <div>
          <h3>Notes</h3>
          {notes.length === 0 ? (
            <p className="ov-card__note">Aucune note. Ouvrez une fiche pour en écrire une.</p>
          ) : (
            <ul>
              {notes.map((n) => {
                const t = targetLink(n.targetId);
                return (
                  <li key={n.id}>
                    <Link to={t.to}>{t.title}</Link>
                    <span className="ov-activity__excerpt">{shorten(n.body.replace(/\s+/g, ' '), 110)}</span>
                    <span className="ov-activity__when">{formatDate(n.updatedAt)}</span>
                  </li>
                );
              })}
            </ul>
          )}
        </div>
        <div>
          <h3>Surlignages</h3>
          {highlights.length === 0 ? (
            <p className="ov-card__note">Aucun passage surligné.</p>
          ) : (
            <ul>
              {highlights.map((h) => {
                const t = targetLink(h.targetId);
                return (
                  <li key={h.id}>
                    <Link to={t.to}>{t.title}</Link>
                    <span className="ov-activity__excerpt">
                      « {shorten(h.quote.exact.replace(/\s+/g, ' '), 110)} »
                    </span>
                    <span className="ov-activity__when">{formatDate(h.updatedAt)}</span>
                  </li>
                );
              })}
            </ul>
          )}
        </div>
        <div>
          <h3>Comparaisons enregistrées</h3>
          {comparisons.length === 0 ? (
            <p className="ov-card__note">Aucune comparaison enregistrée.</p>
          ) : (
            <ul>
              {comparisons.map((c) => (
                <li key={c.id}>
                  <Link to={`/comparaison/${c.id}`}>{c.name}</Link>
                  <span className="ov-activity__excerpt">
                    {c.targetIds.map((id) => byId.get(id)?.title ?? id).join(' · ')}
                  </span>
                  <span className="ov-activity__when">{formatDate(c.updatedAt)}</span>
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </section>
  );
}

const FAVOURITES_SHOWN = 8;

/** The entries marked « Favori », most recently marked first, with a link to all of them. */
function Favourites() {
  const { byId } = useCatalogue();
  const favourites = useFavourites() ?? [];
  const known = favourites.filter((f) => byId.has(f.targetId));
  return (
    <div>
      <h3>Favoris</h3>
      {known.length === 0 ? (
        <p className="ov-card__note">
          Aucun favori. Sur la page d’une fiche, « Ajouter aux favoris » la garde ici.
        </p>
      ) : (
        <>
          <ul aria-label="Fiches favorites">
            {known.slice(0, FAVOURITES_SHOWN).map((f) => {
              const item = byId.get(f.targetId)!;
              return (
                <li key={f.targetId}>
                  <Link to={`/fiche/${encodeURIComponent(f.targetId)}`}>{item.title}</Link>
                  <span className="ov-activity__excerpt">
                    {[item.territory, item.sourceLabel].filter(Boolean).join(' · ')}
                  </span>
                </li>
              );
            })}
          </ul>
          <p className="ov-activity__more">
            <Link to={catalogueHref({ favourites: true })}>
              {known.length > FAVOURITES_SHOWN
                ? `Voir les ${known.length} favoris dans le catalogue`
                : 'Voir les favoris dans le catalogue'}
            </Link>
          </p>
        </>
      )}
    </div>
  );
}

export default function OverviewView() {
  const { catalogue, items, corrected } = useCatalogue();
  const correctedCount = corrected?.size ?? 0;
  const stats = useMemo(() => overviewStats(items, catalogue.sources), [items, catalogue.sources]);
  const departments = useMemo(() => countByDepartment(items).byCode.size, [items]);
  const range = stats.yearRange ? `${stats.yearRange[0]} – ${stats.yearRange[1]}` : '—';

  return (
    <div className="view-page ov-view">
      <header className="ov-hero">
        <h1>Repères</h1>
        <p className="view-page__lead">
          Catalogue hors ligne des initiatives locales pour l’emploi, tiré de{' '}
          {plural(catalogue.sources.length, 'document source', 'documents sources')}. Chaque barre ouvre le
          catalogue filtré.
        </p>
        <dl className="ov-figures">
          <div>
            <dt>{COUNT_TITLES.fiche}</dt>
            <dd data-testid="compte-fiches">{stats.counts.fiches}</dd>
          </div>
          <div>
            <dt>{COUNT_TITLES.initiative}</dt>
            <dd data-testid="compte-initiatives">{stats.counts.initiatives}</dd>
          </div>
          <div>
            <dt>{COUNT_TITLES.text}</dt>
            <dd data-testid="compte-textes">{stats.counts.texts}</dd>
          </div>
          <div>
            <dt>{COUNT_TITLES.event}</dt>
            <dd data-testid="compte-evenements">{stats.counts.events}</dd>
          </div>
          <div>
            <dt>Départements</dt>
            <dd>{departments}</dd>
          </div>
          <div>
            <dt>Période</dt>
            <dd>{range}</dd>
          </div>
        </dl>
        {correctedCount > 0 && (
          <p className="ov-corrected" data-testid="compte-corrigees">
            Ces chiffres tiennent compte de vos corrections sur {plural(correctedCount, 'fiche', 'fiches')}{' '}
            (territoire, département, année…) :{' '}
            <Link to="/annotations">les voir dans « Mes annotations »</Link>.
          </p>
        )}
        <nav className="ov-links" aria-label="Explorer">
          <Link to="/catalogue">Parcourir le catalogue</Link>
          <Link to="/chronologie">Voir la chronologie</Link>
          <Link to="/carte">Voir la carte</Link>
        </nav>
      </header>

      <div className="ov-grid">
        <BarChart id="source" title="Par source" bars={stats.bySource} unit={COUNT_NOUNS.fiche} />
        <BarChart id="kind" title="Par type" bars={stats.byKind} unit={COUNT_NOUNS.fiche} />
        <BarChart id="decade" title="Par décennie" bars={stats.byDecade} unit={COUNT_NOUNS.fiche} />
        <BarChart
          id="group"
          title="Par groupe de travail VITA"
          bars={stats.byGroup}
          unit={['expérience', 'expériences']}
          wide
        />
        <BarChart
          id="theme"
          title="Par thème"
          bars={stats.byTheme}
          unit={COUNT_NOUNS.fiche}
          note="Une fiche peut relever de plusieurs thèmes."
          wide
        />
      </div>

      <UserActivity />
    </div>
  );
}
