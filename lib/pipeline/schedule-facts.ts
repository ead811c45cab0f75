import { explainClfsIndicator, explainDmeposCategory, explainDmeposJurisdiction, explainOppsStatus } from '../cms/explain';
import type { AspQuarter } from '../cms/read-asp';
import type { ClfsRow } from '../cms/read-clfs';
import type { DmeposRow } from '../cms/read-dmepos';
import type { NdcRow } from '../cms/read-ndc-crosswalk';
import type { OppsRow } from '../cms/read-opps';
import type { AspFacts, ClfsFacts, DmeposFacts, OppsFacts } from '../payment-schema';
import { explained } from './cms-facts';

/** Groups rows by their code, keeping file order. */
export function byCodeOf<T extends { code: string }>(rows: readonly T[] | undefined): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows ?? []) {
    const list = map.get(row.code);
    if (list) list.push(row);
    else map.set(row.code, [row]);
  }
  return map;
}

/** The lowest and highest non-rural fee across the states, with the states that have each; null when no state has one. */
function stateRange(fees: DmeposRow['fees']): NonNullable<DmeposFacts['rows'][number]['range']> | null {
  const entries = Object.entries(fees).flatMap(([state, [nonRural]]) => (nonRural === null ? [] : [[state, nonRural] as const]));
  if (entries.length === 0) return null;
  const min = Math.min(...entries.map(([, fee]) => fee));
  const max = Math.max(...entries.map(([, fee]) => fee));
  return {
    min,
    minStates: entries.filter(([, f]) => f === min).map(([s]) => s),
    max,
    maxStates: entries.filter(([, f]) => f === max).map(([s]) => s),
  };
}

/** DMEPOS fee schedule facts: one row per pricing-modifier combination, with what each modifier means. */
export function dmeposFacts(
  rows: DmeposRow[] | undefined,
  source: string,
  modifierLabel: (code: string) => string | null,
): DmeposFacts | null {
  const first = rows?.[0];
  if (!rows || !first) return null;
  return {
    source,
    category: explained(first.category, explainDmeposCategory(first.category)),
    jurisdiction: explained(first.jurisdiction, explainDmeposJurisdiction(first.jurisdiction)),
    rows: rows.map((row) => ({
      modifiers: row.modifiers.map((code) => ({ code, label: modifierLabel(code) })),
      ceiling: row.ceiling,
      floor: row.floor,
      range: stateRange(row.fees),
      fees: row.fees,
    })),
  };
}

const DAY = new Intl.DateTimeFormat('en-US', { month: 'long', day: 'numeric', year: 'numeric', timeZone: 'UTC' });
const day = (iso: string) => DAY.format(new Date(`${iso}T00:00:00Z`));

/** ASP facts: the latest quarter's limit, every quarter's limit for the chart, and the NDCs that bill under the code. */
export function aspFacts(
  code: string,
  quarters: AspQuarter[] | undefined,
  ndcs: NdcRow[] | undefined,
  ndcSource: string | null,
): AspFacts | null {
  const history = (quarters ?? []).map((quarter) => {
    const row = quarter.rows.find((r) => r.code === code);
    return { quarter: quarter.quarter, from: quarter.from, to: quarter.to, dosage: row?.dosage ?? null, limit: row?.limit ?? null };
  });
  const latest = quarters?.at(-1);
  if (!latest || (history.every((h) => h.dosage === null) && !ndcs?.length)) return null;
  const row = latest.rows.find((r) => r.code === code);
  return {
    source: `ASP payment limits, ${latest.quarter} (${day(latest.from)} – ${day(latest.to)})`,
    current: row ? { dosage: row.dosage, limit: row.limit, coinsurance: row.coinsurance, note: row.note } : null,
    history,
    ndcs: (ndcs ?? []).map(({ ndc, labeler, drugName, packageSize, packageQuantity, billingUnitsPerPackage }) => ({
      ndc,
      labeler,
      drugName,
      packageSize,
      packageQuantity,
      billingUnitsPerPackage,
    })),
    ndcSource: ndcs?.length ? ndcSource : null,
  };
}

export function clfsFacts(rows: ClfsRow[] | undefined, source: string): ClfsFacts | null {
  if (!rows?.length) return null;
  return {
    source,
    rows: rows.map((r) => ({
      modifier: r.modifier,
      rate: r.rate,
      indicator: explained(r.indicator, explainClfsIndicator(r.indicator)),
      effectiveDate: r.effectiveDate,
    })),
  };
}

export function oppsFacts(row: OppsRow | undefined, source: string): OppsFacts | null {
  if (!row) return null;
  return {
    source,
    statusIndicator: explained(row.statusIndicator, explainOppsStatus(row.statusIndicator)),
    apc: row.apc,
    relativeWeight: row.relativeWeight,
    paymentRate: row.paymentRate,
    nationalCopayment: row.nationalCopayment,
    minimumCopayment: row.minimumCopayment,
  };
}
