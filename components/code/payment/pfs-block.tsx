import { formatUsd } from '@/lib/fees';
import type { CodePage, Explained, FeeFacts, FeeRow } from '@/lib/page-schema';
import { CodeLink } from '../../code-link';
import { Island } from '../../islands/island';
import { ExplainedTerm } from '../explained-term';
import { SubSection } from './sub-section';

const ROW_LABEL: Record<string, string> = { '': 'Global', '26': 'Professional (26)', TC: 'Technical (TC)', '53': 'Discontinued (53)' };
const NOT_APPLICABLE = new Set(['9', '09', '99']);

function RvuTable({ fees }: { fees: FeeFacts }) {
  const rvu = (value: number, na: boolean) => (na ? 'NA' : value.toFixed(2));
  const usd = (amount: number | null, na: boolean) => (na ? 'NA' : amount === null ? '–' : formatUsd(amount));
  return (
    <div className="table-scroll" role="region" aria-label="RVUs and national payment" tabIndex={0}>
      <table className="numbers">
        <caption className="sr-only">{`Relative value units and national payment, ${fees.source}`}</caption>
        <thead>
          <tr>
            <th scope="col">Row</th>
            <th scope="col">Work</th>
            <th scope="col">PE office</th>
            <th scope="col">PE facility</th>
            <th scope="col">Malpractice</th>
            <th scope="col">Total office</th>
            <th scope="col">Total facility</th>
            <th scope="col">National, office</th>
            <th scope="col">National, facility</th>
          </tr>
        </thead>
        <tbody>
          {fees.rows.map((r) => (
            <tr key={r.modifier}>
              <th scope="row">{ROW_LABEL[r.modifier] ?? r.modifier}</th>
              <td>{r.work.toFixed(2)}</td>
              <td>{rvu(r.nonFacilityPe, r.nonFacilityNa)}</td>
              <td>{rvu(r.facilityPe, r.facilityNa)}</td>
              <td>{r.malpractice.toFixed(2)}</td>
              <td>{rvu(r.nonFacilityTotal, r.nonFacilityNa)}</td>
              <td>{rvu(r.facilityTotal, r.facilityNa)}</td>
              <td>{usd(r.nonFacilityPayment, r.nonFacilityNa)}</td>
              <td>{usd(r.facilityPayment, r.facilityNa)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const hasRvus = (row: FeeRow) => row.nonFacilityTotal > 0 || row.facilityTotal > 0 || row.work > 0;

/** The PFS indicators worth a line: the global period and PC/TC always, the rest when they apply to the code. */
function indicators(fees: FeeFacts): [string, Explained][] {
  const optional: [string, Explained][] = [
    ['Multiple procedures', fees.multipleProcedure],
    ['Bilateral surgery', fees.bilateral],
    ['Assistant at surgery', fees.assistant],
    ['Co-surgeons', fees.coSurgeon],
    ['Team surgery', fees.teamSurgery],
    ['Physician supervision of the test', fees.supervision],
    ['Diagnostic imaging family', fees.imagingFamily],
  ];
  return [
    ['Global period', fees.globalDays],
    ['PC/TC indicator', fees.pcTc],
    ...optional.filter(([, term]) => !NOT_APPLICABLE.has(term.value)),
  ];
}

export function PfsBlock({ page, fees }: { page: CodePage; fees: FeeFacts }) {
  const withRvus = fees.rows.some(hasRvus);
  const paid = fees.rows.some((r) => r.nonFacilityPayment !== null || r.facilityPayment !== null);
  return (
    <SubSection id="rvu" title="Physician Fee Schedule" source={fees.source}>
      {withRvus && <RvuTable fees={fees} />}
      {paid ? (
        <p>{`National payment = total RVUs × the conversion factor (${fees.conversionFactor}). What Medicare pays varies by locality; the patient's deductible and coinsurance come out of it.`}</p>
      ) : (
        <p>
          <strong>{withRvus ? 'No dollar figure: ' : 'No RVUs: '}</strong>
          {`${withRvus ? 'Medicare does not pay from these RVUs' : `every RVU for ${page.code} is 0.00 in this file`}, because its status is ${fees.status.value}${fees.status.label ? ` (${fees.status.label})` : ''}. ${fees.status.meaning ?? ''} Only RVUs of codes with status A, R or T are used for Medicare payment (RVU file documentation).`}
        </p>
      )}
      {paid && (
        <Island
          name="local-figure"
          props={{
            kind: 'pfs',
            conversionFactor: fees.conversionFactor,
            cap: fees.oppsCap?.rows ?? null,
            rows: fees.rows
              .filter((r) => r.nonFacilityPayment !== null || r.facilityPayment !== null)
              .map((r) => ({
                modifier: r.modifier,
                label: ROW_LABEL[r.modifier] ?? r.modifier,
                work: r.work,
                nonFacilityPe: r.nonFacilityPe,
                facilityPe: r.facilityPe,
                mp: r.malpractice,
                nonFacility: r.nonFacilityPayment !== null,
                facility: r.facilityPayment !== null,
              })),
          }}
        />
      )}
      {fees.oppsCap && (
        <p>{`The OPPS cap applies to this imaging service: in each locality Medicare pays the lesser of the fee above and a cap based on hospital outpatient rates (${fees.oppsCap.source}). Choose your place to see your locality's cap.`}</p>
      )}
      {fees.anesthesia && (
        <>
          <p>{`Anesthesia is paid as base units plus time units, times the anesthesia conversion factor: ${fees.anesthesia.national} nationally (${fees.anesthesia.source}). The base units of this code are not in the files this build loads.`}</p>
          <Island name="local-figure" props={{ kind: 'anesthesia', national: fees.anesthesia.national }} />
        </>
      )}
      <dl className="terms">
        {(withRvus || page.system === 'cpt' ? indicators(fees) : []).map(([name, term]) => (
          <ExplainedTerm key={name} name={name} term={term} />
        ))}
        {fees.shares && (
          <>
            <dt>Global package shares</dt>
            <dd>{`Before the operation ${Math.round(fees.shares.preOp * 100)}%, during it (with hospital care after) ${Math.round(fees.shares.intraOp * 100)}%, after discharge ${Math.round(fees.shares.postOp * 100)}%: how the payment is split when different clinicians give these parts (modifiers 56, 54 and 55).`}</dd>
          </>
        )}
        {fees.endoscopicBase && (
          <>
            <dt>Endoscopic base code</dt>
            <dd>
              <CodeLink link={fees.endoscopicBase} />
              {': the base procedure of this endoscopy family, not paid separately when billed with another endoscopy of the family.'}
            </dd>
          </>
        )}
      </dl>
    </SubSection>
  );
}
