/** File name of the search index (the data step writes it; lib/data-contract.ts names its path). */
export const SEARCH_INDEX_FILE = 'search-index.json';
/** Where the browser fetches it from. */
export const SEARCH_INDEX_URL = `/search-index/${SEARCH_INDEX_FILE}`;
/** The shareable results page. */
export const SEARCH_PAGE_PATH = '/search/';
/** The NDC table, fetched only when someone types an NDC. */
export const NDC_INDEX_URL = '/search-index/ndc.json';
/** The search worker's script, built beside the index (lib/render/bundle-scripts.ts), so both share one cache rule. */
export const SEARCH_WORKER_URL = '/search-index/search-worker.js';
