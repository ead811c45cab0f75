import { ContentValidationError } from '../content/content-error';
import { loadContent } from '../content/load-content';
import { codePageSchema, siteMetaSchema, type CodePage, type CodeSummary, type GuidePage, type SiteMeta } from '../page-schema';
import { SEARCH_INDEX_FILE } from '../search/constants';
import { loadThesaurus } from '../search/node';
import { buildSearchPayload } from '../search/payload';
import type { GpciRow } from '../cms/read-gpci';
import type { Thesaurus } from '../search/thesaurus';
import { checkCuratedFacts } from './check-curated-facts';
import { buildCodePages } from './code-pages';
import { guidePages } from './curated-pages';
import { readCmsInputs } from './read-cms-inputs';
import { searchEntries } from './search-entries';
import { writeFolderAtomically } from './write-atomic';

export type BuildOptions = {
  contentDir: string;
  hcpcsFile?: string;
  rvuFile?: string;
  gpciFile?: string;
  /** ISO date used to tell active codes from terminated ones; defaults to today. */
  today?: string;
};

export type SiteModel = { pages: CodePage[]; summaries: CodeSummary[]; guides: GuidePage[]; meta: SiteMeta; thesaurus: Thesaurus; gpci: GpciRow[] | null };

/** Reads and validates every input (content, thesaurus, CMS files) into the page models; writes nothing. */
export async function assembleSite(options: BuildOptions): Promise<SiteModel> {
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const cms = await readCmsInputs({ ...options, today });
  const catalogueCodes = new Set([...(cms.hcpcs?.procedures ?? []), ...(cms.hcpcs?.modifiers ?? []), ...(cms.rvu?.rows ?? [])].map((r) => r.code));
  const content = loadContent(options.contentDir, catalogueCodes);
  const factProblems = checkCuratedFacts(content.codes, cms, content.cpt.summaries);
  if (factProblems.length > 0) throw new ContentValidationError(factProblems);
  const thesaurus = loadThesaurus(`${options.contentDir}/thesaurus`);

  const { pages, summaries, link } = buildCodePages(content, cms);
  const guides = guidePages(content, link);
  const meta = siteMetaSchema.parse({
    hcpcsRelease: cms.hcpcs?.releaseLabel ?? null,
    feeSchedule: cms.rvu?.source ?? null,
    builtOn: today,
    counts: { codes: pages.length, curated: content.codes.length, guides: guides.length },
  });
  return { pages, summaries, guides, meta, thesaurus, gpci: cms.gpci };
}

/** The data step: assembles the site, then writes the whole output folder at once. Returns a one-line summary. */
export async function buildSiteData(options: BuildOptions & { outDir: string }): Promise<string> {
  const { pages, summaries, guides, meta, thesaurus, gpci } = await assembleSite(options);
  const files = new Map<string, string>();
  files.set('meta.json', JSON.stringify(meta));
  files.set('code-list.json', JSON.stringify(summaries));
  files.set('guides.json', JSON.stringify(guides));
  if (gpci) {
    const localities = gpci.map((g) => ({ id: `${g.mac}-${g.locality}`, state: g.state, name: g.localityName.replace(/\*+$/, ''), work: g.pwGpci, pe: g.peGpci, mp: g.mpGpci }));
    files.set('public/data/gpci.json', JSON.stringify(localities));
  }
  files.set(`public/search-index/${SEARCH_INDEX_FILE}`, JSON.stringify(buildSearchPayload(searchEntries(pages, guides), thesaurus)));
  // One file rather than one per code: each build worker parses it once, and the data step writes one file, not 9,000.
  files.set('code-pages.json', JSON.stringify(Object.fromEntries(pages.map((page) => [page.code, codePageSchema.parse(page)]))));
  writeFolderAtomically(options.outDir, files);
  const sources = [meta.hcpcsRelease, meta.feeSchedule].filter(Boolean).join(' + ') || 'content only';
  return `${pages.length} code pages (${meta.counts.curated} curated), ${guides.length} guides from ${sources}`;
}
