import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { CodeTable } from '@/components/code-table';
import { findRange, getBrowseSeries, summariesOf } from '@/lib/data';

export const dynamicParams = false;
type Props = { params: Promise<{ letter: string; range: string }> };

export function generateStaticParams() {
  return getBrowseSeries().flatMap((s) => s.ranges.map((r) => ({ letter: s.letter.toLowerCase(), range: r.slug })));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { letter, range } = await params;
  const found = findRange(letter, range);
  if (!found) return {};
  return {
    title: `${found.range.label}: ${found.series.name}`,
    description: `HCPCS codes ${found.range.label}, with status.`,
    alternates: { canonical: found.range.href },
  };
}

export default async function RangePage({ params }: Props) {
  const { letter, range } = await params;
  const found = findRange(letter, range);
  if (!found) notFound();
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
