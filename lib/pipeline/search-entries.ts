import { z } from 'zod';
import type { CodePage, GuidePage } from '../page-schema';
import type { NdcTable } from '../search/ndc';
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
  reportingOnly: z.boolean().optional(),
  replacedBy: z.array(z.string()).optional(),
  href: z.string().min(1),
}) satisfies z.ZodType<SearchEntry>;

/** Names without repeats, compared without regard to case or spacing. */
function uniqueNames(names: string[]): string[] {
  const seen = new Set<string>();
  return names.filter((name) => {
    const key = name.toLowerCase().replace(/\s+/g, ' ').trim();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The NDC table search loads when someone types an NDC: every NDC in the crosswalk, and the code it bills under. */
export function ndcTable(pages: CodePage[]): NdcTable {
  const drugs: string[] = [];
  const drugIndex = new Map<string, number>();
  const rows: NdcTable['rows'] = [];
  for (const page of pages) {
    for (const n of page.schedules.asp?.ndcs ?? []) {
      if (!/^\d{5}-\d{4}-\d{2}$/.test(n.ndc)) continue; // a product number that is not an NDC (a device's UPC)
      let at = drugIndex.get(n.drugName);
      if (at === undefined) drugIndex.set(n.drugName, (at = drugs.push(n.drugName) - 1));
      rows.push([n.ndc, page.code, at, n.billingUnitsPerPackage]);
    }
  }
  return { drugs, rows };
}

/** What search indexes for each page: official descriptors, curated synonyms and plain-language phrases. */
export function searchEntries(pages: CodePage[], guides: GuidePage[]): SearchEntry[] {
  const codes = pages.map((page): SearchEntry => {
    const place = page.cpt?.place;
    // A CPT code is found by its range's names (never AMA text): "Surgery: Musculoskeletal system", with the range's
    // name in the title or, when an editor titled the code, here too.
    // The short descriptor is left out: its abbreviations ("svc", "inj") add a seventh of the index's size and the
    // thesaurus already maps the ones people type.
    const descriptors = page.hcpcs
      ? [page.hcpcs.longDescriptor]
      : place
        ? [
            page.title === place.range.name
              ? `${place.section.name}: ${place.subsection.name}`
              : `${place.section.name}: ${place.subsection.name}: ${place.range.name}`,
          ]
        : page.descriptor
          ? [page.descriptor]
          : [];
    return {
      code: page.code,
      kind: page.system,
      title: page.title,
      descriptors: page.curated ? [...descriptors, page.curated.summary] : descriptors,
      // Brand names from the NDC crosswalk ("Keytruda") are what patients type.
      synonyms: uniqueNames([
        ...(page.curated?.synonyms ?? []),
        ...(page.cpt?.summary?.terms ?? []),
        ...(page.schedules.asp?.ndcs.map((n) => n.drugName) ?? []),
      ]),
      phrases: page.curated?.plainLanguage ?? [],
      active: page.active,
      ...(page.fees?.status.value === 'M' || /^\d{4}F$/.test(page.code) ? { reportingOnly: true } : {}),
      ...(!page.active && page.hcpcs?.replacements.length ? { replacedBy: page.hcpcs.replacements.map((r) => r.code) } : {}),
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
