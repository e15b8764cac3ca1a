// The bundled catalogue's list, asked for once, as early as the page can: by the page's first
// module (boot.ts), before React and the app are evaluated. Reading, checking and parsing it then
// use time the main thread would spend waiting, and the app's first render can show the
// catalogue itself instead of « Chargement du catalogue… » followed by it. Its bodies come after
// (electron/shared/window-catalogue.ts).
import type { Catalogue, CatalogueBodies } from '../../../electron/shared/schema';
import { fail, type Result } from '../../../electron/shared/result';
import { getApi } from '../platform/api';

let started: Promise<Result<Catalogue>> | null = null;
let settled: Result<Catalogue> | null = null;

/** Loads the catalogue through the platform API, a failure of the call itself as a result. */
export function loadCatalogue(): Promise<Result<Catalogue>> {
  return getApi()
    .loadCatalogue()
    .catch((error: unknown): Result<Catalogue> =>
      fail('unexpected', 'Le catalogue n’a pas pu être chargé.', String(error)),
    );
}

/** Starts loading the catalogue for the page, once; later calls return the same promise. */
export function startCatalogue(): Promise<Result<Catalogue>> {
  started ??= loadCatalogue().then((result) => (settled = result));
  return started;
}

/** The page's catalogue load, if the page started one (tests render without it). */
export function startedCatalogue(): Promise<Result<Catalogue>> | null {
  return started;
}

/** The page's catalogue once loaded (or failed), null before. */
export function settledCatalogue(): Result<Catalogue> | null {
  return settled;
}

/**
 * Loads the catalogue's bodies (what its list leaves out) through the platform API, a failure
 * of the call itself as a result. The provider asks once its first screen is painted.
 */
export function loadCatalogueBodies(): Promise<Result<CatalogueBodies>> {
  return Promise.resolve()
    .then(() => getApi().loadCatalogueBodies())
    .catch((error: unknown): Result<CatalogueBodies> =>
      fail('unexpected', 'Le contenu des fiches n’a pas pu être chargé.', String(error)),
    );
}
