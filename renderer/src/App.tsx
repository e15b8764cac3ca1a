// Routing only. The hash router works both from app:// in Electron and from a static server.
// The declarative router, not the data router (createHashRouter): no view uses loaders, actions
// or blockers, and the data router's machinery was 56 kB of the first chunk, evaluated before
// the first paint (about an eighth of the time to the catalogue, measured in turn with the floor).
import { lazy, Suspense } from 'react';
import { HashRouter, useRoutes, type RouteObject } from 'react-router-dom';
import { CatalogueProvider } from './catalogue/CatalogueContext';
import { WithBodies } from './catalogue/WithBodies';
import { Layout } from './app/Layout';
import { ViewBoundary } from './app/ViewBoundary';
import { CatalogueView } from './features/catalogue/CatalogueView';
import { afterInteractive } from './services/after-paint';

/** A view loaded on demand, and its loader: started at once when the view must wait for data. */
interface LazyView {
  Component: React.LazyExoticComponent<React.ComponentType>;
  load: () => Promise<unknown>;
}

function lazyView(load: () => Promise<{ default: React.ComponentType }>): LazyView {
  return { Component: lazy(load), load };
}

// The entry view pulls in highlighting, anchoring and the annotation panel: not loaded before the
// catalogue is interactive, so it becomes interactive sooner; then loaded ahead of need.
const EntryView = lazyView(() =>
  import('./features/entry/EntryView').then((m) => ({ default: m.EntryView })),
);

/**
 * The entry is the view opened most, from every other: its code is fetched and evaluated once
 * the catalogue is interactive and the window idle, so opening the first entry does not wait for
 * it (the router keeps the previous view on screen meanwhile, still reading and rendering).
 */
export function preloadViews(): void {
  afterInteractive(() => {
    EntryView.load().catch(() => undefined); // Loaded again, with its error shown, when opened.
  });
}

const OverviewView = lazyView(() => import('./features/overview/OverviewView'));
const AnnotationsView = lazyView(() => import('./features/annotations/AnnotationsView'));
const CompareView = lazyView(() => import('./features/compare/CompareView'));
const TimelineView = lazyView(() => import('./features/timeline/TimelineView'));
const MapView = lazyView(() => import('./features/map/MapView'));
const DocumentsView = lazyView(() => import('./features/documents/DocumentsView'));
const HelpView = lazyView(() => import('./features/help/HelpView'));
const FichesView = lazyView(() => import('./features/writing/FichesView'));
const FicheEditorView = lazyView(() => import('./features/writing/FicheEditor'));
const NewFicheView = lazyView(() =>
  import('./features/writing/FicheEditor').then((m) => ({ default: m.NewFicheView })),
);
const DossierView = lazyView(() => import('./features/dossier/DossierView'));
const SharingView = lazyView(() => import('./features/sharing/SharingView'));

function boundary(name: string, element: React.ReactNode) {
  return (
    <ViewBoundary name={name}>
      <Suspense fallback={<p role="status">Chargement…</p>}>{element}</Suspense>
    </ViewBoundary>
  );
}

/**
 * A view loaded on demand. Most read the entries' text, which comes after the catalogue's list:
 * they wait for it (`WithBodies`), their code loading meanwhile rather than after. Those that
 * show only what the list holds (`bodies: false`) do not wait.
 */
function view(name: string, { Component, load }: LazyView, { bodies = true } = {}) {
  return boundary(
    name,
    bodies ? (
      <WithBodies preload={load}>
        <Component />
      </WithBodies>
    ) : (
      <Component />
    ),
  );
}

const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      // Accueil, the desktop window's first page, counts and charts what the list holds.
      { index: true, element: view('Accueil', OverviewView, { bodies: false }) },
      { path: 'catalogue', element: boundary('Catalogue', <CatalogueView />) },
      { path: 'fiche/:id', element: view('Fiche', EntryView) },
      { path: 'annotations', element: view('Mes annotations', AnnotationsView) },
      { path: 'comparaison', element: view('Comparaison', CompareView) },
      { path: 'comparaison/:savedId', element: view('Comparaison', CompareView) },
      { path: 'chronologie', element: view('Chronologie', TimelineView) },
      { path: 'carte', element: view('Carte', MapView) },
      { path: 'documents', element: view('Mes documents', DocumentsView) },
      { path: 'aide', element: view('Aide', HelpView, { bodies: false }) },
      { path: 'fiches', element: view('Mes fiches', FichesView) },
      { path: 'fiches/nouvelle', element: view('Nouvelle fiche', NewFicheView) },
      { path: 'fiches/:id/modifier', element: view('Modifier la fiche', FicheEditorView) },
      { path: 'dossier/:collectionId', element: view('Dossier', DossierView) },
      { path: 'partage', element: view('Partage', SharingView) },
      { path: '*', element: boundary('Page introuvable', <p>Cette page n’existe pas.</p>) },
    ],
  },
];

function Routes() {
  return useRoutes(routes);
}

export function App() {
  return (
    <CatalogueProvider>
      <HashRouter>
        <Routes />
      </HashRouter>
    </CatalogueProvider>
  );
}
