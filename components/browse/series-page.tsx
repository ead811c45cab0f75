import { Breadcrumbs } from '@/components/breadcrumbs';
import { CodeTable } from '@/components/code-table';
import { summariesOf } from '@/lib/data';
import type { BrowseSeries } from '@/lib/page-schema';

/** A HCPCS Level II series (/codes/series/e/): its ranges, each with its size and first code's title; or, when it has one range, its codes. */
export function SeriesPage({ series }: { series: BrowseSeries }) {
  const [only] = series.ranges.length === 1 ? series.ranges : [];
  return (
    <>
      <Breadcrumbs
        trail={[
          { label: 'Home', href: '/' },
          { label: 'Codes', href: '/codes/' },
        ]}
        current={`${series.letter} codes`}
      />
      <h1 className="text-3xl font-bold text-slate-900 dark:text-white">
        {series.letter} codes: {series.name}
      </h1>
      <p className="mt-2">
        {only
          ? `${series.active} active and ${series.terminated} terminated codes, ${only.label}.`
          : `${series.active} active and ${series.terminated} terminated codes, in ${series.ranges.length} ranges.`}
      </p>
      {only ? (
        <div className="mt-6">
          <CodeTable codes={summariesOf(only.codes)} caption={`Codes ${only.label}`} />
        </div>
      ) : (
        <ul className="mt-6 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {series.ranges.map((r) => (
            <li key={r.slug} className="rounded-md border border-slate-200 p-4 dark:border-slate-700">
              <a href={r.href} className="font-mono font-semibold">
                {r.label}
              </a>
              <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
                {r.codes.length} {r.codes.length === 1 ? 'code' : 'codes'} · {r.firstTitle}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
