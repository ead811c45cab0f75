import { codeJsonLd } from '@/lib/links/code-json-ld';
import { dataRelease } from '@/lib/links/citation';
import type { CodePage } from '@/lib/page-schema';
import { SITE_URL } from '@/lib/env';
import { JsonLd } from '../json-ld';
import { Section, type SectionSpec } from '../section';
import { ShareButtons } from '../share/share-buttons';
import { CodeHeader } from './code-header';
import { curatedSections } from './curated-sections';
import { DescriptorSection } from './descriptor-section';
import { FeeSection } from './fee-section';
import { HistorySection } from './history-section';
import { RelatedSection } from './related-section';
import { SourcesSection } from './sources-section';
import { StatusSection } from './status-section';

/** The reading order of a code page. Section ids are public anchors (README, "Section anchors"): never rename one. */
function sectionsOf(page: CodePage): SectionSpec[] {
  const curated = page.curated ? curatedSections(page.curated) : { lead: [], guidance: [], more: [] };
  const list: (SectionSpec | null)[] = [
    ...curated.lead,
    { id: 'descriptor', title: 'Official descriptor', body: <DescriptorSection page={page} /> },
    page.hcpcs || page.fees ? { id: 'status', title: 'Medicare status', body: <StatusSection page={page} /> } : null,
    page.hcpcs ? { id: 'history', title: 'Code history', body: <HistorySection facts={page.hcpcs} /> } : null,
    page.system !== 'modifier' ? { id: 'rvu', title: 'Fee schedule and RVUs', body: <FeeSection page={page} /> } : null,
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
    <article className="lg:grid lg:grid-cols-[minmax(0,1fr)_14rem] lg:gap-10">
      <div>
        <CodeHeader page={page} />
        <ShareButtons code={page.code} title={page.title} release={dataRelease(page)} url={`${SITE_URL}${page.href}`} />
        {sections.map((s) => (
          <Section key={s.id} id={s.id} title={s.title}>
            {s.body}
          </Section>
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
    </article>
  );
}
