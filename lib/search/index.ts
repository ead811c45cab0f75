/**
 * Browser-safe search API (no fs, no zod). The data step builds the payload with buildSearchPayload ('./payload');
 * lib/data-contract.ts reads the built index in Node.
 */
export type { SearchEntry, SearchEntryKind, SearchField, SearchMatch, SearchResult, Searcher } from './types';
export { normalizeQuery, foldText, tokenize, stem, analyze, MAX_QUERY_LENGTH, type NormalizedQuery } from './normalize';
export { decodeSearchPayload, assertSearchPayload, type SearchPayload } from './payload-format';
export { createSearcher, DEFAULT_LIMIT, MAX_LIMIT, DEFAULT_SEARCH_OPTIONS, type SearchOptions } from './searcher';
export { highlightSegments, type HighlightSegment } from './highlight';
export { SEARCH_INDEX_FILE, SEARCH_INDEX_URL, SEARCH_PAGE_PATH } from './constants';
