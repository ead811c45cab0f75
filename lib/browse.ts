import type { CodeSystem } from './content-schema';
import type { CodeSummary } from './page-schema';
import { groupIntoRanges, SERIES_NAMES } from './cms/series';
import { rangeHref, seriesHref } from './urls';

export type Category = { label: string; href: string };

function seriesName(letter: string): string {
  return SERIES_NAMES[letter] ?? 'HCPCS Level II';
}

/** The browse category a code's breadcrumb points to. */
export function categoryOf(code: string, system: CodeSystem): Category {
  if (system === 'cpt') return { label: 'CPT codes', href: '/codes/cpt/' };
  if (system === 'modifier') return { label: 'Modifiers', href: '/modifiers/' };
  const letter = code[0]!;
  return { label: `${letter} codes: ${seriesName(letter)}`, href: seriesHref(letter) };
}

export type BrowseRange = { slug: string; label: string; href: string; codes: CodeSummary[]; firstTitle: string };
export type BrowseSeries = { letter: string; name: string; href: string; active: number; terminated: number; ranges: BrowseRange[] };

const seriesCache = new WeakMap<CodeSummary[], BrowseSeries[]>();

/** HCPCS series A–V present in the build, each split into ranges small enough for one page. */
export function browseSeries(list: CodeSummary[]): BrowseSeries[] {
  const cached = seriesCache.get(list);
  if (cached) return cached;
  const byLetter = new Map<string, CodeSummary[]>();
  for (const summary of list) {
    if (summary.system !== 'hcpcs') continue;
    const letter = summary.code[0]!;
    const codes = byLetter.get(letter);
    if (codes) codes.push(summary);
    else byLetter.set(letter, [summary]);
  }
  const series = [...byLetter.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([letter, codes]): BrowseSeries => {
    const byCode = new Map(codes.map((c) => [c.code, c]));
    const ranges = groupIntoRanges(codes.map((c) => c.code)).map((group): BrowseRange => {
      const inRange = group.codes.map((code) => byCode.get(code)!);
      return { slug: group.slug, label: group.label, href: rangeHref(letter, group.slug), codes: inRange, firstTitle: inRange[0]?.title ?? '' };
    });
    const active = codes.filter((c) => c.active).length;
    return { letter, name: seriesName(letter), href: seriesHref(letter), active, terminated: codes.length - active, ranges };
  });
  seriesCache.set(list, series);
  return series;
}

export function findSeries(list: CodeSummary[], letter: string): BrowseSeries | undefined {
  return browseSeries(list).find((s) => s.letter === letter.toUpperCase());
}

export function findRange(list: CodeSummary[], letter: string, slug: string): { series: BrowseSeries; range: BrowseRange } | undefined {
  const series = findSeries(list, letter);
  const range = series?.ranges.find((r) => r.slug === slug);
  return series && range ? { series, range } : undefined;
}

export function cptCodes(list: CodeSummary[]): CodeSummary[] {
  return list.filter((c) => c.system === 'cpt');
}
