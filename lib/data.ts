import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CodePage, CodeSummary, GuidePage, SiteMeta } from './page-schema';

/** The data step's output folder; pages read only from here, never from content/ or the CMS files. */
export const GENERATED_DIR = join(process.cwd(), '.generated');

const jsonCache = new Map<string, unknown>();

function readJson<T>(relative: string): T {
  if (!jsonCache.has(relative)) {
    try {
      jsonCache.set(relative, JSON.parse(readFileSync(join(GENERATED_DIR, relative), 'utf8')));
    } catch (error) {
      throw new Error(`Could not read .generated/${relative}: ${(error as Error).message}. Run "npm run data" (or "npm run build") first.`);
    }
  }
  return jsonCache.get(relative) as T;
}

export function getCodeList(): CodeSummary[] {
  return readJson<CodeSummary[]>('code-list.json');
}

/** One code's page model. The data step validated every page against codePageSchema before writing it. */
export function getCodePage(code: string): CodePage {
  const pages = readJson<Record<string, CodePage>>('code-pages.json');
  const page = Object.hasOwn(pages, code) ? pages[code] : undefined;
  if (!page) throw new Error(`No page model for code "${code}" in .generated/code-pages.json. Run "npm run data" (or "npm run build") again.`);
  return page;
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
