import type { Explained } from '@/lib/page-schema';

/** A CMS value, its label and what it means; says so plainly when the site does not know the value. */
export function ExplainedTerm({ term, name }: { term: Explained; name: string }) {
  return (
    <div>
      <dt className="font-semibold">
        {name}: <span className="font-mono">{term.value}</span>
        {term.label && <span> ({term.label})</span>}
      </dt>
      <dd className="mt-1 text-slate-800 dark:text-slate-200">
        {term.meaning ?? `This site does not know what ${name.toLowerCase()} "${term.value}" means; check the CMS documentation for this release.`}
      </dd>
    </div>
  );
}
