import type { CodePage, GuidePage } from '../page-schema';
import type { SearchEntry } from '../search/types';

/** What search indexes for each page: official descriptors, curated synonyms and plain-language phrases. */
export function searchEntries(pages: CodePage[], guides: GuidePage[]): SearchEntry[] {
  const codes = pages.map((page): SearchEntry => {
    const descriptors = page.hcpcs ? [page.hcpcs.longDescriptor, page.hcpcs.shortDescriptor] : page.descriptor ? [page.descriptor] : [];
    return {
      code: page.code,
      kind: page.system,
      title: page.title,
      descriptors: page.curated ? [...descriptors, page.curated.summary] : descriptors,
      synonyms: page.curated?.synonyms ?? [],
      phrases: page.curated?.plainLanguage ?? [],
      active: page.active,
      href: page.href,
    };
  });
  const guideEntries = guides.map((guide): SearchEntry => ({
    code: guide.slug,
    kind: 'guide',
    title: guide.title,
    descriptors: [guide.description],
    synonyms: [],
    phrases: guide.questions.map((q) => q.question),
    active: true,
    href: guide.href,
  }));
  return [...codes, ...guideEntries];
}
