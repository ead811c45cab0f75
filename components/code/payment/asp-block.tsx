import { formatUsd } from '@/lib/fees';
import type { AspFacts } from '@/lib/payment-schema';
import { PriceChart } from './price-chart';
import { SubSection } from './sub-section';

/** NDC lists longer than this start collapsed. */
const OPEN_NDCS = 10;

function NdcTable({ asp, code }: { asp: AspFacts; code: string }) {
  return (
    <div className="table-scroll" role="region" aria-label={`NDCs billed as ${code}`} tabIndex={0}>
      <table>
        <caption className="sr-only">{`NDCs that bill under ${code}, ${asp.ndcSource ?? ''}`}</caption>
        <thead>
          <tr>
            <th scope="col">NDC</th>
            <th scope="col">Drug</th>
            <th scope="col">Labeler</th>
            <th scope="col">Package</th>
            <th scope="col">Billing units per package</th>
          </tr>
        </thead>
        <tbody>
          {asp.ndcs.map((n) => (
            <tr key={n.ndc} id={`ndc-${n.ndc}`}>
              <th scope="row" className="font-mono">
                {n.ndc}
              </th>
              <td>{n.drugName}</td>
              <td>{n.labeler}</td>
              <td>{`${n.packageSize} × ${n.packageQuantity}`}</td>
              <td>{n.billingUnitsPerPackage}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function AspBlock({ asp, code }: { asp: AspFacts; code: string }) {
  const last = [...asp.history].reverse().find((h) => h.limit !== null);
  return (
    <SubSection id="asp" title="Part B drug payment limit (ASP)" source={asp.source}>
      {asp.current ? (
        <p>
          {'Payment limit '}
          <strong>{asp.current.limit === null ? 'none given' : `${formatUsd(asp.current.limit)} per ${asp.current.dosage}`}</strong>
          {`. The billing unit is ${asp.current.dosage}: one unit of ${code} for each ${asp.current.dosage} given.${asp.current.coinsurance !== null ? ` Coinsurance: ${asp.current.coinsurance}%.` : ''}${asp.current.note ? ` CMS note: ${asp.current.note}` : ''}`}
        </p>
      ) : (
        <p>{`${code} is not in the latest quarter's file.${last ? ` It was last listed in ${last.quarter}, at ${formatUsd(last.limit!)} per ${last.dosage ?? 'unit'}.` : ''}`}</p>
      )}
      <PriceChart history={asp.history} id={`asp-chart-${code}`} />
      <details>
        <summary>Payment limit by quarter</summary>
        <table className="numbers">
          <caption className="sr-only">{`ASP payment limit of ${code} by quarter`}</caption>
          <thead>
            <tr>
              <th scope="col">Quarter</th>
              <th scope="col">Billing unit</th>
              <th scope="col">Limit per unit</th>
            </tr>
          </thead>
          <tbody>
            {asp.history.map((h) => (
              <tr key={h.quarter}>
                <th scope="row">{h.quarter}</th>
                <td>{h.dosage ?? 'not listed'}</td>
                <td>{h.limit === null ? '–' : formatUsd(h.limit)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
      {asp.ndcs.length > 0 && (
        <div id="ndc">
          <p>{`${asp.ndcs.length} NDC${asp.ndcs.length === 1 ? '' : 's'} bill under ${code} (${asp.ndcSource ?? 'NDC crosswalk'}). Billing units per package: how many units of ${code} one package bills.`}</p>
          {asp.ndcs.length > OPEN_NDCS ? (
            <details>
              <summary>{`Show all ${asp.ndcs.length} NDCs`}</summary>
              <NdcTable asp={asp} code={code} />
            </details>
          ) : (
            <NdcTable asp={asp} code={code} />
          )}
        </div>
      )}
    </SubSection>
  );
}
