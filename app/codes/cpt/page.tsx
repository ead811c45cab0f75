import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { CodeTable } from '@/components/code-table';
import { getCptCodes } from '@/lib/data';

export const metadata: Metadata = {
  title: 'CPT codes with plain-language pages',
  description: 'CPT codes explained in our own words. CPT descriptors are AMA copyright and are not reproduced.',
  alternates: { canonical: '/codes/cpt/' },
};

export default function CptPage() {
  return (
    <>
      <Breadcrumbs
        trail={[
          { label: 'Home', href: '/' },
          { label: 'Codes', href: '/codes/' },
        ]}
        current="CPT codes"
      />
      <h1 className="text-3xl font-bold text-slate-900 dark:text-white">CPT® codes</h1>
      <p className="mb-6 mt-2">CPT descriptors are copyright of the American Medical Association; the titles below are our own wording.</p>
      <CodeTable codes={getCptCodes()} caption="CPT codes" />
    </>
  );
}
