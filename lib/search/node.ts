/** Node-only helpers for the search index files (fs). The browser fetches the same file over HTTP. */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { assertSearchPayload, type SearchPayload } from './payload-format';
import { SEARCH_INDEX_FILE } from './constants';

export { loadThesaurus, ThesaurusError } from './thesaurus-node';

/** Where the data step writes the index (served as /search-index/search-index.json). */
export const GENERATED_SEARCH_DIR = join('.generated', 'public', 'search-index');
/** Where readSearchIndex looks when no folder is given, in order. */
export const SEARCH_INDEX_DIRS = [GENERATED_SEARCH_DIR, join('.generated', 'search')];

export class SearchIndexMissingError extends Error {
  constructor(files: string[]) {
    super(`No search index at ${files.join(' or ')}. Run "npm run build" (or "npm run data") first to build it.`);
    this.name = 'SearchIndexMissingError';
  }
}

/** Writes the payload as `<dir>/search-index.json`, atomically (temp file, then rename). Returns the path and size. */
export function writeSearchIndex(payload: SearchPayload, dir: string = GENERATED_SEARCH_DIR): { file: string; bytes: number } {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, SEARCH_INDEX_FILE);
  const text = JSON.stringify(payload);
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, text);
  renameSync(temp, file);
  return { file, bytes: Buffer.byteLength(text) };
}

/** Reads `<dir>/search-index.json` (by default the first of SEARCH_INDEX_DIRS that has one); throws SearchIndexMissingError if it was never built. */
export function readSearchIndex(dir?: string): SearchPayload {
  const candidates = (dir ? [dir] : SEARCH_INDEX_DIRS).map((d) => join(d, SEARCH_INDEX_FILE));
  const file = candidates.find((f) => existsSync(f));
  if (!file) throw new SearchIndexMissingError(candidates);
  const value: unknown = JSON.parse(readFileSync(file, 'utf8'));
  assertSearchPayload(value);
  return value;
}
