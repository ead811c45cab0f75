import { readGenerated } from './data-contract';
import type { BrowseCptSection, BrowseSeries, CodePage, CodeSummary, GuidePage, LoadedFileInfo, SiteMeta } from './page-schema';

export function getCodeList(): CodeSummary[] {
  return readGenerated('codeList');
}

/** One code's page model. The data step validated every page against codePageSchema before writing it. */
export function getCodePage(code: string): CodePage {
  const pages = readGenerated('codePages');
  const page = Object.hasOwn(pages, code) ? pages[code] : undefined;
  if (!page)
    throw new Error(`No page model for code "${code}" in .generated/code-pages.json. Run "npm run data" (or "npm run build") again.`);
  return page;
}

export function getGuides(): GuidePage[] {
  return readGenerated('guides');
}

export function getGuide(slug: string): GuidePage | undefined {
  return getGuides().find((guide) => guide.slug === slug);
}

export function getSiteMeta(): SiteMeta {
  return readGenerated('meta');
}

export function getBrowseSeries(): BrowseSeries[] {
  return readGenerated('browse').series;
}

let summaries: Map<string, CodeSummary> | undefined;

/** The code-list rows of the given codes, in their order. */
export function summariesOf(codes: readonly string[]): CodeSummary[] {
  summaries ??= new Map(getCodeList().map((c) => [c.code, c]));
  return codes.flatMap((code) => summaries?.get(code) ?? []);
}

export function getCptCodes(): CodeSummary[] {
  return getCodeList().filter((c) => c.system === 'cpt');
}

export function getDataFiles(): LoadedFileInfo[] {
  return readGenerated('dataFiles');
}

/** Browse addresses without a page of their own → the page that shows them (lib/pipeline/browse.ts). */
export function getFoldedBrowse(): Record<string, string> {
  return readGenerated('browse').folded;
}

export function getCptSections(): BrowseCptSection[] {
  return readGenerated('browse').cpt;
}
