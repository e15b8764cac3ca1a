import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import { Link, useLocation } from '../services/router';
import { SearchBox } from '../features/catalogue';
import { CompareTray } from '../features/compare';
import { ThemeSwitch } from './ThemeSwitch';
import { useAppShell } from './useAppShell';
import { useMainScroll } from './useMainScroll';
import { ANNOUNCER_ID } from '../services/announce';
import { useDocumentDrop } from '../features/documents';
import { useNewFicheCommand } from '../features/writing';
import { afterFirstPaint } from '../services/after-paint';

// Backups and recovered drafts need storage, which can come after the first screen.
const StorageWatch = lazy(() => import('../features/annotations/StorageWatch'));

const NAV: { to: string; label: string; end?: boolean }[] = [
  { to: '/', label: 'Accueil', end: true },
  { to: '/catalogue', label: 'Catalogue' },
  { to: '/chronologie', label: 'Chronologie' },
  { to: '/carte', label: 'Carte' },
  { to: '/annotations', label: 'Mes annotations' },
  { to: '/comparaison', label: 'Comparaison' },
  { to: '/aide', label: 'Aide' },
];

/**
 * Whether the header's link to `to` is the current page: a path and what lies below it (`end`:
 * that path alone), whatever the case. One location for the seven links: react-router's NavLink
 * resolved and matched each link's path on its own, in the first render (issue 16).
 */
export function isCurrent(pathname: string, to: string, end = false): boolean {
  const path = pathname.toLowerCase();
  return path === to || (!end && path.startsWith(to.endsWith('/') ? to : `${to}/`));
}

/** True once the first frame is painted: what can wait is rendered from then on. */
function usePainted(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => afterFirstPaint(() => setPainted(true)), []);
  return painted;
}

/** The window around the current view (`children`). */
export function Layout({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  const painted = usePainted();
  useAppShell();
  useMainScroll('contenu');
  useDocumentDrop();
  useNewFicheCommand();
  return (
    <div className="layout">
      {/* The hash router owns location.hash, so the skip link moves focus itself. */}
      <a
        className="skip-link"
        href="#contenu"
        onClick={(event) => {
          event.preventDefault();
          document.getElementById('contenu')?.focus();
        }}
      >
        Aller au contenu
      </a>
      <header className="layout__header">
        <span className="layout__brand" aria-hidden="true">
          Repères
        </span>
        <nav aria-label="Navigation principale">
          <ul className="layout__nav">
            {NAV.map((n) => {
              const current = isCurrent(pathname, n.to, n.end);
              return (
                <li key={n.to}>
                  <Link
                    to={n.to}
                    className={current ? 'active' : undefined}
                    aria-current={current ? 'page' : undefined}
                    data-label={n.label}
                  >
                    {n.label}
                  </Link>
                </li>
              );
            })}
          </ul>
        </nav>
        <SearchBox />
        <ThemeSwitch />
        {painted && (
          <Suspense fallback={null}>
            <StorageWatch />
          </Suspense>
        )}
      </header>
      <main id="contenu" className="layout__main" tabIndex={0} aria-label="Contenu">
        {children}
      </main>
      <CompareTray />
      <div id={ANNOUNCER_ID} className="announcer" role="status" aria-live="polite" data-visible="false" />
    </div>
  );
}
