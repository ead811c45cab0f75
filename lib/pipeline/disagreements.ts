import type { CodePage } from '../page-schema';
import { PAYABLE_STATUSES } from './pfs-facts';

/** HCPCS pricing indicators that say the PFS prices the code: 11 (national RVUs), 12 (anesthesia base units), 13 (contractor). */
const PFS_PRICED = new Set(['11', '12', '13']);

/**
 * Where the HCPCS release and the fee-schedule release disagree about whether the PFS pays a code. Both are shown with
 * their periods; the site does not decide between them.
 */
export function disagreementsOf({ hcpcs, fees }: Pick<CodePage, 'hcpcs' | 'fees'>): CodePage['disagreements'] {
  const pricing = hcpcs?.pricing[0];
  if (!hcpcs || !fees || !pricing) return [];
  const hcpcsSaysPfs = PFS_PRICED.has(pricing.value);
  const pfsPays = PAYABLE_STATUSES.has(fees.status.value) || fees.status.value === 'C';
  const pfsHasPayment = fees.rows.some((r) => r.nonFacilityPayment !== null || r.facilityPayment !== null);
  if ((hcpcsSaysPfs && pfsPays) || (!hcpcsSaysPfs && !pfsHasPayment)) return [];
  return [
    {
      about: 'whether the Physician Fee Schedule pays this code',
      statements: [
        { source: hcpcs.release, says: `pricing indicator ${pricing.value}${pricing.label ? ` (${pricing.label})` : ''}` },
        {
          source: fees.source,
          says: `status ${fees.status.value}${fees.status.label ? ` (${fees.status.label})` : ''}${pfsHasPayment ? ', with RVUs Medicare pays from' : ''}`,
        },
      ],
    },
  ];
}
