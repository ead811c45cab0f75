import { describe, expect, it } from 'vitest';
import type { CptRangesFile } from '@/lib/content-schema';
import type { CodePage, CodeSummary } from '@/lib/page-schema';
import { browseTree } from '@/lib/pipeline/browse';

const summary = (code: string, system: CodeSummary['system'] = 'hcpcs') =>
  ({ code, system, title: `Title of ${code}`, active: true, href: `/codes/${code}/` }) as CodeSummary;
/** browseTree reads only a CPT page's place; the rest of the page model does not matter here. */
const cptPage = (code: string, rangeHref: string) => ({ code, cpt: { place: { range: { href: rangeHref } } } }) as unknown as CodePage;

const TABLE: CptRangesFile = {
  title: 'CPT ranges',
  lastReviewed: '2026-01-01',
  sections: [
    {
      name: 'Medicine',
      slug: 'medicine',
      summary: 'Medicine.',
      subsections: [
        {
          name: 'Vaccines',
          slug: 'vaccines',
          ranges: [
            { from: '90460', to: '90474', name: 'Vaccine administration' },
            { from: '99024', to: '99024', name: 'Postoperative visit' },
            { from: '99050', to: '99060', name: 'Empty range' },
          ],
        },
      ],
    },
    {
      name: 'Multianalyte assays',
      slug: 'multianalyte-assays',
      summary: 'Assays.',
      subsections: [{ name: 'All', slug: 'all', ranges: [{ from: '81490', to: '81599', name: 'Assays' }] }],
    },
  ],
};

describe('browse tree', () => {
  const list = [
    summary('B4034'),
    summary('B4035'),
    ...Array.from({ length: 250 }, (_, i) => summary(`E${String(100 + i).padStart(4, '0')}`)),
  ];
  const pages = [
    cptPage('90460', '/codes/cpt/medicine/90460-90474/'),
    cptPage('90471', '/codes/cpt/medicine/90460-90474/'),
    cptPage('99024', '/codes/cpt/medicine/99024-99024/'),
    cptPage('81490', '/codes/cpt/multianalyte-assays/81490-81599/'),
    cptPage('81500', '/codes/cpt/multianalyte-assays/81490-81599/'),
  ];
  const tree = browseTree(list, pages, TABLE);

  it('folds a series with one range into the series page, and keeps the range address as a redirect', () => {
    const b = tree.series.find((s) => s.letter === 'B')!;
    expect(b.ranges).toHaveLength(1);
    expect(b.ranges[0]).toMatchObject({ ownPage: false, href: '/codes/series/b/' });
    expect(tree.folded[`/codes/series/b/${b.ranges[0]!.slug}/`]).toBe('/codes/series/b/');
  });

  it('keeps a page for every range of a series with several', () => {
    const e = tree.series.find((s) => s.letter === 'E')!;
    expect(e.ranges.length).toBeGreaterThan(1);
    for (const range of e.ranges) expect(range).toMatchObject({ ownPage: true, href: `/codes/series/e/${range.slug}/` });
  });

  it('sends a CPT range of one code to that code, a section’s only range to the section, and gives an empty range no page', () => {
    const [medicine, assays] = tree.cpt;
    const [vaccines, visit, empty] = medicine!.subsections[0]!.ranges;
    expect(vaccines).toMatchObject({ ownPage: true, href: '/codes/cpt/medicine/90460-90474/', codes: ['90460', '90471'] });
    expect(visit).toMatchObject({ ownPage: false, href: '/codes/99024/' });
    expect(empty).toMatchObject({ ownPage: false, codes: [] });
    expect(assays!.subsections[0]!.ranges[0]).toMatchObject({ ownPage: false, href: '/codes/cpt/multianalyte-assays/' });
    expect(tree.folded).toMatchObject({
      '/codes/cpt/medicine/99024-99024/': '/codes/99024/',
      '/codes/cpt/multianalyte-assays/81490-81599/': '/codes/cpt/multianalyte-assays/',
    });
    expect(Object.keys(tree.folded)).not.toContain('/codes/cpt/medicine/99050-99060/');
  });
});
