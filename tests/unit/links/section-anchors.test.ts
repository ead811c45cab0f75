import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { curatedSections } from '@/components/code/curated-sections';
import { SECTION_ANCHORS } from '@/lib/links/section-anchors';
import { buildCuratedSite } from './curated-site';

// Sections every code page has, or that come from the CMS files: tests/e2e/links-urls.spec.ts checks them on code pages.
const NOT_CURATED = [
  'at-a-glance',
  'descriptor',
  'payment',
  'rvu',
  'dmepos',
  'asp',
  'ndc',
  'clfs',
  'opps',
  'status',
  'references',
  'history',
  'related',
  'sources',
];

describe('section anchors', () => {
  it("a fully filled-in record has every editors' anchor of the public list", async () => {
    const curated = (await buildCuratedSite()).page('S9986').curated!;
    const full = { ...curated, body: 'More.', relatedGuides: [{ slug: 'x', title: 'X', href: '/guides/x/' }] };
    const { lead, guidance, more } = curatedSections(full);
    const ids = [...lead, ...guidance, ...more].map((s) => s.id);
    expect(ids.sort()).toEqual(
      SECTION_ANCHORS.map((a) => a.id)
        .filter((id) => !NOT_CURATED.includes(id))
        .sort(),
    );
  });

  it('the README lists every anchor for the sites that link to us', () => {
    const readme = readFileSync('README.md', 'utf8');
    const section = readme.slice(readme.indexOf('## For sites that link to us'));
    for (const { id } of SECTION_ANCHORS) expect(section).toContain(`\`#${id}\``);
  });
});
