import type { CodePage } from '@/lib/page-schema';
import { ExplainedTerm } from './explained-term';

export function StatusSection({ page }: { page: CodePage }) {
  const { hcpcs, fees } = page;
  return (
    <>
    <dl className="space-y-4">
      {hcpcs?.coverage && <ExplainedTerm name="Medicare coverage" term={hcpcs.coverage} />}
      {hcpcs && !hcpcs.coverage && (
        <div>
          <dt className="font-semibold">Medicare coverage</dt>
          <dd className="mt-1">The {hcpcs.release} file gives no coverage code for {page.code}.</dd>
        </div>
      )}
      {hcpcs?.pricing.map((p, i) => <ExplainedTerm key={p.value} name={i === 0 ? 'Pricing indicator' : `Pricing indicator ${i + 1}`} term={p} />)}
      {hcpcs?.typesOfService.map((t) => <ExplainedTerm key={t.value} name="Type of service" term={t} />)}
      {fees && <ExplainedTerm name={`Fee schedule status (${fees.source})`} term={fees.status} />}
      {hcpcs?.processingNote && (
        <div id="processing-note">
          <dt className="font-semibold">CMS processing note {hcpcs.processingNote.number}</dt>
          <dd className="mt-1">{hcpcs.processingNote.text ?? `The release names note ${hcpcs.processingNote.number}, but its text was not in the notes file.`}</dd>
        </div>
      )}
    </dl>
    {hcpcs && <p className="mt-4 text-sm text-slate-700 dark:text-slate-300">From the {hcpcs.release} file.</p>}
    </>
  );
}
