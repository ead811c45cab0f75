import { Breadcrumbs } from '@/components/breadcrumbs';
import { CodeTable } from '@/components/code-table';
import { summariesOf } from '@/lib/data';
import type { BrowseRange, BrowseSeries } from '@/lib/page-schema';

/** One range of a HCPCS series (/codes/series/e/e0100-e0999/): its codes and their status. */
export function SeriesRangePage({ found }: { found: { series: BrowseSeries; range: BrowseRange } }) {
  return (
    <>
      <Breadcrumbs
        trail={[
          { label: 'Home', href: '/' },
          { label: 'Codes', href: '/codes/' },
          { label: `${found.series.letter} codes`, href: found.series.href },
        ]}
        current={found.range.label}
      />
      <h1 className="text-3xl font-bold text-slate-900 dark:text-white">Codes {found.range.label}</h1>
      <p className="mb-6 mt-2">{found.series.name}</p>
      <CodeTable codes={summariesOf(found.range.codes)} caption={`Codes ${found.range.label}`} />
    </>
  );
}
