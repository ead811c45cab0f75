import type { CodePage } from '../page-schema';
import { similarRecords } from '../search/similar';
import { buildTextIndex } from '../search/text-index';
import type { SearchEntry } from '../search/types';

const SIMILAR = 8;

/**
 * The BETOS family letter (D equipment, I imaging, M visits, O other, P procedures, T tests): a similar code stays in its
 * code's family, so a CPAP device is not "similar" to the quality-measure code that reports CPAP was prescribed. Z
 * ("codes CMS does not group") is no family.
 */
function familyOf(page: CodePage | undefined): string | null {
  const letter = page?.hcpcs?.betos?.charAt(0) ?? null;
  return letter === 'Z' ? null : letter;
}

/** Fills each HCPCS page's similar codes: active codes of the same system whose descriptors share its rare words. */
export function addSimilarCodes(pages: CodePage[], entries: SearchEntry[]): void {
  const index = buildTextIndex(entries);
  const pageOf = new Map(pages.map((p) => [p.code, p]));
  entries.forEach((entry, doc) => {
    const page = entry.kind === 'hcpcs' ? pageOf.get(entry.code) : undefined;
    if (!page) return;
    const family = familyOf(page);
    const accept = (other: number) => {
      const e = entries[other];
      if (!e || e.kind !== 'hcpcs' || !e.active) return false;
      const theirs = familyOf(pageOf.get(e.code));
      return family === null || theirs === null || theirs === family;
    };
    page.similar = similarRecords(entries, index, doc, SIMILAR, accept).map((other) => {
      const e = entries[other]!;
      return { code: e.code, title: e.title, href: e.href, active: e.active };
    });
  });
}
