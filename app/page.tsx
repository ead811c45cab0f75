import type { Metadata } from 'next';
import { SearchBox } from '@/components/search/search-box';
import { getBrowseSeries, getCodeList, getGuides } from '@/lib/data';

export const metadata: Metadata = { alternates: { canonical: '/' } };

export default function HomePage() {
  const list = getCodeList();
  const featured = list.filter((c) => c.curated);
  const count = (system: string) => list.filter((c) => c.system === system).length.toLocaleString('en-US');
  return (
    <div className="space-y-12">
      <section aria-labelledby="intro-heading" className="max-w-3xl">
        <h1 id="intro-heading" className="text-4xl font-bold tracking-tight text-slate-900 sm:text-5xl dark:text-white">
          Look up a billing code. Understand it. Bill it right.
        </h1>
        <p className="mt-4 text-lg text-slate-800 dark:text-slate-200">
          {`A plain-language reference for ${count('hcpcs')} HCPCS Level II codes, ${count('cpt')} CPT® codes and ${count('modifier')} modifiers: what each is, what Medicare covers, and what it pays from the fee schedule that applies (physician, DMEPOS, Part B drug, lab or hospital outpatient). Descriptors, status and figures come straight from the CMS release files; `}
          <a href="/data/">see which</a>
          {
            '. Our editors add what the files leave out for the codes people look up most: when to use a code, how to document it, and what payers do with it.'
          }
        </p>
        <div className="mt-6 max-w-xl">
          <SearchBox id="home-search" label="Code lookup" shortcut={false} />
        </div>
      </section>

      <section aria-labelledby="featured-heading">
        <h2 id="featured-heading" className="text-2xl font-semibold">
          Reviewed code pages
        </h2>
        <ul className="mt-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {featured.map((c) => (
            <li key={c.code} className="rounded-md border border-slate-200 p-4 dark:border-slate-700">
              <a href={c.href} className="font-mono text-lg font-semibold">
                {c.code}
              </a>
              <p className="mt-1 text-sm text-slate-800 dark:text-slate-200">{c.title}</p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="browse-heading">
        <h2 id="browse-heading" className="text-2xl font-semibold">
          Browse
        </h2>
        <ul className="mt-4 flex flex-wrap gap-2">
          {getBrowseSeries().map((s) => (
            <li key={s.letter}>
              <a
                href={s.href}
                className="inline-block rounded-md border border-slate-300 px-3 py-1.5 no-underline hover:bg-slate-50 dark:border-slate-600 dark:hover:bg-slate-900"
                title={s.name}
              >
                <span className="font-mono font-semibold">{s.letter}</span> <span className="text-sm">{s.name}</span>
              </a>
            </li>
          ))}
          <li>
            <a
              href="/codes/cpt/"
              className="inline-block rounded-md border border-slate-300 px-3 py-1.5 no-underline hover:bg-slate-50 dark:border-slate-600 dark:hover:bg-slate-900"
            >
              CPT® codes
            </a>
          </li>
          <li>
            <a
              href="/modifiers/"
              className="inline-block rounded-md border border-slate-300 px-3 py-1.5 no-underline hover:bg-slate-50 dark:border-slate-600 dark:hover:bg-slate-900"
            >
              Modifiers
            </a>
          </li>
        </ul>
      </section>

      <section aria-labelledby="guides-heading">
        <h2 id="guides-heading" className="text-2xl font-semibold">
          Guides
        </h2>
        <ul className="mt-4 grid gap-3 sm:grid-cols-2">
          {getGuides().map((g) => (
            <li key={g.slug} className="rounded-md border border-slate-200 p-4 dark:border-slate-700">
              <a href={g.href} className="font-semibold">
                {g.title}
              </a>
              <p className="mt-1 text-sm text-slate-800 dark:text-slate-200">{g.description}</p>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
