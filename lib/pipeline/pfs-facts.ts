import {
  explainAssistant,
  explainBilateral,
  explainCoSurgeon,
  explainGlobalDays,
  explainImagingFamily,
  explainMultipleProcedure,
  explainPcTc,
  explainPfsStatus,
  explainSupervision,
  explainTeamSurgery,
} from '../cms/explain';
import type { OppsCapRow } from '../cms/read-opps-cap';
import type { RvuRow } from '../cms/read-rvu';
import { nationalPayment } from '../fees';
import type { CodeLink, FeeFacts } from '../page-schema';
import type { OppsCap } from '../payment-schema';
import { explained } from './cms-facts';

/** The RVU file documentation ("Status Code"): "Only RVUs associated with status codes of A, R, or T are used for Medicare payment." */
export const PAYABLE_STATUSES: ReadonlySet<string> = new Set(['A', 'R', 'T']);

/** Whether Medicare pays from this row's RVUs: a payable status, and not marked "+" (not used for Medicare payment). */
export function paysFromRvus(row: RvuRow): boolean {
  return PAYABLE_STATUSES.has(row.status) && !row.notUsedForPayment;
}

/** The national payment of one setting of a row, or null where CMS marks it NA or Medicare does not pay from it. */
function payment(row: RvuRow, total: number, na: boolean): number | null {
  return paysFromRvus(row) && !na && total > 0 ? nationalPayment(total, row.conversionFactor) : null;
}

/** The OPPS cap rows of one code, by row and by locality: [facility cap, non-facility cap]. */
export function oppsCapOf(rows: OppsCapRow[] | undefined, localities: ReadonlySet<string>, source: string): OppsCap | null {
  if (!rows?.length) return null;
  const byRow: OppsCap['rows'] = {};
  for (const row of rows) {
    // CMS lists a few localities under both MACs that serve them; the GPCI file names the one Medicare pays by.
    if (!localities.has(row.locality)) continue;
    (byRow[row.modifier] ??= {})[row.locality] = [row.facility, row.nonFacility];
  }
  return Object.keys(byRow).length ? { source, rows: byRow } : null;
}

/** The fee-schedule facts for one code: its RVU rows (global, 26, TC, 53), national payments and what its indicators mean. */
export function feeFacts(
  rows: RvuRow[],
  source: string,
  extra: { oppsCap: OppsCap | null; anesthesia: { national: number; source: string } | null; link: (code: string) => CodeLink },
): FeeFacts | null {
  const global = rows.find((r) => r.modifier === '') ?? rows[0];
  if (!global) return null;
  const hasShares = global.preOp + global.intraOp + global.postOp > 0;
  return {
    source,
    status: explained(global.status, explainPfsStatus(global.status)),
    payable: paysFromRvus(global),
    globalDays: explained(global.globalDays, explainGlobalDays(global.globalDays)),
    shares: hasShares ? { preOp: global.preOp, intraOp: global.intraOp, postOp: global.postOp } : null,
    pcTc: explained(global.pctcIndicator, explainPcTc(global.pctcIndicator)),
    multipleProcedure: explained(global.multipleProcedure, explainMultipleProcedure(global.multipleProcedure)),
    bilateral: explained(global.bilateralSurgery, explainBilateral(global.bilateralSurgery)),
    assistant: explained(global.assistantSurgery, explainAssistant(global.assistantSurgery)),
    coSurgeon: explained(global.coSurgery, explainCoSurgeon(global.coSurgery)),
    teamSurgery: explained(global.teamSurgery, explainTeamSurgery(global.teamSurgery)),
    endoscopicBase: global.endoBase ? extra.link(global.endoBase) : null,
    supervision: explained(global.physicianSupervision, explainSupervision(global.physicianSupervision)),
    imagingFamily: explained(global.imagingFamily, explainImagingFamily(global.imagingFamily)),
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
      nonFacilityPayment: payment(r, r.nonFacilityTotal, r.nonFacilityNaIndicator),
      facilityPayment: payment(r, r.facilityTotal, r.facilityNaIndicator),
    })),
    oppsCap: extra.oppsCap,
    anesthesia: global.status === 'J' ? extra.anesthesia : null,
  };
}
