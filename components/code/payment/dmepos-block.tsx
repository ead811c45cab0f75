import { formatUsd } from '@/lib/fees';
import type { DmeposFacts } from '@/lib/payment-schema';
import { Island } from '../../islands/island';
import { ExplainedTerm } from '../explained-term';
import { SubSection } from './sub-section';

const usd = (amount: number | null) => (amount === null ? 'none' : formatUsd(amount));
const rowName = (row: DmeposFacts['rows'][number]) => row.modifiers.map((m) => m.code).join('-') || 'No modifier';

export function DmeposBlock({ dmepos }: { dmepos: DmeposFacts }) {
  return (
    <SubSection id="dmepos" title="DMEPOS fee schedule" source={dmepos.source}>
      <div className="table-scroll" role="region" aria-label="DMEPOS fees" tabIndex={0}>
        <table className="numbers">
          <caption className="sr-only">{`DMEPOS fees by pricing modifier, ${dmepos.source}`}</caption>
          <thead>
            <tr>
              <th scope="col">Modifiers</th>
              <th scope="col">National ceiling</th>
              <th scope="col">National floor</th>
              <th scope="col">Non-rural fee by state</th>
            </tr>
          </thead>
          <tbody>
            {dmepos.rows.map((row) => (
              <tr key={rowName(row)}>
                <th scope="row">
                  {row.modifiers.length ? row.modifiers.map((m) => `${m.code}${m.label ? `: ${m.label}` : ''}`).join('; ') : 'No modifier'}
                </th>
                <td>{usd(row.ceiling)}</td>
                <td>{usd(row.floor)}</td>
                <td>
                  {row.range
                    ? row.range.min === row.range.max
                      ? `${formatUsd(row.range.min)} in every state with a fee`
                      : `${formatUsd(row.range.min)} (${row.range.minStates.join(', ')}) to ${formatUsd(row.range.max)} (${row.range.maxStates.join(', ')})`
                    : 'no non-rural fee in any state'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Island name="local-figure" props={{ kind: 'dmepos', rows: dmepos.rows.map((row) => ({ label: rowName(row), fees: row.fees })) }} />
      <p>
        Each state has a non-rural and, for some items, a separate rural fee. Choose your state to see both; the JSON twin of this page
        lists every state.
      </p>
      <dl className="terms">
        <ExplainedTerm name="Payment category" term={dmepos.category} />
        <ExplainedTerm name="Claims jurisdiction" term={dmepos.jurisdiction} />
      </dl>
    </SubSection>
  );
}
