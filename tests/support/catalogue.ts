/**
 * The catalogue that search tests and the benchmark measure: the product's own data step over the CMS
 * files in ../shared/data (read in place) and content/, so what is measured is what users search.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assembleSite, type SiteModel } from '@/lib/build/build-site-data';
import { searchEntries } from '@/lib/build/search-entries';
import type { SearchEntry } from '@/lib/search/types';
import { SHARED_DATA } from './shared-data';

export const QUERIES_JSON = join(SHARED_DATA, '../search-eval/queries.json');

let site: Promise<SiteModel> | undefined;

/** The full site model (cached per process), built from the January 2026 HCPCS file and the CY2025 RVU file. */
export function fullSite(): Promise<SiteModel> {
  site ??= assembleSite({
    contentDir: 'content',
    hcpcsFile: join(SHARED_DATA, 'hcpcs/raw/HCPC2026_JAN_ANWEB_01122026.txt.gz'),
    rvuFile: join(SHARED_DATA, 'rvu/pprrvu_2025_jan.csv'),
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
