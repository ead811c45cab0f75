import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { CodeTable } from '@/components/code-table';
import { findCptSection, getCptSections, summariesOf } from '@/lib/data';

export const dynamicParams = false;
type Props = { params: Promise<{ section: string; range: string }> };

export function generateStaticParams() {
  return getCptSections().flatMap((s) =>
    s.subsections.flatMap((sub) => sub.ranges.filter((r) => r.codes.length).map((r) => ({ section: s.slug, range: r.slug }))),
  );
}

function find(sectionSlug: string, rangeSlug: string) {
  const section = findCptSection(sectionSlug);
  for (const sub of section?.subsections ?? []) {
    const range = sub.ranges.find((r) => r.slug === rangeSlug);
    if (section && range) return { section, sub, range };
  }
  return undefined;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { section, range } = await params;
  const found = find(section, range);
  if (!found) return {};
  return {
    title: `CPT ${found.range.label}: ${found.range.name}`,
    description: `CPT codes ${found.range.label} (${found.section.name} › ${found.sub.name} › ${found.range.name}), with Medicare status.`,
    alternates: { canonical: found.range.href },
  };
}

export default async function CptRangePage({ params }: Props) {
  const { section, range } = await params;
  const found = find(section, range);
  if (!found) notFound();
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
