import type { CodePage } from '@/lib/page-schema';

export function DescriptorSection({ page }: { page: CodePage }) {
  if (page.system === 'cpt') {
    return (
      <p>
        The official CPT® descriptor is copyright of the American Medical Association and is not reproduced here. It is published in the
        AMA’s CPT® codebook and licensed CPT data products. The title and summary on this page are our own words.
      </p>
    );
  }
  if (page.hcpcs) {
    const { release, longDescriptor, shortDescriptor, dosageUnit } = page.hcpcs;
    return (
      <dl className="terms">
        <dt>{`Long descriptor (${release})`}</dt>
        {longDescriptor === page.title ? <dd>The title of this page, word for word.</dd> : <dd className="text-lg">{longDescriptor}</dd>}
        <dt>Short descriptor</dt>
        <dd className="font-mono">{shortDescriptor}</dd>
        {dosageUnit && (
          <>
            <dt>Billing unit</dt>
            <dd>
              {`${dosageUnit} (from the ASP payment limit file): one unit of ${page.code} for each ${dosageUnit} given. `}
              <a href="#asp">Payment limit</a>
            </dd>
          </>
        )}
      </dl>
    );
  }
  if (page.descriptor) {
    return (
      <>
        <p className="text-lg">{page.descriptor}</p>
        <p className="text-sm text-slate-700 dark:text-slate-300">
          As recorded in our curated record. No CMS release file was loaded into this build to confirm it.
        </p>
      </>
    );
  }
  return <p>{`This build has no official descriptor for ${page.code}.`}</p>;
}
