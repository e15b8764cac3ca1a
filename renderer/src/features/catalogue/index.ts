// What other features may use of the catalogue view. The views themselves are loaded by the router.
export { SearchBox } from './SearchBox';
export { returnFocusToResults } from './results-store';
export { entryHref, useCatalogueState, useOpenEntry, type NavigationState } from './useCatalogueState';
