import { z } from 'zod';
import type { CodePage, GuidePage } from '../page-schema';
import { SEARCH_ENTRY_KINDS, type SearchEntry } from '../search/types';

/** The search module's input, validated before the payload is built (the module itself carries no zod). */
export const searchEntrySchema = z.strictObject({
  code: z.string().min(1),
  kind: z.enum(SEARCH_ENTRY_KINDS),
  title: z.string(),
  descriptors: z.array(z.string()),
  synonyms: z.array(z.string()),
  phrases: z.array(z.string()),
  active: z.boolean(),
  href: z.string().min(1),
}) satisfies z.ZodType<SearchEntry>;

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
  return z.array(searchEntrySchema).parse([...codes, ...guideEntries]);
}
