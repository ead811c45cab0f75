import { getSiteMeta } from '@/lib/data';

export function SiteFooter() {
  const meta = getSiteMeta();
  return (
    <footer className="site-footer">
      <div>
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
