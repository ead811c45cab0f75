import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { getCptSections } from '@/lib/data';

export const metadata: Metadata = {
  title: 'CPT codes by section',
  description:
    'Every CPT code in the CMS fee schedule files, by section, subsection and range, with Medicare facts and our own plain-language names.',
  alternates: { canonical: '/codes/cpt/' },
};

export default function CptPage() {
  const sections = getCptSections();
  return (
    <>
      <Breadcrumbs
        trail={[
          { label: 'Home', href: '/' },
          { label: 'Codes', href: '/codes/' },
        ]}
        current="CPT codes"
      />
      <h1 className="text-3xl font-bold text-slate-900 dark:text-white">CPT® codes</h1>
      <p className="mt-2 max-w-3xl">
        {`${sections.reduce((n, s) => n + s.count, 0).toLocaleString('en-US')} CPT codes from the CMS fee schedule files, grouped by our own names for their sections and ranges. CPT® descriptors are copyright of the American Medical Association and are not reproduced; each page shows the Medicare facts about its code.`}
      </p>
      <ul className="mt-6 grid gap-3 sm:grid-cols-2">
        {sections.map((s) => (
          <li key={s.slug} className="rounded-md border border-slate-200 p-4 dark:border-slate-700">
            <a href={s.href} className="font-semibold">
              {s.name}
            </a>
            <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{`${s.count.toLocaleString('en-US')} codes. ${s.summary}`}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
