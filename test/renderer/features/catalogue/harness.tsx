// Renders the catalogue routes on the real catalogue (parsed from the documents) with a fake
// platform API, a memory router and a location probe to read the URL state back.
import type { ReactNode } from 'react';
import { MemoryRouter, Route, Switch, useLocation } from '../../../../renderer/src/services/router';
import type { ReperesApi } from '../../../../electron/shared/api';
import type { Catalogue } from '../../../../electron/shared/schema';
import { buildCatalogue } from '../../../../electron/pipeline/index';
import { readDocuments } from '../../../../electron/cli/documents';
import { splitForWindow } from '../../../../electron/shared/window-catalogue';
import { CatalogueProvider } from '../../../../renderer/src/catalogue/CatalogueContext';
import { CatalogueView } from '../../../../renderer/src/features/catalogue/CatalogueView';
import { SearchBox } from '../../../../renderer/src/features/catalogue/SearchBox';
import { EntryView } from '../../../../renderer/src/features/entry/EntryView';

let cached: { catalogue: Catalogue; documents: Map<string, string> } | null = null;
export function realCatalogue() {
  if (!cached) {
    const docs = readDocuments();
    cached = {
      catalogue: buildCatalogue(docs).catalogue,
      documents: new Map(docs.map((d) => [d.file, d.text])),
    };
  }
  return cached;
}

export function installApi() {
  const { catalogue, documents } = realCatalogue();
  const api: Partial<ReperesApi> = {
    platform: 'web',
    loadCatalogue: async () => ({ ok: true, value: catalogue }),
    loadCatalogueBodies: async () => ({ ok: true, value: splitForWindow(catalogue).bodies }),
    loadDocument: async (file: string) => {
      const text = documents.get(file);
      return text === undefined
        ? { ok: false, error: { code: 'missing', message: 'absent' } }
        : { ok: true, value: text };
    },
    loadSearchIndex: async () => ({
      ok: false,
      error: { code: 'missing', message: 'pas d’index dans ce test' },
    }),
    logError: () => undefined,
  };
  window.reperes = api as ReperesApi;
}

export let lastLocation = '';
function LocationProbe() {
  const location = useLocation();
  lastLocation = location.pathname + location.search;
  return null;
}

export function App({ url, children }: { url: string; children?: ReactNode }) {
  return (
    <CatalogueProvider>
      <MemoryRouter initialEntries={[url]}>
        <SearchBox />
        <LocationProbe />
        <Switch>
          <Route path="/catalogue">
            <CatalogueView />
          </Route>
          <Route path="/fiche/:id">
            <EntryView />
          </Route>
        </Switch>
        {children}
      </MemoryRouter>
    </CatalogueProvider>
  );
}
