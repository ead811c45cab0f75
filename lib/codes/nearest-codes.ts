import { boundedEditDistance } from '../text/edit-distance';

/**
 * The codes nearest to one that is not in the build, for the 404 page, all of its series (same first character and
 * length): first those one keystroke away (a wrong or swapped character: E0610 for E0601), then its neighbours in code
 * order (E9999 → the last E codes). `codes` need not be sorted.
 */
export function nearestCodes(code: string, codes: readonly string[], limit = 8): string[] {
  const wanted = code.toUpperCase();
  // the same series: a slip in the digits is likelier than in the letter, and another letter is another kind of code
  const family = codes.filter((c) => c.length === wanted.length && c !== wanted && c[0] === wanted[0]).sort();
  const typos = family.filter((c) => boundedEditDistance(c, wanted, 1) <= 1);
  const after = family.findIndex((c) => c > wanted);
  const at = after === -1 ? family.length : after;
  const half = Math.ceil(limit / 2);
  // a window of `limit` codes around where the code would sit, moved inward at either end of the series
  const start = Math.max(0, Math.min(at - half, family.length - limit));
  const neighbours = family.slice(start, start + limit);
  return [...new Set([...typos.slice(0, half), ...neighbours])].slice(0, limit);
}
