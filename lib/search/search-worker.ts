/**
 * The search engine in a Web Worker: the index download, its parsing and every query run off the main thread, so
 * typing never blocks the page. Loads the index on the first request; fetches the NDC table the first time a query
 * looks like an NDC.
 */
import { NDC_INDEX_URL } from './constants';
import { ndcForms, type NdcTable } from './ndc';
import { assertSearchPayload } from './payload-format';
import { createSearcher } from './searcher';
import type { Searcher } from './types';
import type { SearchRequest, SearchResponse } from './worker-protocol';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<SearchRequest>) => void) | null;
  postMessage(message: SearchResponse): void;
};

const searchers = new Map<string, Promise<Searcher>>();
const withNdc = new WeakSet<Searcher>();
let ndcTable: Promise<NdcTable> | null = null;

async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
}

function searcherFor(indexUrl: string): Promise<Searcher> {
  let load = searchers.get(indexUrl);
  if (!load) {
    load = fetchJson(indexUrl).then((payload) => (assertSearchPayload(payload), createSearcher(payload)));
    load.catch(() => searchers.delete(indexUrl)); // the next request tries again (offline, then back online)
    searchers.set(indexUrl, load);
  }
  return load;
}

async function answer({ id, indexUrl, query, limit }: SearchRequest): Promise<SearchResponse> {
  try {
    const searcher = await searcherFor(indexUrl);
    if (ndcForms(query) !== null && !withNdc.has(searcher)) {
      ndcTable ??= fetchJson(NDC_INDEX_URL) as Promise<NdcTable>;
      try {
        searcher.attachNdc(await ndcTable);
        withNdc.add(searcher);
      } catch {
        ndcTable = null; // searched without NDCs this time; the next NDC query tries again
      }
    }
    return { id, results: searcher.search(query, limit) };
  } catch (error) {
    return { id, error: error instanceof Error ? error.message : String(error) };
  }
}

scope.onmessage = (event) => void answer(event.data).then((response) => scope.postMessage(response));
