import type { HcpcsFacts } from '@/lib/page-schema';
import { ExplainedTerm } from './explained-term';

export function HistorySection({ facts }: { facts: HcpcsFacts }) {
  return (
    <dl className="terms">
      <dt>Added</dt>
      <dd>{facts.addedDate ?? 'Not given in the file'}</dd>
      <dt>Last action effective</dt>
      <dd>{facts.actionEffectiveDate ?? 'Not given in the file'}</dd>
      <dt>Terminated</dt>
      <dd>{facts.terminationDate ?? 'No: the code has no termination date'}</dd>
      {facts.action && <ExplainedTerm name={`Action in the ${facts.release} release`} term={facts.action} />}
    </dl>
  );
}
