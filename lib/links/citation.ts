import type { CodePage } from '../page-schema';
import { SITE_NAME } from '../site';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The releases a page's facts come from, as cited: "HCPCS 2026 January; CY2025 Physician Fee Schedule". */
export function dataRelease(page: CodePage): string {
  const releases = [page.hcpcs?.release, page.fees?.source].filter((r): r is string => Boolean(r));
  if (releases.length > 0) return releases.join('; ');
  return page.curated ? `editors' review of ${page.curated.lastReviewed}` : 'curated records';
}

export type CitationInput = { code: string; title: string; release: string; url: string };

/** A citation naming the code, its title, the data release and the day it was accessed (the reader's local date). */
export function citationText({ code, title, release, url }: CitationInput, accessed: Date): string {
  const day = `${accessed.getDate()} ${MONTHS[accessed.getMonth()]} ${accessed.getFullYear()}`;
  return `${SITE_NAME}. "${code}: ${title}." Data: ${release}. ${url} (accessed ${day}).`;
}
