import { seriesName } from '../codes/category';
import { groupIntoRanges } from '../codes/series';
import { compareCpt } from '../codes/cpt-order';
import type { CptRangesFile } from '../content-schema';
import type { Browse, BrowseCptSection, BrowseSeries, CodePage, CodeSummary } from '../page-schema';
import { cptRangeSlug, cptSectionHref } from './cpt-placement';
import { codeHref, rangeHref, seriesHref } from '../urls';

/**
 * A browse page that would list a single thing is folded into the page above it: a series' only range into the series
 * page, a section's only range into the section page, a range of one code into that code's page. Its address is kept
 * in `folded` (a redirect), and its `href` names the page that shows it.
 */
function fold(range: { href: string; ownPage: boolean }, into: string, folded: Record<string, string>): void {
  folded[range.href] = into;
  range.href = into;
  range.ownPage = false;
}

/** CPT sections, subsections and ranges from our range table, each range with the codes the build has in it. */
function cptTree(table: CptRangesFile | null, pages: CodePage[], folded: Record<string, string>): BrowseCptSection[] {
  const inRange = new Map<string, string[]>();
  for (const page of pages) {
    const href = page.cpt?.place?.range.href;
    if (!href) continue;
    const codes = inRange.get(href);
    if (codes) codes.push(page.code);
    else inRange.set(href, [page.code]);
  }
  return (table?.sections ?? []).map((section) => {
    const subsections = section.subsections.map((subsection) => ({
      name: subsection.name,
      slug: subsection.slug,
      ranges: subsection.ranges.map((range) => {
        const slug = cptRangeSlug(range.from, range.to);
        const href = `${cptSectionHref(section.slug)}${slug}/`;
        const codes = (inRange.get(href) ?? []).sort(compareCpt);
        return { name: range.name, slug, label: `${range.from}–${range.to}`, href, codes, ownPage: codes.length > 0 };
      }),
    }));
    const listed = subsections.flatMap((s) => s.ranges).filter((r) => r.ownPage);
    if (listed.length === 1) fold(listed[0]!, cptSectionHref(section.slug), folded);
    else for (const range of listed) if (range.codes.length === 1) fold(range, codeHref(range.codes[0]!, 'cpt'), folded);
    const count = subsections.reduce((n, s) => n + s.ranges.reduce((m, r) => m + r.codes.length, 0), 0);
    return { name: section.name, slug: section.slug, summary: section.summary, href: cptSectionHref(section.slug), count, subsections };
  });
}

/** The browse tree: HCPCS series A–V present in the build, each split into ranges small enough for one page; CPT by our ranges. */
export function browseTree(list: CodeSummary[], pages: CodePage[], cptTable: CptRangesFile | null): Browse {
  const byLetter = new Map<string, CodeSummary[]>();
  for (const summary of list) {
    if (summary.system !== 'hcpcs') continue;
    const letter = summary.code.charAt(0);
    const codes = byLetter.get(letter);
    if (codes) codes.push(summary);
    else byLetter.set(letter, [summary]);
  }
  const folded: Record<string, string> = {};
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
        ownPage: true,
      }));
      if (ranges.length === 1) fold(ranges[0]!, seriesHref(letter), folded);
      const active = codes.filter((c) => c.active).length;
      return { letter, name: seriesName(letter), href: seriesHref(letter), active, terminated: codes.length - active, ranges };
    });
  return { series, cpt: cptTree(cptTable, pages, folded), folded };
}
