// Routing only. The hash router works both from app:// in Electron and from a static server
// (services/router.tsx).
import { lazy, Suspense } from 'react';
import { HashRouter, Route, Switch } from './services/router';
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

/** Every view: the first whose path matches the location, whatever its case and a trailing slash. */
function Views() {
  return (
    <Switch>
      {/* Accueil, the desktop window's first page, counts and charts what the list holds. */}
      <Route path="/">{view('Accueil', OverviewView, { bodies: false })}</Route>
      <Route path="/catalogue">{boundary('Catalogue', <CatalogueView />)}</Route>
      <Route path="/fiche/:id">{view('Fiche', EntryView)}</Route>
      <Route path="/annotations">{view('Mes annotations', AnnotationsView)}</Route>
      <Route path="/comparaison">{view('Comparaison', CompareView)}</Route>
      <Route path="/comparaison/:savedId">{view('Comparaison', CompareView)}</Route>
      <Route path="/chronologie">{view('Chronologie', TimelineView)}</Route>
      <Route path="/carte">{view('Carte', MapView)}</Route>
      <Route path="/documents">{view('Mes documents', DocumentsView)}</Route>
      <Route path="/aide">{view('Aide', HelpView, { bodies: false })}</Route>
      <Route path="/fiches">{view('Mes fiches', FichesView)}</Route>
      <Route path="/fiches/nouvelle">{view('Nouvelle fiche', NewFicheView)}</Route>
      <Route path="/fiches/:id/modifier">{view('Modifier la fiche', FicheEditorView)}</Route>
      <Route path="/dossier/:collectionId">{view('Dossier', DossierView)}</Route>
      <Route path="/partage">{view('Partage', SharingView)}</Route>
      <Route path="*">{boundary('Page introuvable', <p>Cette page n’existe pas.</p>)}</Route>
    </Switch>
  );
}

export function App() {
  return (
    <CatalogueProvider>
      <HashRouter>
        <Layout>
          <Views />
        </Layout>
      </HashRouter>
    </CatalogueProvider>
  );
}
