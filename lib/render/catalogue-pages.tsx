import { CptRangePage } from '@/components/browse/cpt-range-page';
import { CptSectionPage } from '@/components/browse/cpt-section-page';
import { SeriesPage } from '@/components/browse/series-page';
import { SeriesRangePage } from '@/components/browse/series-range-page';
import { CodeArticle } from '@/components/code/code-article';
import { getBrowseSeries, getCodeList, getCodePage, getCptSections } from '@/lib/data';
import { codeHead } from '@/lib/metadata';
import type { PageToRender } from './page-html';

/**
 * The catalogue: every page made from the CMS data rather than written by hand (code and modifier pages, HCPCS series
 * and CPT section browse pages), rendered by scripts/render-catalogue.ts. Next.js renders the rest of the site.
 */
export function* cataloguePages(): Generator<PageToRender> {
  for (const { code } of getCodeList()) {
    const page = getCodePage(code);
    yield { ...codeHead(page), type: 'article', body: () => <CodeArticle page={page} /> };
  }
  for (const series of getBrowseSeries()) {
    yield {
      path: series.href,
      title: `${series.letter} codes: ${series.name}`,
      description: `HCPCS Level II ${series.letter} codes (${series.name}), grouped by range.`,
      type: 'website',
      body: () => <SeriesPage series={series} />,
    };
    for (const range of series.ranges.filter((r) => r.ownPage)) {
      yield {
        path: range.href,
        title: `${range.label}: ${series.name}`,
        description: `HCPCS codes ${range.label}, with status.`,
        type: 'website',
        body: () => <SeriesRangePage found={{ series, range }} />,
      };
    }
  }
  for (const section of getCptSections()) {
    yield {
      path: section.href,
      title: `CPT ${section.name}`,
      description: `${section.summary} ${section.count} codes, by range.`,
      type: 'website',
      body: () => <CptSectionPage section={section} />,
    };
    for (const sub of section.subsections) {
      for (const range of sub.ranges.filter((r) => r.ownPage)) {
        yield {
          path: range.href,
          title: `CPT ${range.label}: ${range.name}`,
          description: `CPT codes ${range.label} (${section.name} › ${sub.name} › ${range.name}), with Medicare status.`,
          type: 'website',
          body: () => <CptRangePage found={{ section, sub, range }} />,
        };
      }
    }
  }
}
