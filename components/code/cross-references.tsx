import { Fragment } from 'react';
import type { HcpcsFacts } from '@/lib/page-schema';
import { CodeLink } from '../code-link';

/** Each CMS cross-reference followed to a valid code, or to where the chain stops. */
export function ReplacementChains({ chains }: { chains: HcpcsFacts['chains'] }) {
  return (
    <ul className="chains">
      {chains.map((chain) => (
        <li key={chain.steps.map((s) => s.code).join('-')}>
          {chain.steps.map((step, i) => (
            <Fragment key={step.code}>
              {i > 0 && ' → '}
              <CodeLink link={step} />
            </Fragment>
          ))}
          {chain.ends === 'ended' && '. The chain ends here: no code it leads to is still valid, and the last names no replacement.'}
          {chain.ends === 'loop' && '. The cross-references lead back to a code already in the chain, without reaching a valid code.'}
        </li>
      ))}
    </ul>
  );
}
