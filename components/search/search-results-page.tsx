'use client';

import { useEffect, useState } from 'react';
import { SEARCH_INDEX_URL, SEARCH_PAGE_PATH } from '@/lib/search/constants';
import { MAX_QUERY_LENGTH } from '@/lib/search/normalize';
import { StatusBadge } from '@/components/status-badge';
import { HighlightedText } from './highlighted-text';
import { matchedElsewhere, ResultTitle } from './result-title';
import { exactCodeResult } from './exact-code';
import { useSearch } from './use-search';

const RESULT_LIMIT = 50;
const KIND_LABEL = { hcpcs: 'HCPCS code', cpt: 'CPT code', modifier: 'Modifier', guide: 'Guide' } as const;
const EXAMPLES = ['E0110', 'E26', 'portable oxygen concentrator', 'bp cuff', 'flu shot'];

/** Reads ?q= from the address bar; the page is static, so this happens in the browser. */
function useQueryParam(): string | null {
  const [q, setQ] = useState<string | null>(null);
  useEffect(() => {
    const read = () => setQ((new URLSearchParams(window.location.search).get('q') ?? '').slice(0, MAX_QUERY_LENGTH));
    read();
    window.addEventListener('popstate', read);
    return () => window.removeEventListener('popstate', read);
  }, []);
  return q;
}

function NoResults({ query }: { query: string }) {
  return (
    <div className="rounded-md border border-slate-300 p-4 dark:border-slate-600">
      <p className="font-semibold">No codes or guides match “{query}”.</p>
      <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-slate-700 dark:text-slate-300">
        <li>Check the spelling, or use fewer words.</li>
        <li>Search by code, such as E0110, or by the start of a code, such as E01.</li>
        <li>Try the everyday name (“walker”, “flu shot”) or the official wording (“folding walker”).</li>
        <li>
          Or <a href="/codes/">browse all codes</a>.
        </li>
      </ul>
    </div>
  );
}

/** The shareable results page for /search/?q=…, over the same client-side index as the header box. */
export function SearchResultsPage({ indexUrl = SEARCH_INDEX_URL }: { indexUrl?: string }) {
  const query = useQueryParam();
  const trimmed = (query ?? '').trim();
  const search = useSearch(trimmed, RESULT_LIMIT, indexUrl, trimmed !== '');
  const answered = search.status === 'ready' && search.forQuery === trimmed;
  const results = answered ? search.results : [];
  const exact = answered ? exactCodeResult(trimmed, results) : undefined;

  // A code typed exactly (from any search box, or a shared /search/?q=E0601) opens the code's page.
  useEffect(() => {
    if (exact) window.location.replace(exact.href);
  }, [exact]);

  return (
    // min-h-screen: results arrive after load; reserving the space keeps the footer from jumping (layout shift)
    <section aria-labelledby="search-heading" className="min-h-screen space-y-4">
      <h1 id="search-heading" className="text-2xl font-bold">
        {trimmed ? <>Search results for “{trimmed}”</> : 'Search'}
      </h1>
      <form action={SEARCH_PAGE_PATH} method="get" role="search" aria-label="Search the site" className="flex gap-2">
        <label htmlFor="search-page-q" className="sr-only">
          Search codes
        </label>
        <input
          id="search-page-q"
          name="q"
          type="search"
          defaultValue={trimmed}
          key={trimmed}
          maxLength={MAX_QUERY_LENGTH}
          className="w-full max-w-xl rounded-md border border-slate-500 bg-white px-3 py-2 text-slate-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-700 dark:border-slate-400 dark:bg-slate-900 dark:text-slate-100 dark:focus-visible:outline-teal-300"
        />
        <button
          type="submit"
          className="rounded-md bg-teal-800 px-4 py-2 font-semibold text-white hover:bg-teal-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-700 dark:bg-teal-300 dark:text-slate-950 dark:hover:bg-teal-200 dark:focus-visible:outline-teal-300"
        >
          Search
        </button>
      </form>

      <div role="status" aria-live="polite" className="text-sm text-slate-700 dark:text-slate-300">
        {query === null ? null : !trimmed ? (
          <p>
            Type a code, the start of a code, or words. Examples:{' '}
            {EXAMPLES.map((example, i) => (
              <span key={example}>
                {i > 0 && ', '}
                <a href={`${SEARCH_PAGE_PATH}?q=${encodeURIComponent(example)}`}>{example}</a>
              </span>
            ))}
            .
          </p>
        ) : search.status === 'offline' ? (
          <p>You are offline, and search needs its index. Reload the page when you are back online.</p>
        ) : search.status === 'error' ? (
          <p>Search could not be loaded. Check your connection and reload the page.</p>
        ) : exact ? (
          <p>{`Opening ${exact.code}…`}</p>
        ) : !answered ? (
          <p>Loading search…</p>
        ) : (
          <p>
            {results.length === RESULT_LIMIT
              ? `Showing the first ${RESULT_LIMIT} results.`
              : `${results.length} result${results.length === 1 ? '' : 's'}.`}
          </p>
        )}
      </div>

      {answered && trimmed && results.length === 0 && <NoResults query={trimmed} />}

      {results.length > 0 && (
        <ol className="divide-y divide-slate-200 dark:divide-slate-800">
          {results.map((result) => {
            const elsewhere = matchedElsewhere(result);
            return (
              <li key={`${result.kind}:${result.code}`} className="py-3">
                <a href={result.href} className="flex items-start gap-2 no-underline hover:underline">
                  <ResultTitle result={result} />
                </a>
                <div className="mt-1 flex flex-wrap items-center gap-2 text-xs text-slate-700 dark:text-slate-300">
                  <span>{KIND_LABEL[result.kind]}</span>
                  {result.kind !== 'guide' && <StatusBadge active={result.active} />}
                  {elsewhere && (
                    <span>
                      Matched: <HighlightedText value={elsewhere.value} ranges={elsewhere.indices} />
                    </span>
                  )}
                </div>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
