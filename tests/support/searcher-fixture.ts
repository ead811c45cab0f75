/** One searcher over the full CSV catalogue + real thesaurus per test file, built through the payload as in production. */
import { buildSearchPayload, type SearchPayload } from '@/lib/search/payload';
import { createSearcher } from '@/lib/search/searcher';
import { loadThesaurus } from '@/lib/content/load-thesaurus';
import type { Searcher, SearchEntry } from '@/lib/search/types';
import type { Thesaurus } from '@/lib/search/thesaurus';
import { catalogueEntries } from './catalogue';

let cached: Promise<{ searcher: Searcher; payload: SearchPayload }> | undefined;

export function fullCatalogueSearcher(): Promise<{ searcher: Searcher; payload: SearchPayload }> {
  cached ??= catalogueEntries().then((entries) => {
    // through JSON, as the browser receives it
    const payload = JSON.parse(JSON.stringify(buildSearchPayload(entries, loadThesaurus()))) as SearchPayload;
    return { searcher: createSearcher(payload), payload };
  });
  return cached;
}

const EMPTY: Thesaurus = { entries: [] };

/** A searcher over a few hand-made records. */
export function smallSearcher(entries: Partial<SearchEntry>[], thesaurus: Thesaurus = EMPTY): Searcher {
  const full = entries.map((e, i) => ({
    code: `A${String(1000 + i)}`,
    kind: 'hcpcs' as const,
    title: 'Untitled',
    descriptors: [],
    synonyms: [],
    phrases: [],
    active: true,
    href: `/codes/${e.code ?? `A${1000 + i}`}/`,
    ...e,
  }));
  return createSearcher(JSON.parse(JSON.stringify(buildSearchPayload(full, thesaurus))) as SearchPayload);
}
