import { Fragment } from 'react';
import { codeJsonLd } from '@/lib/links/code-json-ld';
import { dataRelease } from '@/lib/links/citation';
import type { CodePage } from '@/lib/page-schema';
import { SITE_URL } from '@/lib/env';
import { JsonLd } from '../json-ld';
import { Section, type SectionSpec } from '../section';
import { Island } from '../islands/island';
import { AtAGlance } from './at-a-glance';
import { CodeHeader } from './code-header';
import { PaymentSection } from './payment/payment-section';
import { curatedSections } from './curated-sections';
import { DescriptorSection } from './descriptor-section';
import { HistorySection } from './history-section';
import { RelatedSection } from './related-section';
import { SourcesSection } from './sources-section';
import { StatusSection } from './status-section';

/** The reading order of a code page. Section ids are public anchors (README, "Section anchors"): never rename one. */
function sectionsOf(page: CodePage): SectionSpec[] {
  const curated = page.curated ? curatedSections(page.curated) : { lead: [], guidance: [], more: [] };
  const list: (SectionSpec | null)[] = [
    page.system !== 'modifier' ? { id: 'at-a-glance', title: 'At a glance', body: <AtAGlance page={page} /> } : null,
    ...curated.lead,
    { id: 'descriptor', title: 'Official descriptor', body: <DescriptorSection page={page} /> },
    page.system !== 'modifier' ? { id: 'payment', title: 'What Medicare pays', body: <PaymentSection page={page} /> } : null,
    page.hcpcs || page.fees ? { id: 'status', title: 'Medicare status and coverage', body: <StatusSection page={page} /> } : null,
    page.hcpcs ? { id: 'history', title: 'Code history', body: <HistorySection facts={page.hcpcs} /> } : null,
    ...curated.guidance,
    { id: 'related', title: 'Related codes', body: <RelatedSection page={page} /> },
    ...curated.more,
    { id: 'sources', title: 'Sources and review', body: <SourcesSection page={page} /> },
  ];
  return list.filter((s): s is SectionSpec => s !== null);
}

export function CodeArticle({ page }: { page: CodePage }) {
  const sections = sectionsOf(page);
  return (
    <article className="code-article">
      <div>
        <CodeHeader page={page} />
        {/* the phone form of "On this page" below; a list under its summary, so the page has one navigation landmark of that name */}
        <details className="toc-mobile">
          <summary>On this page</summary>
          {sections.map((s) => (
            <a key={s.id} href={`#${s.id}`}>
              {s.title}
            </a>
          ))}
        </details>
        {sections.map((s, i) => (
          <Fragment key={s.id}>
            <Section id={s.id} title={s.title}>
              {s.body}
            </Section>
            {/* Copy link and Cite sit below the opening summary, which must stay above the fold. */}
            {i === 0 && (
              <Island
                name="share-buttons"
                props={{ code: page.code, title: page.title, release: dataRelease(page), url: `${SITE_URL}${page.href}` }}
              />
            )}
          </Fragment>
        ))}
      </div>
      <nav aria-labelledby="toc-heading" className="toc">
        <h2 id="toc-heading">On this page</h2>
        {sections.map((s) => (
          <a key={s.id} href={`#${s.id}`}>
            {s.title}
          </a>
        ))}
      </nav>
      <JsonLd data={codeJsonLd(page)} />
      <Island name="copy-links" props={{}} />
    </article>
  );
}
