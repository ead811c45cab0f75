'use client';

import { useEffect, useRef, useState } from 'react';
import { SEARCH_WORKER_URL } from '@/lib/search/constants';
import type { SearchResult } from '@/lib/search/types';
import type { SearchRequest, SearchResponse } from '@/lib/search/worker-protocol';

export type SearchStatus = 'idle' | 'loading' | 'ready' | 'error' | 'offline';

let worker: Worker | null = null;
let nextId = 0;
const waiting = new Map<number, (response: SearchResponse) => void>();

/** One search worker per page, started on first use. */
function ask(request: Omit<SearchRequest, 'id'>): Promise<SearchResponse> {
  if (!worker) {
    worker = new Worker(SEARCH_WORKER_URL);
    worker.onmessage = (event: MessageEvent<SearchResponse>) => {
      waiting.get(event.data.id)?.(event.data);
      waiting.delete(event.data.id);
    };
    // The worker's own script could not load (offline before first use): answer everyone, start afresh next time.
    worker.onerror = (event: ErrorEvent) => {
      event.preventDefault();
      worker?.terminate();
      worker = null;
      for (const [id, resolve] of waiting) resolve({ id, error: event.message || 'The search worker could not start.' });
      waiting.clear();
    };
  }
  const id = ++nextId;
  const answered = new Promise<SearchResponse>((resolve) => waiting.set(id, resolve));
  worker.postMessage({ ...request, id } satisfies SearchRequest);
  return answered;
}

/**
 * Results for `query`, searched in a Web Worker once `enabled` (first focus or keystroke: a page that is only read
 * downloads nothing). `forQuery` is the query the results belong to; they lag the typing by one answer at most.
 */
export function useSearch(
  query: string,
  limit: number,
  indexUrl: string,
  enabled: boolean,
): { results: SearchResult[]; forQuery: string; status: SearchStatus } {
  const [state, setState] = useState<{ results: SearchResult[]; forQuery: string; status: SearchStatus }>({
    results: [],
    forQuery: '',
    status: 'idle',
  });
  const latest = useRef(0);
  const trimmed = query.trim();
  useEffect(() => {
    if (!enabled) return;
    const ticket = ++latest.current;
    // An empty query still loads the index, so the first word typed is answered at once.
    void ask({ indexUrl, query: trimmed, limit }).then((response) => {
      if (ticket !== latest.current) return;
      if ('error' in response) setState({ results: [], forQuery: trimmed, status: navigator.onLine === false ? 'offline' : 'error' });
      else setState({ results: response.results, forQuery: trimmed, status: 'ready' });
    });
  }, [enabled, indexUrl, trimmed, limit]);
  // Until the first answer arrives the index is still loading; after that, results lag the typing by one answer.
  return enabled && state.status === 'idle' ? { ...state, status: 'loading' } : state;
}
