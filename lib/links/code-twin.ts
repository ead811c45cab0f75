import { API_SCHEMA_VERSION, type ApiRelease, type CodeIndex, type CodeTwin } from '../api-schema';
import type { CodePage, CodeSummary, SiteMeta } from '../page-schema';
import { SITE_URL } from '../env';
import { codeApiHref } from '../urls';

export function apiRelease(meta: SiteMeta): ApiRelease {
  return { hcpcsRelease: meta.hcpcsRelease, feeSchedule: meta.feeSchedule, builtOn: meta.builtOn };
}

function descriptorOf(page: CodePage): CodeTwin['descriptor'] {
  if (page.hcpcs) return { long: page.hcpcs.longDescriptor, short: page.hcpcs.shortDescriptor, source: page.hcpcs.release };
  if (page.descriptor && page.curated)
    return { long: page.descriptor, short: null, source: `Curated record, reviewed ${page.curated.lastReviewed}` };
  return null;
}

/** The JSON twin of a code page: the facts the page shows, each group naming the release it comes from. */
export function codeTwin(page: CodePage, meta: SiteMeta): CodeTwin {
  const { hcpcs, fees, curated } = page;
  return {
    schemaVersion: API_SCHEMA_VERSION,
    code: page.code,
    system: page.system,
    title: page.title,
    status: page.active ? 'active' : 'terminated',
    href: page.href,
    url: `${SITE_URL}${page.href}`,
    category: page.category,
    summary: curated?.summary ?? null,
    synonyms: curated?.synonyms ?? [],
    plainLanguage: curated?.plainLanguage ?? [],
    descriptor: descriptorOf(page),
    medicare: {
      hcpcs: hcpcs && {
        coverage: hcpcs.coverage,
        pricing: hcpcs.pricing,
        typesOfService: hcpcs.typesOfService,
        betos: hcpcs.betos,
        betosGroup: hcpcs.betosGroup,
        processingNote: hcpcs.processingNote,
        action: hcpcs.action,
        dosageUnit: hcpcs.dosageUnit,
        statute: hcpcs.statute,
        references: hcpcs.references,
        source: hcpcs.release,
      },
      feeSchedule: fees && {
        status: fees.status,
        payable: fees.payable,
        globalDays: fees.globalDays,
        shares: fees.shares,
        pcTc: fees.pcTc,
        multipleProcedure: fees.multipleProcedure,
        bilateral: fees.bilateral,
        assistant: fees.assistant,
        coSurgeon: fees.coSurgeon,
        teamSurgery: fees.teamSurgery,
        endoscopicBase: fees.endoscopicBase,
        supervision: fees.supervision,
        imagingFamily: fees.imagingFamily,
        oppsCap: fees.oppsCap,
        anesthesia: fees.anesthesia,
        source: fees.source,
      },
      schedules: page.schedules,
      glance: page.glance,
      disagreements: page.disagreements,
    },
    dates: hcpcs && {
      addedDate: hcpcs.addedDate,
      actionEffectiveDate: hcpcs.actionEffectiveDate,
      terminationDate: hcpcs.terminationDate,
      source: hcpcs.release,
    },
    rvu: fees && { conversionFactor: fees.conversionFactor, rows: fees.rows, source: fees.source },
    faq: curated?.faq ?? [],
    guidance: curated && {
      source: `CodeAtlas editors, reviewed ${curated.lastReviewed}`,
      lastReviewed: curated.lastReviewed,
      clinicalContext: curated.clinicalContext,
      billing: curated.billing,
      documentation: curated.documentation,
      details: curated.body,
      specialties: curated.specialties,
      sitesOfService: curated.sitesOfService,
      payerNotes: curated.payerNotes,
      modifiers: curated.modifiers,
      modifiersInstead: curated.modifiersInstead,
      sources: curated.sources,
    },
    links: {
      related: curated?.relatedCodes ?? [],
      replacements: hcpcs?.replacements ?? [],
      guides: curated?.relatedGuides ?? [],
      previous: page.neighbours.previous,
      next: page.neighbours.next,
    },
    release: apiRelease(meta),
  };
}

/** /api/codes/index.json: every code with its title and status. */
export function codeIndex(list: CodeSummary[], meta: SiteMeta): CodeIndex {
  return {
    schemaVersion: API_SCHEMA_VERSION,
    release: apiRelease(meta),
    count: list.length,
    codes: list.map((c) => ({
      code: c.code,
      system: c.system,
      title: c.title,
      status: c.active ? 'active' : 'terminated',
      href: c.href,
      api: codeApiHref(c.code),
    })),
  };
}
