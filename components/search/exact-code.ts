import type { SearchResult } from '@/lib/search/types';

/** The result for a query that is exactly a code ("e0601", " GA "): the code's page, so Enter opens it directly. */
export function exactCodeResult(query: string, results: readonly SearchResult[]): SearchResult | undefined {
  const code = query.trim().toUpperCase();
  return results.find((r) => r.kind !== 'guide' && r.code === code);
}
