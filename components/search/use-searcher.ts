'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { SEARCH_INDEX_URL } from '@/lib/search/constants';
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
