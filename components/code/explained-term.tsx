import type { Explained } from '@/lib/page-schema';

/**
 * One dt/dd pair of a `.terms` list: a CMS value, its label and what it means. Says so plainly when the site
 * does not know the value.
 */
export function ExplainedTerm({ term, name }: { term: Explained; name: string }) {
  return (
    <>
      <dt>
        {`${name}: `}
        <code>{term.value}</code>
        {term.label ? ` (${term.label})` : ''}
      </dt>
      <dd className="meaning">
        {term.meaning ??
          `This site does not know what ${name.toLowerCase()} "${term.value}" means; check the CMS documentation for this release.`}
      </dd>
    </>
  );
}
