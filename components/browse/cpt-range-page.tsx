import { Breadcrumbs } from '@/components/breadcrumbs';
import { CodeTable } from '@/components/code-table';
import { summariesOf } from '@/lib/data';
import type { BrowseCptSection } from '@/lib/page-schema';

export type CptRangeFound = {
  section: BrowseCptSection;
  sub: BrowseCptSection['subsections'][number];
  range: BrowseCptSection['subsections'][number]['ranges'][number];
};

/** One CPT range (/codes/cpt/surgery/27301-27599/): its codes, titled in our own words or by the range's name. */
export function CptRangePage({ found }: { found: CptRangeFound }) {
  return (
    <>
      <Breadcrumbs
        trail={[
          { label: 'Home', href: '/' },
          { label: 'Codes', href: '/codes/' },
          { label: 'CPT codes', href: '/codes/cpt/' },
          { label: found.section.name, href: found.section.href },
        ]}
        current={found.range.label}
      />
      <h1 className="text-3xl font-bold text-slate-900 dark:text-white">{`${found.range.name} (CPT® ${found.range.label})`}</h1>
      <p className="mb-6 mt-2 max-w-3xl">{`${found.section.name} › ${found.sub.name}. Titles are our own words where an editor has written one, else the range's name: CPT descriptors are AMA copyright.`}</p>
      <CodeTable codes={summariesOf(found.range.codes)} caption={`CPT codes ${found.range.label}`} />
    </>
  );
}
