// What other features may use of the map. The views themselves are loaded by the router.
export { FilterBar, useFilteredItems, type FilteredItems } from './FilterBar';
