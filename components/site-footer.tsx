import { getSiteMeta } from '@/lib/data';

export function SiteFooter() {
  const meta = getSiteMeta();
  return (
    <footer className="print:hidden border-t border-slate-200 bg-slate-50 text-sm text-slate-700 dark:border-slate-800 dark:bg-slate-900 dark:text-slate-300">
      <div className="mx-auto grid max-w-6xl gap-x-4 gap-y-2 px-4 py-8 sm:grid-cols-2 sm:px-6">
        <p>
          <strong>A reference, not billing or legal advice.</strong> Payers set their own rules; check the payer&apos;s policy and the
          current CMS release before you submit a claim.
        </p>
        <p className="sm:text-right">
          {`Data: ${meta.hcpcsRelease ?? 'curated records only (no CMS release loaded)'}${meta.feeSchedule ? ` · ${meta.feeSchedule}` : ''}`}
        </p>
        <p>
          CPT® is a registered trademark of the American Medical Association. CPT descriptors are not reproduced here; CPT codes are
          described in our own words.
        </p>
        <p className="sm:text-right">
          <a href="/guides/">Guides</a> · <a href="/codes/">Browse</a> · <a href="/search/">Search</a> · <a href="/data/">Data sources</a> ·{' '}
          <a href="/editorial/">How we write and review</a>
        </p>
      </div>
    </footer>
  );
}
