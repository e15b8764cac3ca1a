// The SHA-256 of resources/catalogue.json as the build validated it (electron.vite.config.ts
// replaces the constant); undefined where no build baked one (tests, a run of the sources).
declare const __CATALOGUE_SHA256__: string | undefined;

export const BUILT_CATALOGUE_SHA256: string | undefined =
  typeof __CATALOGUE_SHA256__ === 'string' ? __CATALOGUE_SHA256__ : undefined;
