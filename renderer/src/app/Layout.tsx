import { NavLink, Outlet } from 'react-router-dom';
import { SearchBox } from '../features/catalogue';
import { CompareTray } from '../features/compare';
import { ThemeSwitch } from './ThemeSwitch';
import { useAppShell } from './useAppShell';
import { useMainScroll } from './useMainScroll';
import { ANNOUNCER_ID } from '../services/announce';
import { StorageStatus, useAutoBackup } from '../features/annotations';
import { useDocumentDrop } from '../features/documents';

const NAV: { to: string; label: string; end?: boolean }[] = [
  { to: '/', label: 'Accueil', end: true },
  { to: '/catalogue', label: 'Catalogue' },
  { to: '/chronologie', label: 'Chronologie' },
  { to: '/carte', label: 'Carte' },
  { to: '/annotations', label: 'Mes annotations' },
  { to: '/comparaison', label: 'Comparaison' },
  { to: '/aide', label: 'Aide' },
];

export function Layout() {
  useAppShell();
  useAutoBackup();
  useMainScroll('contenu');
  useDocumentDrop();
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
            {NAV.map((n) => (
              <li key={n.to}>
                <NavLink to={n.to} end={n.end} data-label={n.label}>
                  {n.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <SearchBox />
        <ThemeSwitch />
        <StorageStatus />
      </header>
      <main id="contenu" className="layout__main" tabIndex={0} aria-label="Contenu">
        <Outlet />
      </main>
      <CompareTray />
      <div id={ANNOUNCER_ID} className="announcer" role="status" aria-live="polite" data-visible="false" />
    </div>
  );
}
