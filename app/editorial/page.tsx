import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { getSiteMeta } from '@/lib/data';
import { reportErrorHref } from '@/lib/links/report-error';
import { SITE_NAME } from '@/lib/site';

export const metadata: Metadata = {
  title: 'How we write and review',
  description: `How ${SITE_NAME} writes its code pages and guides, what the build checks, who reviews them, which sources they rest on, and how to report an error.`,
  alternates: { canonical: '/editorial/' },
};

export default function EditorialPage() {
  const { counts } = getSiteMeta();
  const report = reportErrorHref('a page on the site');
  return (
    <article className="max-w-3xl">
      <Breadcrumbs trail={[{ label: 'Home', href: '/' }]} current="How we write and review" />
      <h1 className="text-3xl font-bold text-slate-900 dark:text-white">How we write and review</h1>
      <p className="mt-3 text-lg">
        People bill from this site, so every page keeps two kinds of content apart: facts from the CMS release files, and text our editors
        wrote. Each page says which is which and where it came from.
      </p>

      <section aria-labelledby="facts" className="section">
        <h2 id="facts">Facts come from the CMS files, never from our text</h2>
        <p>
          Status, coverage, dates, descriptors, RVUs, payment amounts and payment limits are read by the build from the CMS files listed on{' '}
          <a href="/data/">the data page</a>, and shown with the release they come from. Our editors never type a figure: their text points
          to the section of the page that shows it. Where the files say nothing, the page says so rather than guessing.
        </p>
      </section>

      <section aria-labelledby="writing" className="section">
        <h2 id="writing">What our editors write</h2>
        <ul className="list-disc space-y-1 pl-6">
          <li>{`${counts.curated} code records: what the code is for, in plain words, with clinical context, billing and documentation guidance, modifiers, sites of service, questions and answers, related codes and sources.`}</li>
          <li>{`${counts.cptSummaries} short summaries of CPT codes, and our own names for every CPT section and range.`}</li>
          <li>{`${counts.guides} guides that answer the questions coders, billers and patients ask most.`}</li>
        </ul>
        <p>
          HCPCS Level II descriptors are public and quoted word for word. CPT® descriptors are the American Medical Association&apos;s
          copyright: we never reproduce or paraphrase them, and describe each CPT code in our own words. We write for the reader in front of
          the page: a coder checking a claim, a clinician or student learning a code, a patient reading a bill.
        </p>
      </section>

      <section aria-labelledby="checks" className="section">
        <h2 id="checks">What the build checks before anything is published</h2>
        <ul className="list-disc space-y-1 pl-6">
          <li>Every record has all its parts, within size limits, in plain text with no hidden characters.</li>
          <li>
            What a record says about Medicare (coverage, status, global period, professional and technical components, which modifiers a
            code accepts) must agree with the CMS files for that code, or the build stops and names the record.
          </li>
          <li>No two records may share a sentence of twelve or more words: every page is written for its own code.</li>
          <li>Every code a record links to exists in the files, and no record carries CPT descriptor text.</li>
        </ul>
      </section>

      <section aria-labelledby="review" className="section">
        <h2 id="review">Who reviews it</h2>
        <p>
          Every record and guide is read, before it is published, by a second reader who checks it as a professional coder would: the
          billing rules, the modifiers, the coverage statements against the CMS files, the sources, and whether a patient can follow it.
          Each page shows the date it was last reviewed under <strong>Sources and review</strong>. Pages without a record show only CMS
          facts and say that no editor has reviewed them.
        </p>
      </section>

      <section aria-labelledby="sources" className="section">
        <h2 id="sources">Sources</h2>
        <p>
          The CMS release files (HCPCS Level II, the Physician Fee Schedule with its GPCI, locality and anesthesia files, the DMEPOS fee
          schedule, ASP drug pricing and its NDC crosswalk, OPPS Addendum B and the Clinical Laboratory Fee Schedule), the Medicare manuals,
          National Coverage Determinations and contractor policies named on each page. Where payers differ, the page says so instead of
          stating one rule as everyone&apos;s.
        </p>
      </section>

      <section aria-labelledby="report" className="section">
        <h2 id="report">Report an error</h2>
        {report ? (
          <p>
            If something on a page is wrong or out of date, <a href={report}>tell us</a>, naming the page and, if you can, the source that
            shows the error. Each code page has its own link under <strong>Sources and review</strong>.
          </p>
        ) : (
          <p>This copy of the site has not been given an address for error reports. Tell the organisation that runs it.</p>
        )}
      </section>
    </article>
  );
}
