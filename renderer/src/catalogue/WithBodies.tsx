// Every view but the catalogue's list reads what the list leaves out (sections, theme evidence,
// events' text: electron/shared/window-catalogue.ts). The window reads it once its first screen
// is painted; a view opened sooner (the window starts on an entry) asks for it at once and
// waits here, a moment, instead of showing an entry without its text. `preload` starts loading
// the view's code meanwhile, so that it does not wait for the bodies first.
import { useEffect, type ReactNode } from 'react';
import { useCatalogue } from './CatalogueContext';

export function WithBodies({ children, preload }: { children: ReactNode; preload?: () => Promise<unknown> }) {
  const { complete, bodiesError, needBodies } = useCatalogue();
  useEffect(() => {
    if (complete) return;
    needBodies();
    // Loaded again, with its error shown by the view's boundary, once rendered.
    preload?.().catch(() => undefined);
  }, [complete, needBodies, preload]);
  if (bodiesError) {
    return (
      <div className="app-status app-status--error" role="alert">
        <h1>Le contenu des fiches ne peut pas s’afficher</h1>
        <p>{bodiesError.message}</p>
        {bodiesError.detail && <p className="app-status__detail">Détail technique : {bodiesError.detail}</p>}
        <p>
          La liste du catalogue reste consultable : <a href="#/catalogue">revenir au catalogue</a>.
        </p>
      </div>
    );
  }
  if (!complete) return <p role="status">Chargement…</p>;
  return children;
}
