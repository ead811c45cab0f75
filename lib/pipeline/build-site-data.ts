import { z } from 'zod';
import { codeIndexSchema, codeTwinSchema } from '../api-schema';
import { ContentValidationError } from '../content/content-error';
import { lintEditorial } from '../content/editorial-lint';
import { loadContent, type LoadedContent } from '../content/load-content';
import { loadThesaurus } from '../content/load-thesaurus';
import type { Generated } from '../data-contract';
import { codePaths } from '../links/code-paths';
import { codeIndex, codeTwin } from '../links/code-twin';
import { PUBLISHED_AT } from '../cms/publishers';
import {
  siteMetaSchema,
  type CodePage,
  type CodeSummary,
  type GuidePage,
  type LoadedFileInfo,
  type Locality,
  type SiteMeta,
} from '../page-schema';
import { buildSearchPayload } from '../search/payload';
import type { Thesaurus } from '../search/thesaurus';
import type { CmsFileNames } from '../cms/sources';
import { browseTree } from './browse';
import { checkCuratedFacts } from './check-curated-facts';
import { buildCodePages } from './code-pages';
import { guidePages } from './curated-pages';
import { localitiesOf } from './localities';
import { readCmsInputs } from './read-cms-inputs';
import { addSimilarCodes } from './similar-codes';
import { ndcTable, searchEntries } from './search-entries';
import { recoverAbandonedFolders } from './write-atomic';
import { writeGenerated } from './write-generated';

export type BuildOptions = CmsFileNames & {
  contentDir: string;
  /** ISO date used to tell active codes from terminated ones; defaults to today. */
  today?: string;
};

export type SiteModel = {
  pages: CodePage[];
  summaries: CodeSummary[];
  guides: GuidePage[];
  meta: SiteMeta;
  thesaurus: Thesaurus;
  localities: Locality[];
  dataFiles: LoadedFileInfo[];
  /** The validated records. */
  content: LoadedContent;
};

/** Reads and validates every input (content, thesaurus, CMS files) into the page models; writes nothing. */
export async function assembleSite(options: BuildOptions): Promise<SiteModel> {
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const cms = await readCmsInputs({ ...options, today });
  const catalogueCodes = new Set(
    [...(cms.hcpcs?.procedures ?? []), ...(cms.hcpcs?.modifiers ?? []), ...(cms.rvu?.rows ?? [])].map((r) => r.code),
  );
  const content = loadContent(options.contentDir, catalogueCodes);
  const problems = [...checkCuratedFacts(content.codes, cms, content.cpt.summaries), ...lintEditorial(content)];
  if (problems.length > 0) throw new ContentValidationError(problems);
  const thesaurus = loadThesaurus(`${options.contentDir}/thesaurus`);

  const { pages, summaries, link } = buildCodePages(content, cms);
  addSimilarCodes(pages, searchEntries(pages, []));
  const guides = guidePages(content, link);
  const meta = siteMetaSchema.parse({
    hcpcsRelease: cms.hcpcs?.releaseLabel ?? null,
    feeSchedule: cms.rvu?.source ?? null,
    builtOn: today,
    counts: { codes: pages.length, curated: content.codes.length, guides: guides.length, cptSummaries: content.cpt.summaries.length },
  });
  const dataFiles = cms.files.map(({ publisher, ...file }) => ({ ...file, ...PUBLISHED_AT[publisher] }));
  return {
    pages,
    summaries,
    guides,
    meta,
    thesaurus,
    localities: localitiesOf(cms.gpci ?? [], cms.localityCounties, cms.anesthesiaCf?.rows ?? null),
    dataFiles,
    content,
  };
}

/** The data step: assembles the site, then writes the whole output folder at once. Returns a one-line summary. */
export async function buildSiteData(options: BuildOptions & { outDir: string }): Promise<string> {
  recoverAbandonedFolders(options.outDir);
  const { pages, summaries, guides, meta, thesaurus, localities, dataFiles, content } = await assembleSite(options);
  const cptRanges = content.cpt.ranges;
  const browse = browseTree(summaries, pages, cptRanges);
  // a CPT code's range may have no page of its own: link to the page that shows it
  for (const page of pages)
    if (page.cpt?.place) page.cpt.place.range.href = browse.folded[page.cpt.place.range.href] ?? page.cpt.place.range.href;
  const output: Generated = {
    meta,
    codeList: summaries,
    codePages: Object.fromEntries(pages.map((page) => [page.code, page])),
    guides,
    browse,
    dataFiles,
    localities,
    codePaths: codePaths(summaries, browse.folded),
    searchIndex: buildSearchPayload(searchEntries(pages, guides), thesaurus),
    ndcIndex: ndcTable(pages),
    codeIndex: codeIndex(summaries, meta),
    codeTwinJsonSchema: z.toJSONSchema(codeTwinSchema),
    codeIndexJsonSchema: z.toJSONSchema(codeIndexSchema),
  };
  writeGenerated(
    options.outDir,
    output,
    pages.map((page) => codeTwin(page, meta)),
  );
  const sources = [meta.hcpcsRelease, meta.feeSchedule].filter(Boolean).join(' + ') || 'content only';
  return `${pages.length} code pages (${meta.counts.curated} curated), ${guides.length} guides from ${sources}`;
}
