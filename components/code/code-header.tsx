import type { CodePage } from '@/lib/page-schema';
import { Breadcrumbs } from '../breadcrumbs';
import { StatusBadge } from '../status-badge';
import { ReplacementChains } from './cross-references';

const SYSTEM_LABEL = { hcpcs: 'HCPCS Level II', cpt: 'CPT®', modifier: 'HCPCS modifier' } as const;

export function CodeHeader({ page }: { page: CodePage }) {
  const terminated = page.hcpcs?.terminationDate && !page.active ? page.hcpcs : null;
  return (
    <header className="pb-4">
      <Breadcrumbs
        trail={
          page.system === 'modifier'
            ? [{ label: 'Home', href: '/' }, page.category]
            : page.cpt?.place
              ? [
                  { label: 'Home', href: '/' },
                  { label: 'CPT codes', href: '/codes/cpt/' },
                  { label: page.cpt.place.section.name, href: page.cpt.place.section.href },
                  { label: page.cpt.place.range.name, href: page.cpt.place.range.href },
                  // a range without a page of its own links to its section or to this page: no crumb for it then
                ].filter((c, i, all) => c.href !== page.href && all.findIndex((o) => o.href === c.href) === i)
              : [{ label: 'Home', href: '/' }, { label: 'Codes', href: '/codes/' }, page.category]
        }
        current={page.code}
      />
      <p className="code-kind">
        {`${SYSTEM_LABEL[page.system]}${page.curated ? ` · ${page.curated.category}` : ''}`}
        <StatusBadge active={page.active} />
      </p>
      <h1 className="code-title">
        <span className="font-mono">{page.code}</span>
        <span className="sr-only">:</span> <span className={page.title.length > 90 ? 'long' : undefined}>{page.title}</span>
      </h1>
      {/* Codes have "At a glance" right below, which starts with the summary; modifiers show it here. */}
      {page.curated && page.system === 'modifier' && (
        <p className="mt-4 text-lg leading-relaxed text-slate-800 dark:text-slate-200">{page.curated.summary}</p>
      )}
      {terminated && (
        <div
          role="note"
          className="mt-4 rounded-md border border-red-300 bg-red-50 p-4 text-red-950 dark:border-red-800 dark:bg-red-950 dark:text-red-50"
        >
          <p className="font-semibold">{`Terminated on ${terminated.terminationDate}. Do not report this code for services after that date.`}</p>
          {terminated.chains.length > 0 ? (
            <>
              <p className="mt-1">CMS cross-references it to:</p>
              <ReplacementChains chains={terminated.chains} />
            </>
          ) : (
            <p className="mt-1">The CMS file names no replacement code.</p>
          )}
        </div>
      )}
    </header>
  );
}
