import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { findCptSection, getCptSections } from '@/lib/data';

export const dynamicParams = false;
type Props = { params: Promise<{ section: string }> };

export function generateStaticParams() {
  return getCptSections().map((s) => ({ section: s.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const section = findCptSection((await params).section);
  if (!section) return {};
  return {
    title: `CPT ${section.name}`,
    description: `${section.summary} ${section.count} codes, by range.`,
    alternates: { canonical: section.href },
  };
}

export default async function CptSectionPage({ params }: Props) {
  const section = findCptSection((await params).section);
  if (!section) notFound();
  return (
    <>
      <Breadcrumbs
        trail={[
          { label: 'Home', href: '/' },
          { label: 'Codes', href: '/codes/' },
          { label: 'CPT codes', href: '/codes/cpt/' },
        ]}
        current={section.name}
      />
      <h1 className="text-3xl font-bold text-slate-900 dark:text-white">{`CPT® ${section.name}`}</h1>
      <p className="mt-2 max-w-3xl">{section.summary}</p>
      {section.subsections.map((sub) => (
        <section key={sub.slug} id={sub.slug} aria-labelledby={`${sub.slug}-heading`} className="mt-8">
          <h2 id={`${sub.slug}-heading`} className="text-xl font-semibold">
            {sub.name}
          </h2>
          <ul className="mt-3 grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
            {sub.ranges.map((r) => (
              <li key={r.slug}>
                {r.codes.length ? <a href={r.href}>{r.name}</a> : r.name}
                <span className="block text-sm text-slate-700 dark:text-slate-300">{`${r.label} · ${r.codes.length} codes`}</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
