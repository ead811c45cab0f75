import type { SearchResult } from '@/lib/search/types';
import { HighlightedText } from './highlighted-text';

/** The code and title of a result, with the matched parts marked. */
export function ResultTitle({ result }: { result: SearchResult }) {
  const code = result.matches.find((m) => m.field === 'code');
  const title = result.matches.find((m) => m.field === 'title' && m.value === result.title);
  return (
    <>
      <span className="shrink-0 font-mono text-sm font-semibold text-slate-900 dark:text-slate-100">
        {result.kind === 'guide' ? 'Guide' : <HighlightedText value={result.code} ranges={code?.indices ?? []} />}
      </span>
      <span className="min-w-0 flex-1 text-sm text-slate-800 dark:text-slate-200">
        <HighlightedText value={result.title} ranges={title?.indices ?? []} />
      </span>
    </>
  );
}

/** A short "matched: …" line when the words matched outside the title (a synonym or plain-language phrase). */
export function matchedElsewhere(result: SearchResult): { field: string; value: string; indices: [number, number][] } | null {
  if (result.matches.some((m) => m.field === 'title' || m.field === 'code')) return null;
  const match = result.matches.find((m) => m.field === 'synonyms' || m.field === 'phrases') ?? result.matches[0];
  if (!match) return null;
  const value = match.value.length > 160 ? match.value.slice(0, 160) : match.value;
  return { field: match.field, value, indices: match.indices.filter(([a]) => a < value.length) };
}
