import type { CodePage } from '@/lib/page-schema';
import { reportErrorHref } from '@/lib/links/report-error';

export function SourcesSection({ page }: { page: CodePage }) {
  const curated = page.curated;
  const summary = page.cpt?.summary;
  const report = reportErrorHref(`${page.code} (${page.href})`);
  return (
    <>
      <p>
        {curated ? (
          <>
            Last reviewed <time dateTime={curated.lastReviewed}>{curated.lastReviewed}</time> by our editors against the sources below.
          </>
        ) : summary ? (
          <>
            Our summary was last reviewed <time dateTime={summary.lastReviewed}>{summary.lastReviewed}</time>; every other fact on this page
            comes from the CMS files named below.
          </>
        ) : (
          <>This page has not been individually reviewed by an editor; every fact on it comes from the CMS files named below.</>
        )}{' '}
        <a href="/editorial/">How we write and review</a>.
      </p>
      <ul className="list-disc space-y-1 pl-6">
        {page.hcpcs && <li>{`CMS, HCPCS Level II alpha-numeric file, ${page.hcpcs.release} (descriptors, coverage, pricing, dates)`}</li>}
        {page.fees && <li>{`CMS, ${page.fees.source} national RVU file (RVUs, status, global period)`}</li>}
        {curated?.sources.map((s) => (
          <li key={s.title}>
            {s.publisher},{' '}
            {s.url ? (
              <a href={s.url} rel="noopener">
                {s.title}
              </a>
            ) : (
              s.title
            )}
          </li>
        ))}
      </ul>
      {page.system === 'cpt' && (
        <p className="text-sm">CPT® is a registered trademark of the American Medical Association. The wording on this page is our own.</p>
      )}
      <p className="text-sm">This page is a reference, not legal or billing advice. Confirm coverage with the payer before you bill.</p>
      {report && (
        <p className="text-sm">
          Something wrong or out of date? <a href={report}>Report an error on this page</a>.
        </p>
      )}
    </>
  );
}
