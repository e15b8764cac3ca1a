// The catalogue's search, for every view that lists results.
export { useSearch, type SearchHit, type SearchState } from './useSearch';
