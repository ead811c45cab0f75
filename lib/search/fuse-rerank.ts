/** fuse.js over the few candidates the index found: fuzzy relevance per field, and highlight ranges. */
import Fuse, { type FuseResultMatch, type IFuseOptions } from 'fuse.js';
import type { SearchEntry, SearchField, SearchMatch } from './types';
import { foldText, stem } from './normalize';
import { allowedEdits, boundedEditDistance } from '../text/edit-distance';

export const FUSE_OPTIONS: IFuseOptions<SearchEntry> = {
  keys: [
    { name: 'title', weight: 1 },
    { name: 'descriptors', weight: 0.7 },
    { name: 'synonyms', weight: 0.8 },
    { name: 'phrases', weight: 0.6 },
  ],
  useTokenSearch: true,
  includeMatches: true,
  includeScore: true,
  ignoreLocation: true,
  ignoreDiacritics: true,
  // field length must not decide: equally good matches stay tied and fall back to catalogue order
  ignoreFieldNorm: true,
  threshold: 0.3,
  minMatchCharLength: 2,
  shouldSort: false,
};

export interface FuseScore {
  /** 0 (no match) to 1 (perfect), higher is better. */
  relevance: number;
  matches: SearchMatch[];
}

const isWordChar = (code: number): boolean =>
  (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code > 127;

/** Widens fuse ranges to whole words and merges overlaps, so "crutch" marks all of "crutches". */
export function wholeWordRanges(
  value: string,
  ranges: readonly (readonly [number, number])[] | readonly (readonly number[])[],
): [number, number][] {
  const widened: [number, number][] = [];
  for (const range of ranges) {
    let start = Math.max(0, range[0] ?? 0);
    let end = Math.min(value.length - 1, range[1] ?? start);
    if (end < start) continue;
    while (start > 0 && isWordChar(value.charCodeAt(start - 1)) && isWordChar(value.charCodeAt(start))) start--;
    while (end < value.length - 1 && isWordChar(value.charCodeAt(end + 1)) && isWordChar(value.charCodeAt(end))) end++;
    widened.push([start, end]);
  }
  widened.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const range of widened) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1] + 1) last[1] = Math.max(last[1], range[1]);
    else merged.push(range);
  }
  return merged;
}

/** Is this marked word one of the searched terms (or its start, or a near spelling)? Drops fuzzy noise such as "inside" for "injection". */
function isSearchedWord(word: string, terms: readonly string[]): boolean {
  const folded = stem(foldText(word).replace(/[^a-z0-9]/g, ''));
  if (folded.length < 2) return false;
  return terms.some((term) => {
    if (folded.startsWith(term) || (term.startsWith(folded) && folded.length >= 3)) return true;
    const max = allowedEdits(Math.max(term.length, folded.length));
    return max > 0 && boundedEditDistance(folded, term, max) <= max;
  });
}

function toMatches(matches: readonly FuseResultMatch[] | undefined, terms: readonly string[]): SearchMatch[] {
  const out: SearchMatch[] = [];
  for (const match of matches ?? []) {
    if (!match.value || !match.key) continue;
    const value = match.value;
    const indices = wholeWordRanges(value, match.indices).filter(([a, b]) => isSearchedWord(value.slice(a, b + 1), terms));
    if (indices.length) out.push({ field: match.key as SearchField, value, indices });
  }
  return out;
}

/** Scores `candidates` against `terms` (space-separated words) with fuse.js token search. */
export function fuseRerank(candidates: readonly SearchEntry[], terms: string): FuseScore[] {
  const scores: FuseScore[] = candidates.map(() => ({ relevance: 0, matches: [] }));
  if (!terms.trim() || candidates.length === 0) return scores;
  const fuse = new Fuse(candidates, FUSE_OPTIONS);
  const words = terms.split(' ').filter(Boolean);
  for (const result of fuse.search(terms)) {
    scores[result.refIndex] = { relevance: 1 - (result.score ?? 1), matches: toMatches(result.matches, words) };
  }
  return scores;
}
