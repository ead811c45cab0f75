import { seriesName } from '../codes/category';
import { groupIntoRanges } from '../codes/series';
import type { Browse, BrowseSeries, CodeSummary } from '../page-schema';
import { rangeHref, seriesHref } from '../urls';

/** The browse tree: HCPCS series A–V present in the build, each split into ranges small enough for one page. */
export function browseTree(list: CodeSummary[]): Browse {
  const byLetter = new Map<string, CodeSummary[]>();
  for (const summary of list) {
    if (summary.system !== 'hcpcs') continue;
    const letter = summary.code.charAt(0);
    const codes = byLetter.get(letter);
    if (codes) codes.push(summary);
    else byLetter.set(letter, [summary]);
  }
  const series = [...byLetter.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([letter, codes]): BrowseSeries => {
      const titles = new Map(codes.map((c) => [c.code, c.title]));
      const ranges = groupIntoRanges(codes.map((c) => c.code)).map((group) => ({
        slug: group.slug,
        label: group.label,
        href: rangeHref(letter, group.slug),
        codes: group.codes,
        firstTitle: titles.get(group.codes[0] ?? '') ?? '',
      }));
      const active = codes.filter((c) => c.active).length;
      return { letter, name: seriesName(letter), href: seriesHref(letter), active, terminated: codes.length - active, ranges };
    });
  return { series };
}
