/**
 * The catalogue that search tests and the benchmark measure: the product's own data step over the committed CMS
 * files and content/, so what is measured is what users search.
 */
import { existsSync, readFileSync } from 'node:fs';
import { cmsFileNames } from '@/lib/cms/sources';
import { env } from '@/lib/env';
import { assembleSite, type SiteModel } from '@/lib/pipeline/build-site-data';
import { searchEntries } from '@/lib/pipeline/search-entries';
import type { SearchEntry } from '@/lib/search/types';
/** The public search set: SEARCH_EVAL_FILE, else the team's shared copy beside the repo, else the copy committed here. */
export const QUERIES_JSON =
  env.SEARCH_EVAL_FILE ?? ['../shared/search-eval/queries.json', 'tests/fixtures/search-eval/queries.json'].find((f) => existsSync(f))!;

let site: Promise<SiteModel> | undefined;

/** The full site model (cached per process), built from the committed CMS files. */
export function fullSite(): Promise<SiteModel> {
  site ??= assembleSite({
    contentDir: 'content',
    ...cmsFileNames(),
    today: '2026-11-23',
  });
  return site;
}

/** Search entries for every code page and guide, as the data step indexes them. */
export async function catalogueEntries(options: { guides?: boolean } = {}): Promise<SearchEntry[]> {
  const { pages, guides } = await fullSite();
  return searchEntries(pages, options.guides === false ? [] : guides);
}

export type EvalQuery = { kind: string; q: string; expect: string[]; k: number };

export function loadEvalQueries(file = QUERIES_JSON): EvalQuery[] {
  return (JSON.parse(readFileSync(file, 'utf8')) as { queries: EvalQuery[] }).queries;
}
