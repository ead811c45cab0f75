import { loadContent } from '../content/load-content';
import { siteMetaSchema, type CodeLink } from '../page-schema';
import { buildCodePages } from './code-pages';
import { guidePages } from './curated-pages';
import { writeFolderAtomically } from './write-atomic';

export type BuildOptions = {
  contentDir: string;
  outDir: string;
  hcpcsFile?: string;
  rvuFile?: string;
  gpciFile?: string;
  /** ISO date used to tell active codes from terminated ones; defaults to today. */
  today?: string;
};

/** Validates everything first, then writes the whole output folder at once. Returns a one-line summary. */
export function buildSiteData(options: BuildOptions): string {
  const content = loadContent(options.contentDir);
  const { pages, summaries } = buildCodePages(content);
  const directory = new Map(summaries.map((s): [string, CodeLink] => [s.code, { code: s.code, title: s.title, href: s.href, active: s.active }]));
  const guides = guidePages(content, directory);
  const meta = siteMetaSchema.parse({
    hcpcsRelease: null,
    feeSchedule: null,
    builtOn: options.today ?? new Date().toISOString().slice(0, 10),
    counts: { codes: pages.length, curated: content.codes.length, guides: guides.length },
  });

  const files = new Map<string, string>();
  files.set('meta.json', JSON.stringify(meta));
  files.set('code-list.json', JSON.stringify(summaries));
  files.set('guides.json', JSON.stringify(guides));
  for (const page of pages) files.set(`codes/${page.code}.json`, JSON.stringify(page));
  writeFolderAtomically(options.outDir, files);
  return `${pages.length} code pages (${content.codes.length} curated), ${guides.length} guides`;
}
