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

// The entry view pulls in highlighting, anchoring and the annotation panel: not loaded before the
// catalogue is interactive, so it becomes interactive sooner; then loaded ahead of need.
const loadEntryView = () => import('./features/entry/EntryView');
const EntryView = lazy(() => loadEntryView().then((m) => ({ default: m.EntryView })));

/**
 * The entry is the view opened most, from every other: its code is fetched and evaluated once
 * the catalogue is interactive and the window idle, so opening the first entry does not wait for
 * it (the router keeps the previous view on screen meanwhile, still reading and rendering).
 */
export function preloadViews(): void {
  afterInteractive(() => {
    loadEntryView().catch(() => undefined); // Loaded again, with its error shown, when opened.
  });
}
const OverviewView = lazy(() => import('./features/overview/OverviewView'));
const AnnotationsView = lazy(() => import('./features/annotations/AnnotationsView'));
const CompareView = lazy(() => import('./features/compare/CompareView'));
const TimelineView = lazy(() => import('./features/timeline/TimelineView'));
const MapView = lazy(() => import('./features/map/MapView'));
const DocumentsView = lazy(() => import('./features/documents/DocumentsView'));
const HelpView = lazy(() => import('./features/help/HelpView'));
const FichesView = lazy(() => import('./features/writing/FichesView'));
const FicheEditorView = lazy(() => import('./features/writing/FicheEditor'));
const NewFicheView = lazy(() =>
  import('./features/writing/FicheEditor').then((m) => ({ default: m.NewFicheView })),
);
const DossierView = lazy(() => import('./features/dossier/DossierView'));
const SharingView = lazy(() => import('./features/sharing/SharingView'));

/** A view of the catalogue; all but its list wait for the entries' text (`WithBodies`). */
function view(name: string, element: React.ReactNode, { list = false } = {}) {
  return (
    <ViewBoundary name={name}>
      <Suspense fallback={<p role="status">Chargement…</p>}>
        {list ? element : <WithBodies>{element}</WithBodies>}
      </Suspense>
    </ViewBoundary>
  );
}

const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      { index: true, element: view('Accueil', <OverviewView />) },
      { path: 'catalogue', element: view('Catalogue', <CatalogueView />, { list: true }) },
      { path: 'fiche/:id', element: view('Fiche', <EntryView />) },
      { path: 'annotations', element: view('Mes annotations', <AnnotationsView />) },
      { path: 'comparaison', element: view('Comparaison', <CompareView />) },
      { path: 'comparaison/:savedId', element: view('Comparaison', <CompareView />) },
      { path: 'chronologie', element: view('Chronologie', <TimelineView />) },
      { path: 'carte', element: view('Carte', <MapView />) },
      { path: 'documents', element: view('Mes documents', <DocumentsView />) },
      { path: 'aide', element: view('Aide', <HelpView />) },
      { path: 'fiches', element: view('Mes fiches', <FichesView />) },
      { path: 'fiches/nouvelle', element: view('Nouvelle fiche', <NewFicheView />) },
      { path: 'fiches/:id/modifier', element: view('Modifier la fiche', <FicheEditorView />) },
      { path: 'dossier/:collectionId', element: view('Dossier', <DossierView />) },
      { path: 'partage', element: view('Partage', <SharingView />) },
      { path: '*', element: view('Page introuvable', <p>Cette page n’existe pas.</p>) },
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
