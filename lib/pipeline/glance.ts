import { formatUsd } from '../fees';
import type { CodePage, Glance } from '../page-schema';

type Parts = Pick<CodePage, 'hcpcs' | 'fees' | 'schedules'> & { disagreements?: CodePage['disagreements'] };
type Figure = Glance['figures'][number];

const STATE_LIST = (states: string[]) =>
  states.length > 3 ? `${states.slice(0, 3).join(', ')} and ${states.length - 3} more` : states.join(', ');

/** Medicare coverage in plain words: the HCPCS coverage code, else what the PFS status says about coverage. */
function coverage({ hcpcs, fees }: Parts): string | null {
  if (hcpcs?.coverage?.label) return `${hcpcs.coverage.label}. ${hcpcs.coverage.meaning ?? ''}`.trim();
  const status = fees?.status.value;
  if (status && ['N', 'I', 'B', 'M', 'R'].includes(status) && fees?.status.label)
    return `${fees.status.label}. ${fees.status.meaning ?? ''}`.trim();
  return null;
}

function figures({ fees, schedules }: Parts): Figure[] {
  const out: Figure[] = [];
  const global = fees?.rows.find((r) => r.modifier === '');
  if (fees && global && (global.nonFacilityPayment !== null || global.facilityPayment !== null)) {
    const office = global.nonFacilityPayment;
    out.push({
      schedule: 'pfs',
      label: office !== null ? 'Physician Fee Schedule, office (national)' : 'Physician Fee Schedule, facility (national)',
      amount: office ?? global.facilityPayment,
      unit: null,
      note: office !== null && global.facilityPayment !== null ? `${formatUsd(global.facilityPayment)} in a facility` : null,
      anchor: 'rvu',
    });
  }
  const asp = schedules.asp?.current;
  if (asp && asp.limit !== null) {
    out.push({
      schedule: 'asp',
      label: 'Part B drug payment limit (ASP)',
      amount: asp.limit,
      unit: `per ${asp.dosage}`,
      note: null,
      anchor: 'asp',
    });
  }
  for (const row of schedules.dmepos?.rows ?? []) {
    if (!row.range) continue;
    const modifiers = row.modifiers.map((m) => m.code).join('-');
    const note =
      row.range.min === row.range.max
        ? 'the same in every state'
        : `from ${formatUsd(row.range.min)} (${STATE_LIST(row.range.minStates)}) to ${formatUsd(row.range.max)} (${STATE_LIST(row.range.maxStates)}), non-rural`;
    out.push({
      schedule: 'dmepos',
      label: `DMEPOS fee schedule${modifiers ? `, ${modifiers}` : ''}`,
      amount: row.range.min === row.range.max ? row.range.min : null,
      unit: null,
      note,
      anchor: 'dmepos',
    });
  }
  for (const row of schedules.clfs?.rows ?? []) {
    if (row.rate === null || row.modifier !== null) continue;
    out.push({
      schedule: 'clfs',
      label: 'Clinical Laboratory Fee Schedule (national)',
      amount: row.rate,
      unit: null,
      note: null,
      anchor: 'clfs',
    });
  }
  const opps = schedules.opps;
  if (opps?.paymentRate)
    out.push({
      schedule: 'opps',
      label: 'Hospital outpatient (OPPS)',
      amount: opps.paymentRate,
      unit: null,
      note: opps.apc ? `APC ${opps.apc}` : null,
      anchor: 'opps',
    });
  return out;
}

/** Who prices a code no loaded schedule gives a figure for: the HCPCS pricing indicator, else the PFS status. */
function unpriced({ hcpcs, fees, schedules, disagreements }: Parts): string {
  const disagreement = disagreements?.[0];
  if (disagreement) {
    return `The releases disagree about ${disagreement.about}: ${disagreement.statements.map((s) => `${s.source} gives ${s.says}`).join('; ')}. This site shows no figure until they agree.`;
  }
  const pricing = hcpcs?.pricing[0];
  if (pricing?.label) return `${pricing.label} (HCPCS pricing indicator ${pricing.value}). ${pricing.meaning ?? ''}`.trim();
  if (fees?.status.label) return `${fees.status.label} (PFS status ${fees.status.value}). ${fees.status.meaning ?? ''}`.trim();
  if (schedules.opps?.statusIndicator.label)
    return `${schedules.opps.statusIndicator.label} (OPPS status ${schedules.opps.statusIndicator.value}).`;
  return 'None of the CMS fee files loaded into this build gives a price for this code.';
}

export function glanceOf(parts: Parts): Glance {
  const { hcpcs, fees, schedules } = parts;
  const releases = [
    hcpcs?.release,
    fees?.source,
    schedules.dmepos?.source,
    schedules.asp?.source,
    schedules.clfs?.source,
    schedules.opps?.source,
  ].filter((r): r is string => Boolean(r));
  const years = [...new Set(releases.flatMap((r) => r.match(/20\d{2}/g) ?? []))].sort();
  const found = figures(parts);
  return {
    coverage: coverage(parts),
    figures: found,
    unpriced: found.length === 0 ? unpriced(parts) : null,
    releases,
    mixedYears:
      years.length > 1
        ? `These facts come from CMS releases of different years (${new Intl.ListFormat('en', { type: 'conjunction' }).format(years)}); each figure is labelled with the release it comes from.`
        : null,
  };
}
