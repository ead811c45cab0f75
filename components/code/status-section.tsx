import type { CodePage } from '@/lib/page-schema';
import { ReplacementChains } from './cross-references';
import { ExplainedTerm } from './explained-term';

export function StatusSection({ page }: { page: CodePage }) {
  const { hcpcs, fees } = page;
  const note = hcpcs?.processingNote;
  return (
    <>
      {page.disagreements.map((d) => (
        <div key={d.about} role="note" className="notice" id="disagreements">
          <p className="font-semibold">{`The CMS releases disagree about ${d.about}.`}</p>
          <ul>
            {d.statements.map((s) => (
              <li key={s.source}>{`${s.source}: ${s.says}.`}</li>
            ))}
          </ul>
          <p>This site shows both and does not decide between them; check with the Medicare contractor before you rely on either.</p>
        </div>
      ))}
      <dl className="terms">
        {hcpcs?.coverage && <ExplainedTerm name="Medicare coverage" term={hcpcs.coverage} />}
        {hcpcs && !hcpcs.coverage && (
          <>
            <dt>Medicare coverage</dt>
            <dd>{`The ${hcpcs.release} file gives no coverage code for ${page.code}.`}</dd>
          </>
        )}
        {hcpcs?.pricing.map((p, i) => (
          <ExplainedTerm key={p.value} name={i === 0 ? 'Pricing indicator' : `Pricing indicator ${i + 1}`} term={p} />
        ))}
        {hcpcs?.typesOfService.map((t) => (
          <ExplainedTerm key={t.value} name="Type of service" term={t} />
        ))}
        {fees && <ExplainedTerm name={`Fee schedule status (${fees.source})`} term={fees.status} />}
        {hcpcs?.betosGroup && <ExplainedTerm name="BETOS category" term={hcpcs.betosGroup} />}
        {note && (
          <div id="processing-note">
            <dt>{`CMS processing note ${note.number}`}</dt>
            <dd>{note.text ?? `The release names note ${note.number}, but its text was not in the notes file.`}</dd>
          </div>
        )}
      </dl>
      {hcpcs && page.active && hcpcs.chains.length > 0 && (
        <div id="cross-reference">
          <h3 className="font-semibold">CMS cross-reference</h3>
          <p>{`The ${hcpcs.release} file cross-references ${page.code} to the code${hcpcs.chains.length > 1 ? 's' : ''} below; for a code Medicare does not pay, that is usually the code Medicare uses instead.`}</p>
          <ReplacementChains chains={hcpcs.chains} />
        </div>
      )}
      {hcpcs && hcpcs.references.length > 0 && (
        <div id="references">
          <h3 className="font-semibold">Coverage references</h3>
          <ul className="list-disc pl-6">
            {hcpcs.references.map((r) => (
              <li
                key={`${r.kind}-${r.value}`}
              >{`${r.kind === 'cim' ? 'CIM' : r.kind === 'mcm' ? 'MCM' : 'Statute'} ${r.value}: ${r.meaning}`}</li>
            ))}
          </ul>
        </div>
      )}
      {hcpcs && <p className="text-sm text-slate-700 dark:text-slate-300">{`From the ${hcpcs.release} file.`}</p>}
    </>
  );
}
