import type { LoadedContent } from '../content/load-content';
import type { CodeLink, CodePage, CodeSummary } from '../page-schema';
import { codeHref } from '../urls';
import { categoryOf } from '../browse';
import { curatedSection, type CodeDirectory } from './curated-pages';

/** Sort order of codes within a system: by code, as CMS lists them. */
export function byCode(a: { code: string }, b: { code: string }): number {
  return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
}

/** Builds one page model per code from the curated records (catalogue facts are merged in by merge-catalogue). */
export function buildCodePages(content: LoadedContent, base: CodePage[] = []): { pages: CodePage[]; summaries: CodeSummary[] } {
  const pages = new Map(base.map((p) => [p.code, p]));
  for (const record of content.codes) {
    const existing = pages.get(record.code);
    pages.set(record.code, {
      code: record.code,
      system: record.system,
      href: codeHref(record.code, record.system),
      title: record.title,
      active: existing?.active ?? true,
      category: existing?.category ?? categoryOf(record.code, record.system),
      descriptor: existing?.hcpcs ? null : (record.descriptor ?? null),
      curated: null,
      hcpcs: existing?.hcpcs ?? null,
      fees: existing?.fees ?? null,
      neighbours: { previous: null, next: null },
    });
  }
  const directory: CodeDirectory = new Map([...pages.values()].map((p): [string, CodeLink] => [p.code, { code: p.code, title: p.title, href: p.href, active: p.active }]));
  for (const record of content.codes) {
    pages.get(record.code)!.curated = curatedSection(record, directory, content.guides);
  }
  const sorted = [...pages.values()].sort(byCode);
  for (const system of ['hcpcs', 'cpt', 'modifier'] as const) {
    const inSystem = sorted.filter((p) => p.system === system);
    inSystem.forEach((page, i) => {
      const link = (p: CodePage | undefined) => (p ? directory.get(p.code)! : null);
      page.neighbours = { previous: link(inSystem[i - 1]), next: link(inSystem[i + 1]) };
    });
  }
  const curatedCodes = new Set(content.codes.map((c) => c.code));
  const summaries = sorted.map((p) => ({ code: p.code, system: p.system, title: p.title, href: p.href, active: p.active, curated: curatedCodes.has(p.code) }));
  return { pages: sorted, summaries };
}
