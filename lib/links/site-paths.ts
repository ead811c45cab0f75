import type { BrowseCptSection, BrowseSeries, CodeSummary, GuidePage } from '../page-schema';

/** Pages that are not made from a record. */
export const FIXED_PATHS = ['/', '/codes/', '/codes/cpt/', '/modifiers/', '/guides/', '/developers/', '/embed/', '/data/', '/editorial/'];

/** Every page worth indexing, as canonical paths: the sitemap. Search results and the 404 page are left out on purpose. */
export function sitePaths(list: CodeSummary[], guides: GuidePage[], series: BrowseSeries[], cpt: BrowseCptSection[]): string[] {
  return [
    ...FIXED_PATHS,
    ...series.flatMap((s) => [s.href, ...s.ranges.filter((r) => r.ownPage).map((r) => r.href)]),
    ...cpt.flatMap((s) => [s.href, ...s.subsections.flatMap((sub) => sub.ranges.filter((r) => r.ownPage).map((r) => r.href))]),
    ...guides.map((g) => g.href),
    ...list.map((c) => c.href),
  ];
}
