import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cmsFileNames } from '@/lib/cms/sources';
import { buildSiteData } from '@/lib/pipeline/build-site-data';
import { codePageSchema, siteMetaSchema, type CodePage, type CodeSummary, type SiteMeta } from '@/lib/page-schema';

export type CuratedSite = { list: CodeSummary[]; meta: SiteMeta; page: (code: string) => CodePage };

let built: Promise<CuratedSite> | undefined;

/** Runs the data step on content/ and the committed CMS files into a temporary folder and reads the result (once per test file). */
export function buildCuratedSite(): Promise<CuratedSite> {
  built ??= build();
  return built;
}

async function build(): Promise<CuratedSite> {
  const dir = mkdtempSync(join(tmpdir(), 'links-'));
  try {
    await buildSiteData({ contentDir: 'content', outDir: dir, ...cmsFileNames(), today: '2026-01-15' });
    const read = (file: string) => JSON.parse(readFileSync(join(dir, file), 'utf8'));
    const list: CodeSummary[] = read('code-list.json');
    const models: Record<string, unknown> = read('code-pages.json');
    const pages = new Map(list.map((c) => [c.code, codePageSchema.parse(models[c.code])]));
    return { list, meta: siteMetaSchema.parse(read('meta.json')), page: (code) => pages.get(code)! };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
