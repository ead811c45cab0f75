import { dosageUnit } from '../cms/dosage';
import {
  explainActionCode,
  explainCoverage,
  explainGlobalDays,
  explainPcTc,
  explainPfsStatus,
  explainPricingIndicator,
  explainTypeOfService,
  type Explanation,
} from '../cms/explain';
import type { HcpcsRecord } from '../cms/hcpcs-record';
import type { RvuRow } from '../cms/read-rvu';
import type { CodeLink, Explained, FeeFacts, HcpcsFacts } from '../page-schema';

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
    typesOfService: record.typesOfService.map((t) => explained(t, explainTypeOfService(t))),
    processingNote: record.processingNote ? { number: record.processingNote, text: notes[record.processingNote] ?? null } : null,
    addedDate: record.addedDate,
    actionEffectiveDate: record.actionEffectiveDate,
    terminationDate: record.terminationDate,
    action: record.actionCode ? explained(record.actionCode, explainActionCode(record.actionCode)) : null,
    replacements: record.xrefs.filter((x) => x !== record.code).map(link),
    dosageUnit: record.kind === 'procedure' ? dosageUnit(record.longDescription) : null,
    statute: record.statute,
  };
}

/** The fee-schedule facts for one code: its RVU rows (global, 26, TC, 53) and what its indicators mean. */
export function feeFacts(rows: RvuRow[], source: string): FeeFacts | null {
  const global = rows.find((r) => r.modifier === '') ?? rows[0];
  if (!global) return null;
  return {
    source,
    status: explained(global.status, explainPfsStatus(global.status)),
    globalDays: explained(global.globalDays, explainGlobalDays(global.globalDays)),
    pcTc: explained(global.pctcIndicator, explainPcTc(global.pctcIndicator)),
    conversionFactor: global.conversionFactor,
    rows: rows.map((r) => ({
      modifier: r.modifier,
      work: r.workRvu,
      nonFacilityPe: r.nonFacilityPeRvu,
      facilityPe: r.facilityPeRvu,
      malpractice: r.mpRvu,
      nonFacilityTotal: r.nonFacilityTotal,
      facilityTotal: r.facilityTotal,
      nonFacilityNa: r.nonFacilityNaIndicator,
      facilityNa: r.facilityNaIndicator,
    })),
  };
}

/** Active unless the release gives a termination date that has passed. */
export function isActive(record: HcpcsRecord, today: string): boolean {
  return record.terminationDate === null || record.terminationDate >= today;
}

/** A catalogue title: the long descriptor, cut at a word boundary when it is very long. */
export function catalogueTitle(record: HcpcsRecord): string {
  const text = record.longDescription;
  if (text.length <= 120) return text;
  const cut = text.slice(0, 117);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 60 ? cut.lastIndexOf(' ') : 117).replace(/[,;:\s]+$/, '')}…`;
}
