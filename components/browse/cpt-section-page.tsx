import { Breadcrumbs } from '@/components/breadcrumbs';
import { CodeTable } from '@/components/code-table';
import { summariesOf } from '@/lib/data';
import type { BrowseCptSection } from '@/lib/page-schema';

/** A CPT section (/codes/cpt/surgery/): its subsections and their ranges; a range with no page of its own is shown here. */
export function CptSectionPage({ section }: { section: BrowseCptSection }) {
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
                {r.codes.length && r.href !== section.href ? <a href={r.href}>{r.name}</a> : r.name}
                <span className="block text-sm text-slate-700 dark:text-slate-300">{`${r.label} · ${r.codes.length} ${r.codes.length === 1 ? 'code' : 'codes'}`}</span>
              </li>
            ))}
          </ul>
          {sub.ranges
            .filter((r) => r.href === section.href)
            .map((r) => (
              <div key={r.slug} className="mt-4">
                <CodeTable codes={summariesOf(r.codes)} caption={`CPT codes ${r.label}`} />
              </div>
            ))}
        </section>
      ))}
    </>
  );
}
