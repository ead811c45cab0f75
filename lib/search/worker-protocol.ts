import type { SearchResult } from './types';

/** What the page asks the search worker (lib/search/search-worker.ts). */
export type SearchRequest = { id: number; indexUrl: string; query: string; limit: number };

/** What the worker answers: the results for request `id`, or why it could not search. */
export type SearchResponse = { id: number; results: SearchResult[] } | { id: number; error: string };
