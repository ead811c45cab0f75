import { formatUsd } from '@/lib/fees';
import type { ClfsFacts, OppsFacts } from '@/lib/payment-schema';
import { ExplainedTerm } from '../explained-term';
import { SubSection } from './sub-section';

export function ClfsBlock({ clfs }: { clfs: ClfsFacts }) {
  return (
    <SubSection id="clfs" title="Clinical Laboratory Fee Schedule" source={clfs.source}>
      <dl className="terms">
        {clfs.rows.map((row) => (
          <ExplainedTerm
            key={row.modifier ?? ''}
            name={`${row.modifier ? `With modifier ${row.modifier}` : 'The test'}: ${row.rate === null ? 'no national rate' : formatUsd(row.rate)}; indicator`}
            term={row.indicator}
          />
        ))}
      </dl>
    </SubSection>
  );
}

export function OppsBlock({ opps }: { opps: OppsFacts }) {
  const usd = (amount: number | null) => (amount === null ? 'none listed' : formatUsd(amount));
  return (
    <SubSection id="opps" title="Hospital outpatient (OPPS)" source={opps.source}>
      <dl className="terms">
        <ExplainedTerm name="Status indicator" term={opps.statusIndicator} />
        <dt>Payment</dt>
        <dd>
          {opps.apc === null && opps.paymentRate === null
            ? 'No APC and no payment rate in Addendum B.'
            : `APC ${opps.apc ?? 'none'}; relative weight ${opps.relativeWeight ?? 'none'}; payment rate ${usd(opps.paymentRate)}; national unadjusted copayment ${usd(opps.nationalCopayment)}; minimum unadjusted copayment ${usd(opps.minimumCopayment)}.`}
        </dd>
      </dl>
    </SubSection>
  );
}
