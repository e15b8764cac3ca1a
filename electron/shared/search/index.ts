// Public surface of the search engine (pure: no React, no DOM, no Node).
export { fold, foldWithMap, tokenize, words, STOPWORDS } from './fold';
export { parseQuery, type ParsedQuery } from './query';
export { findMatches, makeSnippet, type Snippet } from './matches';
export { buildRecords, splitPassages, type SearchRecord, type Field } from './records';
export {
  SearchEngine,
  APP_LIMIT,
  SNIPPET_LIMIT,
  buildSearchIndex,
  FIELD_WEIGHTS,
  type EngineHit,
  type EngineResult,
  type SearchIndexData,
  type SearchOptions,
  type UserDocument,
} from './engine';
