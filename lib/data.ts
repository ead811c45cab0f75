import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { codePageSchema, type CodePage, type CodeSummary, type GuidePage, type SiteMeta } from './page-schema';


/** The data step's output folder; pages read only from here, never from content/ or the CMS files. */
export const GENERATED_DIR = join(process.cwd(), '.generated');

const cache = new Map<string, unknown>();

function readJson<T>(relative: string): T {
  if (!cache.has(relative)) {
    try {
      cache.set(relative, JSON.parse(readFileSync(join(GENERATED_DIR, relative), 'utf8')));
    } catch (error) {
      throw new Error(`Could not read .generated/${relative}: ${(error as Error).message}. Run "npm run data" (or "npm run build") first.`);
    }
  }
  return cache.get(relative) as T;
}

export function getCodeList(): CodeSummary[] {
  return readJson<CodeSummary[]>('code-list.json');
}

export function getCodePage(code: string): CodePage {
  // Not cached: there are thousands, and each is read once per export.
  return codePageSchema.parse(JSON.parse(readFileSync(join(GENERATED_DIR, 'codes', `${code}.json`), 'utf8')));
}

export function getGuides(): GuidePage[] {
  return readJson<GuidePage[]>('guides.json');
}

export function getGuide(slug: string): GuidePage | undefined {
  return getGuides().find((guide) => guide.slug === slug);
}

export function getSiteMeta(): SiteMeta {
  return readJson<SiteMeta>('meta.json');
}
