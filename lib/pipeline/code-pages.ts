import type { RvuRow } from '../cms/read-rvu';
import type { CodeSystem } from '../codes/patterns';
import type { LoadedContent } from '../content/load-content';
import type { CuratedCptSummary } from '../content/load-cpt';
import type { CodeLink, CodePage, CodeSummary } from '../page-schema';
import { categoryOf } from '../codes/category';
import { CPT_PATTERN } from '../codes/patterns';
import { cptPlacer } from './cpt-placement';
import { codeHref } from '../urls';
import { hcpcsFacts, isActive } from './cms-facts';
import { curatedSection, type LinkTo } from './curated-pages';
import { disagreementsOf } from './disagreements';
import { replacementChains } from './replacement-chains';
import { glanceOf } from './glance';
import { feeFacts, oppsCapOf } from './pfs-facts';
import type { CmsInputs } from './read-cms-inputs';
import { aspFacts, byCodeOf, clfsFacts, dmeposFacts, oppsFacts } from './schedule-facts';

const summaryOf = (s: CuratedCptSummary | undefined) => (s ? { text: s.summary, terms: s.terms, lastReviewed: s.lastReviewed } : null);

export function byCode(a: { code: string }, b: { code: string }): number {
  return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
}

/**
 * One page model per code: every HCPCS procedure and modifier in the release, plus every curated record.
 * Curated fields win where they overlap; CPT codes get pages only when curated (their descriptors are AMA copyright).
 */
export function buildCodePages(content: LoadedContent, cms: CmsInputs): { pages: CodePage[]; summaries: CodeSummary[]; link: LinkTo } {
  const records = new Map([...(cms.hcpcs?.procedures ?? []), ...(cms.hcpcs?.modifiers ?? [])].map((r) => [r.code, r]));
  const curated = new Map(content.codes.map((c) => [c.code, c]));
  const rvu = byCodeOf<RvuRow>(cms.rvu?.rows);
  const dmepos = byCodeOf(cms.dmepos?.rows);
  const ndc = byCodeOf(cms.ndc?.rows);
  const clfs = byCodeOf(cms.clfs?.rows);
  const opps = new Map((cms.opps?.rows ?? []).map((r) => [r.code, r]));
  const oppsCap = byCodeOf(cms.oppsCap?.rows);
  const localities = new Set((cms.gpci ?? []).map((g) => `${g.mac}-${g.locality}`));
  const modifierLabels = new Map((cms.hcpcs?.modifiers ?? []).map((m) => [m.code, m.longDescription]));

  const directory = new Map<string, CodeLink & { system: CodeSystem }>();
  for (const record of records.values()) {
    const system: CodeSystem = record.kind === 'modifier' ? 'modifier' : 'hcpcs';
    directory.set(record.code, {
      code: record.code,
      system,
      // the whole long descriptor, never shortened: the words at its end can be what tells two codes apart
      title: record.longDescription,
      href: codeHref(record.code, system),
      active: isActive(record, cms.today),
    });
  }
  // Every CPT code in the fee schedule files gets a page. Its title is ours: an editor's, else its range's name.
  const place = cptPlacer(content.cpt.ranges);
  const cptSummaries = new Map(content.cpt.summaries.map((s) => [s.code, s]));
  const cptCodes = new Set(
    [...(cms.rvu?.rows ?? []), ...(cms.opps?.rows ?? []), ...(cms.clfs?.rows ?? [])]
      .map((r) => r.code)
      .filter((code) => CPT_PATTERN.test(code)),
  );
  for (const code of cptCodes) {
    directory.set(code, {
      code,
      system: 'cpt',
      title: cptSummaries.get(code)?.title ?? place(code)?.range.name ?? `CPT code ${code}`,
      href: codeHref(code, 'cpt'),
      active: true,
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
    const cap = cms.oppsCap ? oppsCapOf(oppsCap.get(entry.code), localities, cms.oppsCap.source) : null;
    const anesthesia = cms.anesthesiaCf ? { national: cms.anesthesiaCf.rows.national, source: cms.anesthesiaCf.source } : null;
    const fees = cms.rvu ? feeFacts(rvu.get(entry.code) ?? [], cms.rvu.source, { oppsCap: cap, anesthesia, link }) : null;
    const hcpcs =
      record && cms.hcpcs
        ? { ...hcpcsFacts(record, cms.hcpcs.releaseLabel, cms.hcpcs.notes, link), chains: replacementChains(record, records, link) }
        : null;
    const schedules = {
      dmepos: cms.dmepos ? dmeposFacts(dmepos.get(entry.code), cms.dmepos.source, (m) => modifierLabels.get(m) ?? null) : null,
      asp: cms.asp ? aspFacts(entry.code, cms.asp.rows, ndc.get(entry.code), cms.ndc?.source ?? null) : null,
      clfs: cms.clfs ? clfsFacts(clfs.get(entry.code), cms.clfs.source) : null,
      opps: cms.opps ? oppsFacts(opps.get(entry.code), cms.opps.source) : null,
    };
    if (hcpcs && schedules.asp)
      hcpcs.dosageUnit = schedules.asp.current?.dosage ?? schedules.asp.history.findLast((h) => h.dosage)?.dosage ?? null;
    const disagreements = disagreementsOf({ hcpcs, fees });
    return {
      code: entry.code,
      system: entry.system,
      href: entry.href!,
      title: entry.title,
      active: entry.active,
      category:
        entry.system === 'cpt' && place(entry.code)
          ? { label: place(entry.code)!.section.name, href: place(entry.code)!.section.href }
          : categoryOf(entry.code, entry.system),
      descriptor: record ? null : (curatedRecord?.descriptor ?? null),
      curated: curatedRecord ? curatedSection(curatedRecord, link, content.guides) : null,
      hcpcs,
      fees,
      schedules,
      disagreements,
      glance: glanceOf({ hcpcs, fees, schedules, disagreements }),
      cpt:
        entry.system === 'cpt'
          ? {
              place: place(entry.code),
              summary: summaryOf(cptSummaries.get(entry.code)),
            }
          : null,
      similar: [],
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
