import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cache } from 'react';
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

/** One code's page model; React's per-render cache lets metadata and page share a single read. */
export const getCodePage = cache((code: string): CodePage => {
  // The data step validated every page against codePageSchema before writing it.
  return JSON.parse(readFileSync(join(GENERATED_DIR, 'codes', `${code}.json`), 'utf8')) as CodePage;
});

export function getGuides(): GuidePage[] {
  return readJson<GuidePage[]>('guides.json');
}

export function getGuide(slug: string): GuidePage | undefined {
  return getGuides().find((guide) => guide.slug === slug);
}

export function getSiteMeta(): SiteMeta {
  return readJson<SiteMeta>('meta.json');
}
