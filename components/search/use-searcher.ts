'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { NDC_INDEX_URL, SEARCH_INDEX_URL } from '@/lib/search/constants';
import { ndcForms, type NdcTable } from '@/lib/search/ndc';
import { assertSearchPayload } from '@/lib/search/payload-format';
import type { Searcher } from '@/lib/search/types';

export type SearcherStatus = 'idle' | 'loading' | 'ready' | 'error';

// One download and one index per URL for the whole page; the browser's HTTP cache keeps the file.
const loads = new Map<string, Promise<Searcher>>();

export function loadSearcher(url: string): Promise<Searcher> {
  let load = loads.get(url);
  if (!load) {
    // The engine's code is loaded with the index, so a page that is only read downloads neither.
    const engine = import('@/lib/search/searcher');
    load = fetch(url, { credentials: 'same-origin' })
      .then((response) => {
        if (!response.ok) throw new Error(`search index: HTTP ${response.status}`);
        return response.json() as Promise<unknown>;
      })
      .then(async (payload) => {
        assertSearchPayload(payload);
        return (await engine).createSearcher(payload);
      });
    load.catch(() => loads.delete(url)); // let a later focus try again
    loads.set(url, load);
  }
  return load;
}

let ndcLoad: Promise<NdcTable> | undefined;

/**
 * Attaches the NDC table the first time someone types an NDC; `onReady` re-runs the search. The table is fetched
 * once per page, and never for other queries.
 */
export function useNdc(searcher: Searcher | null, query: string, onReady: () => void): void {
  const wanted = searcher !== null && ndcForms(query) !== null;
  useEffect(() => {
    if (!wanted || !searcher) return;
    ndcLoad ??= fetch(NDC_INDEX_URL).then((r) =>
      r.ok ? (r.json() as Promise<NdcTable>) : Promise.reject(new Error(`NDC table: HTTP ${r.status}`)),
    );
    let live = true;
    ndcLoad.then(
      (table) => {
        searcher.attachNdc(table);
        if (live) onReady();
      },
      () => {
        ndcLoad = undefined;
      },
    );
    return () => {
      live = false;
    };
  }, [wanted, searcher, onReady]);
}

/** The searcher, fetched only when `load()` is first called (first focus or keystroke). */
export function useSearcher(url: string = SEARCH_INDEX_URL): { searcher: Searcher | null; status: SearcherStatus; load: () => void } {
  const [searcher, setSearcher] = useState<Searcher | null>(null);
  const [status, setStatus] = useState<SearcherStatus>('idle');
  const started = useRef(false);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const load = useCallback(() => {
    if (started.current) return;
    started.current = true;
    setStatus((s) => (s === 'ready' ? s : 'loading'));
    loadSearcher(url).then(
      (s) => {
        if (!mounted.current) return;
        setSearcher(() => s);
        setStatus('ready');
      },
      () => {
        started.current = false; // let a later focus try again
        if (mounted.current) setStatus('error');
      },
    );
  }, [url]);
  return { searcher, status, load };
}
