import type { HcpcsFacts } from '@/lib/page-schema';
import { ExplainedTerm } from './explained-term';

export function HistorySection({ facts }: { facts: HcpcsFacts }) {
  return (
    <div className="space-y-4">
      <dl className="grid gap-4 sm:grid-cols-3">
        <div>
          <dt className="font-semibold">Added</dt>
          <dd>{facts.addedDate ?? 'Not given in the file'}</dd>
        </div>
        <div>
          <dt className="font-semibold">Last action effective</dt>
          <dd>{facts.actionEffectiveDate ?? 'Not given in the file'}</dd>
        </div>
        <div>
          <dt className="font-semibold">Terminated</dt>
          <dd>{facts.terminationDate ?? 'No: the code has no termination date'}</dd>
        </div>
      </dl>
      {facts.action && <dl><ExplainedTerm name={`Action in the ${facts.release} release`} term={facts.action} /></dl>}
    </div>
  );
}
