import type { HcpcsRelease } from '../cms/read-release';
import type { RvuRow } from '../cms/read-rvu';
import type { CodeSystem } from '../codes/patterns';
import type { LoadedContent } from '../content/load-content';
import type { CodeLink, CodePage, CodeSummary } from '../page-schema';
import { categoryOf } from '../codes/category';
import { codeHref } from '../urls';
import { catalogueTitle, feeFacts, hcpcsFacts, isActive } from './cms-facts';
import { curatedSection, type LinkTo } from './curated-pages';

export type CatalogueInputs = {
  hcpcs: HcpcsRelease | null;
  rvu: { rows: RvuRow[]; source: string } | null;
  /** ISO date that decides whether a terminated code is still active. */
  today: string;
};

export function byCode(a: { code: string }, b: { code: string }): number {
  return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
}

function groupRvu(rows: RvuRow[]): Map<string, RvuRow[]> {
  const byCodeMap = new Map<string, RvuRow[]>();
  for (const row of rows) {
    const list = byCodeMap.get(row.code);
    if (list) list.push(row);
    else byCodeMap.set(row.code, [row]);
  }
  return byCodeMap;
}

/**
 * One page model per code: every HCPCS procedure and modifier in the release, plus every curated record.
 * Curated fields win where they overlap; CPT codes get pages only when curated (their descriptors are AMA copyright).
 */
export function buildCodePages(
  content: LoadedContent,
  cms: CatalogueInputs,
): { pages: CodePage[]; summaries: CodeSummary[]; link: LinkTo } {
  const records = new Map([...(cms.hcpcs?.procedures ?? []), ...(cms.hcpcs?.modifiers ?? [])].map((r) => [r.code, r]));
  const curated = new Map(content.codes.map((c) => [c.code, c]));
  const rvu = groupRvu(cms.rvu?.rows ?? []);

  const directory = new Map<string, CodeLink & { system: CodeSystem }>();
  for (const record of records.values()) {
    const system: CodeSystem = record.kind === 'modifier' ? 'modifier' : 'hcpcs';
    directory.set(record.code, {
      code: record.code,
      system,
      title: catalogueTitle(record),
      href: codeHref(record.code, system),
      active: isActive(record, cms.today),
    });
  }
  for (const record of content.codes) {
    const existing = directory.get(record.code);
    directory.set(record.code, {
      code: record.code,
      system: record.system,
      title: record.title,
      href: codeHref(record.code, record.system),
      active: existing?.active ?? true,
    });
  }
  const link = (code: string): CodeLink => {
    const entry = directory.get(code);
    return entry ? { code, title: entry.title, href: entry.href, active: entry.active } : { code, title: code, href: null, active: true };
  };

  const sorted = [...directory.values()].sort(byCode);
  const pages = sorted.map((entry): CodePage => {
    const record = records.get(entry.code);
    const curatedRecord = curated.get(entry.code);
    const fees = cms.rvu ? feeFacts(rvu.get(entry.code) ?? [], cms.rvu.source) : null;
    return {
      code: entry.code,
      system: entry.system,
      href: entry.href!,
      title: entry.title,
      active: entry.active,
      category: categoryOf(entry.code, entry.system),
      descriptor: record ? null : (curatedRecord?.descriptor ?? null),
      curated: curatedRecord ? curatedSection(curatedRecord, link, content.guides) : null,
      hcpcs: record && cms.hcpcs ? hcpcsFacts(record, cms.hcpcs.releaseLabel, cms.hcpcs.notes, link) : null,
      fees,
      neighbours: { previous: null, next: null },
    };
  });
  for (const system of ['hcpcs', 'cpt', 'modifier'] as const) {
    const inSystem = pages.filter((p) => p.system === system);
    inSystem.forEach((page, i) => {
      const previous = inSystem[i - 1];
      const next = inSystem[i + 1];
      page.neighbours = { previous: previous ? link(previous.code) : null, next: next ? link(next.code) : null };
    });
  }
  const summaries = pages.map((p) => ({
    code: p.code,
    system: p.system,
    title: p.title,
    href: p.href,
    active: p.active,
    curated: curated.has(p.code),
  }));
  return { pages, summaries, link };
}
