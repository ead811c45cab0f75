import type { CodePage } from '@/lib/page-schema';
import { ExplainedTerm } from './explained-term';

export function StatusSection({ page }: { page: CodePage }) {
  const { hcpcs, fees } = page;
  const note = hcpcs?.processingNote;
  return (
    <>
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
        {note && (
          <div id="processing-note">
            <dt>{`CMS processing note ${note.number}`}</dt>
            <dd>{note.text ?? `The release names note ${note.number}, but its text was not in the notes file.`}</dd>
          </div>
        )}
      </dl>
      {hcpcs && <p className="text-sm text-slate-700 dark:text-slate-300">{`From the ${hcpcs.release} file.`}</p>}
    </>
  );
}
