/** Node-only helpers for the search index files (fs). The browser fetches the same file over HTTP. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assertSearchPayload, type SearchPayload } from './payload-format';
import { SEARCH_INDEX_FILE } from './constants';

export { loadThesaurus, ThesaurusError } from './thesaurus-node';

/** Where the data step writes the index (served as /search-index/search-index.json). */
export const GENERATED_SEARCH_DIR = join('.generated', 'public', 'search-index');

export class SearchIndexMissingError extends Error {
  constructor(file: string) {
    super(`No search index at ${file}. Run "npm run build" (or "npm run data") first to build it.`);
    this.name = 'SearchIndexMissingError';
  }
}

/** Reads `<dir>/search-index.json` from the last build; throws SearchIndexMissingError if it was never built. */
export function readSearchIndex(dir: string = GENERATED_SEARCH_DIR): SearchPayload {
  const file = join(dir, SEARCH_INDEX_FILE);
  if (!existsSync(file)) throw new SearchIndexMissingError(file);
  const value: unknown = JSON.parse(readFileSync(file, 'utf8'));
  assertSearchPayload(value);
  return value;
}
