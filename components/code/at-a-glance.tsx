import { formatUsd } from '@/lib/fees';
import type { CodePage } from '@/lib/page-schema';
import { Island } from '../islands/island';

/** What the code is, in one line: our summary, else where it sits (the title is already the CMS descriptor). */
function whatItIs(page: CodePage): string | null {
  if (page.curated) return page.curated.summary;
  if (page.cpt?.summary) return page.cpt.summary.text;
  if (page.cpt?.place) {
    const { section, subsection, range } = page.cpt.place;
    return `A CPT code in ${section.name} › ${subsection.name} › ${range.name} (${range.label}). No editor has written a summary of it yet, and the CPT descriptor is AMA copyright, so it is not shown.`;
  }
  if (page.hcpcs) {
    // The title is the CMS descriptor; say what kind of code it is rather than repeat it.
    const group = page.hcpcs.betosGroup ? `, in the CMS category "${page.hcpcs.betosGroup.label}"` : '';
    return `A HCPCS Level II code (${page.category.label})${group}. Its title above is the official CMS descriptor; no editor has written a summary of it yet.`;
  }
  return page.descriptor;
}

/** The opening summary of a code page: what it is, coverage, who pays and how much nationally, status and releases. */
export function AtAGlance({ page }: { page: CodePage }) {
  const { glance } = page;
  return (
    <>
      <dl className="terms glance">
        <dt>What it is</dt>
        <dd>{whatItIs(page) ?? `This build has no description of ${page.code}.`}</dd>
        <dt>Medicare coverage</dt>
        <dd>
          {glance.coverage ??
            'The loaded CMS files give no coverage code for this code: the Medicare contractor decides, under any coverage policy that applies.'}
        </dd>
        <dt>What Medicare pays</dt>
        <dd>
          {glance.figures.length > 0 ? (
            <ul>
              {glance.figures.map((f) => (
                <li key={`${f.schedule}-${f.label}`}>
                  {`${f.label}: `}
                  {f.amount !== null && <strong>{`${formatUsd(f.amount)}${f.unit ? ` ${f.unit}` : ''}`}</strong>}
                  {`${f.amount !== null && f.note ? '; ' : ''}${f.note ?? ''} `}
                  <a href={`#${f.anchor}`}>details</a>
                </li>
              ))}
            </ul>
          ) : (
            glance.unpriced
          )}
        </dd>
      </dl>
      <Island name="place-picker" props={{}} />
      <p className="source">{`From ${glance.releases.join('; ') || 'curated records only'}.${glance.mixedYears ? ` ${glance.mixedYears}` : ''}`}</p>
    </>
  );
}
