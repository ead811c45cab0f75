import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { getBrowseSeries, getCptCodes } from '@/lib/data';

export const metadata: Metadata = {
  title: 'Browse codes by series',
  description: 'Browse HCPCS Level II codes by series (A through V), CPT codes by section and range, and modifiers.',
  alternates: { canonical: '/codes/' },
};

export default function BrowsePage() {
  const series = getBrowseSeries();
  const cpt = getCptCodes();
  return (
    <>
      <Breadcrumbs trail={[{ label: 'Home', href: '/' }]} current="Codes" />
      <h1 className="text-3xl font-bold text-slate-900 dark:text-white">Browse codes</h1>
      <h2 className="mt-8 text-xl font-semibold">HCPCS Level II, by series</h2>
      <ul className="mt-3 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {series.map((s) => (
          <li key={s.letter} className="rounded-md border border-slate-200 p-4 dark:border-slate-700">
            <a href={s.href} className="font-semibold">
              {s.letter} codes: {s.name}
            </a>
            <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
              {s.active} active, {s.terminated} terminated
            </p>
          </li>
        ))}
      </ul>
      <h2 className="mt-8 text-xl font-semibold">CPT® codes</h2>
      <p className="mt-2">
        <a href="/codes/cpt/">{`${cpt.length.toLocaleString('en-US')} CPT codes`}</a>
        {
          ' from the CMS fee schedule files, by section and range, each with its Medicare facts. CPT descriptors are AMA copyright and are not reproduced: titles are our own words, or the name of the code’s range.'
        }
      </p>
      <h2 className="mt-8 text-xl font-semibold">Modifiers</h2>
      <p className="mt-2">
        <a href="/modifiers/">All modifiers</a>, with what each one tells the payer.
      </p>
    </>
  );
}
