import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { findSeries, getBrowseSeries } from '@/lib/data';

export const dynamicParams = false;
type Props = { params: Promise<{ letter: string }> };

export function generateStaticParams() {
  return getBrowseSeries().map((s) => ({ letter: s.letter.toLowerCase() }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const series = findSeries((await params).letter);
  if (!series) return {};
  return {
    title: `${series.letter} codes: ${series.name}`,
    description: `HCPCS Level II ${series.letter} codes (${series.name}), grouped by range.`,
    alternates: { canonical: series.href },
  };
}

export default async function SeriesPage({ params }: Props) {
  const series = findSeries((await params).letter);
  if (!series) notFound();
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
        {series.active} active and {series.terminated} terminated codes, in {series.ranges.length} ranges.
      </p>
      <ul className="mt-6 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {series.ranges.map((r) => (
          <li key={r.slug} className="rounded-md border border-slate-200 p-4 dark:border-slate-700">
            <a href={r.href} className="font-mono font-semibold">
              {r.label}
            </a>
            <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
              {r.codes.length} codes · {r.firstTitle}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
