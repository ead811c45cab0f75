import {
  explainActionCode,
  explainBetos,
  explainCoverage,
  explainPricingIndicator,
  explainTypeOfService,
  type Explanation,
} from '../cms/explain';
import type { HcpcsRecord } from '../cms/hcpcs-record';
import type { CodeLink, Explained, HcpcsFacts } from '../page-schema';

export function explained(value: string, explanation: Explanation | null): Explained {
  return { value, label: explanation?.label ?? null, meaning: explanation?.meaning ?? null };
}

/** The HCPCS release's facts about one code, each coded value with its plain-language meaning. */
export function hcpcsFacts(
  record: HcpcsRecord,
  release: string,
  notes: Record<string, string>,
  link: (code: string) => CodeLink,
): HcpcsFacts {
  return {
    release,
    longDescriptor: record.longDescription,
    shortDescriptor: record.shortDescription,
    coverage: record.coverageCode ? explained(record.coverageCode, explainCoverage(record.coverageCode)) : null,
    pricing: record.pricingIndicators.map((p) => explained(p, explainPricingIndicator(p))),
    betos: record.betos,
    betosGroup: record.betos ? explained(record.betos, explainBetos(record.betos)) : null,
    typesOfService: record.typesOfService.map((t) => explained(t, explainTypeOfService(t))),
    processingNote: record.processingNote ? { number: record.processingNote, text: notes[record.processingNote] ?? null } : null,
    addedDate: record.addedDate,
    actionEffectiveDate: record.actionEffectiveDate,
    terminationDate: record.terminationDate,
    action: record.actionCode ? explained(record.actionCode, explainActionCode(record.actionCode)) : null,
    replacements: record.xrefs.filter((x) => x !== record.code).map(link),
    chains: [],
    // The billing unit comes from the ASP file (code-pages.ts); descriptors are shown verbatim, never parsed.
    dosageUnit: null,
    statute: record.statute,
    references: coverageReferences(record),
  };
}

/**
 * The HCPCS file's coverage references, explained. CIM and MCM are the retired Coverage Issues Manual and Medicare
 * Carriers Manual: CMS moved their sections into the Internet-Only Manuals (the NCD Manual, Pub. 100-03, and the
 * Benefit Policy and Claims Processing Manuals, Pubs. 100-02 and 100-04), where they are found by their old numbers.
 */
export function coverageReferences(record: HcpcsRecord): HcpcsFacts['references'] {
  return [
    ...record.cimReferences.map((value) => ({
      kind: 'cim' as const,
      value,
      meaning: `Section ${value} of the Coverage Issues Manual, now part of the Medicare National Coverage Determinations Manual (Pub. 100-03).`,
    })),
    ...record.mcmReferences.map((value) => ({
      kind: 'mcm' as const,
      value,
      meaning: `Section ${value} of the Medicare Carriers Manual, now in the Medicare Benefit Policy and Claims Processing Manuals (Pubs. 100-02 and 100-04).`,
    })),
    ...(record.statute
      ? [{ kind: 'statute' as const, value: record.statute, meaning: `Section ${record.statute} of the Social Security Act.` }]
      : []),
  ];
}

/** Active unless the release gives a termination date that has passed. */
export function isActive(record: HcpcsRecord, today: string): boolean {
  return record.terminationDate === null || record.terminationDate >= today;
}
