/** File name of the search index (the data step writes it; lib/data-contract.ts names its path). */
export const SEARCH_INDEX_FILE = 'search-index.json';
/** Where the browser fetches it from. */
export const SEARCH_INDEX_URL = `/search-index/${SEARCH_INDEX_FILE}`;
/** The shareable results page. */
export const SEARCH_PAGE_PATH = '/search/';
/** The NDC table, fetched only when someone types an NDC. */
export const NDC_INDEX_URL = '/search-index/ndc.json';
