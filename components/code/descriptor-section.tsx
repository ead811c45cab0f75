import type { CodePage } from '@/lib/page-schema';

export function DescriptorSection({ page }: { page: CodePage }) {
  if (page.system === 'cpt') {
    return (
      <p>
        The official CPT® descriptor is copyrighted by the American Medical Association and is not reproduced here. The title and
        summary on this page are our own plain-language wording; check the current CPT codebook for the exact descriptor.
      </p>
    );
  }
  if (page.hcpcs) {
    return (
      <dl className="space-y-3">
        <div>
          <dt className="text-sm font-semibold text-slate-700 dark:text-slate-300">Long descriptor ({page.hcpcs.release})</dt>
          <dd className="mt-1 text-lg">{page.hcpcs.longDescriptor}</dd>
        </div>
        <div>
          <dt className="text-sm font-semibold text-slate-700 dark:text-slate-300">Short descriptor</dt>
          <dd className="mt-1 font-mono">{page.hcpcs.shortDescriptor}</dd>
        </div>
        {page.hcpcs.dosageUnit && (
          <div>
            <dt className="text-sm font-semibold text-slate-700 dark:text-slate-300">Dosage unit</dt>
            <dd className="mt-1">{page.hcpcs.dosageUnit} per billing unit: report one unit for each {page.hcpcs.dosageUnit} given.</dd>
          </div>
        )}
      </dl>
    );
  }
  if (page.descriptor) {
    return (
      <>
        <p className="text-lg">{page.descriptor}</p>
        <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">As recorded in our curated record. No CMS release file was loaded into this build to confirm it.</p>
      </>
    );
  }
  return <p>This build has no official descriptor for {page.code}.</p>;
}
