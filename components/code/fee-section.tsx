import type { CodePage, FeeFacts, FeeRow } from '@/lib/page-schema';
import { formatUsd, nationalPayment } from '@/lib/fees';
import { ExplainedTerm } from './explained-term';
import { LocalityEstimate } from './locality-estimate';

function hasRvus(row: FeeRow): boolean {
  return row.nonFacilityTotal > 0 || row.facilityTotal > 0;
}

function RvuTable({ fees }: { fees: FeeFacts }) {
  const cell = (value: number, na: boolean) => (na ? 'NA' : value.toFixed(2));
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[36rem] text-right text-sm tabular-nums">
        <caption className="sr-only">Relative value units, {fees.source}</caption>
        <thead>
          <tr className="border-b border-slate-300 dark:border-slate-600">
            <th scope="col" className="py-2 text-left">
              Row
            </th>
            <th scope="col">Work</th>
            <th scope="col">PE non-facility</th>
            <th scope="col">PE facility</th>
            <th scope="col">Malpractice</th>
            <th scope="col">Total non-facility</th>
            <th scope="col">Total facility</th>
          </tr>
        </thead>
        <tbody>
          {fees.rows.map((r) => (
            <tr key={r.modifier} className="border-b border-slate-200 dark:border-slate-800">
              <th scope="row" className="py-2 text-left font-normal">
                {r.modifier ? `With modifier ${r.modifier}` : 'Global (no modifier)'}
              </th>
              <td>{r.work.toFixed(2)}</td>
              <td>{cell(r.nonFacilityPe, r.nonFacilityNa)}</td>
              <td>{cell(r.facilityPe, r.facilityNa)}</td>
              <td>{r.malpractice.toFixed(2)}</td>
              <td>{cell(r.nonFacilityTotal, r.nonFacilityNa)}</td>
              <td>{cell(r.facilityTotal, r.facilityNa)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function FeeSection({ page }: { page: CodePage }) {
  const { fees } = page;
  if (!fees) {
    return (
      <p>
        {`${page.code} is not in the Physician Fee Schedule RVU file loaded into this build, so it has no RVUs here.${
          page.hcpcs?.pricing[0]?.meaning ? ` Its HCPCS pricing indicator says: ${page.hcpcs.pricing[0].meaning}` : ''
        }`}
      </p>
    );
  }
  const global = fees.rows.find((r) => r.modifier === '') ?? fees.rows[0];
  return (
    <>
      <p className="text-sm font-semibold uppercase tracking-wide text-slate-700 dark:text-slate-300">{fees.source}</p>
      {global && hasRvus(global) ? (
        <>
          <RvuTable fees={fees} />
          <p>
            {`National estimate (total RVUs × conversion factor ${fees.conversionFactor}): `}
            <strong>{global.nonFacilityNa ? 'NA' : formatUsd(nationalPayment(global.nonFacilityTotal, fees.conversionFactor))}</strong> in a
            non-facility setting such as an office,{' '}
            <strong>{global.facilityNa ? 'NA' : formatUsd(nationalPayment(global.facilityTotal, fees.conversionFactor))}</strong> in a
            facility. Actual payment varies by locality, deductible and coinsurance.
          </p>
          <LocalityEstimate row={global} conversionFactor={fees.conversionFactor} />
        </>
      ) : (
        <p>
          <strong>No RVUs:</strong>
          {` every RVU for ${page.code} is 0.00 in the ${fees.source} file, because its status is ${fees.status.value}${fees.status.label ? ` (${fees.status.label})` : ''}. ${fees.status.meaning ?? ''}`}
        </p>
      )}
      <dl className="terms">
        <ExplainedTerm name="Global period" term={fees.globalDays} />
        <ExplainedTerm name="PC/TC indicator" term={fees.pcTc} />
      </dl>
    </>
  );
}
