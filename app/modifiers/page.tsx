import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { CodeTable } from '@/components/code-table';
import { getCodeList } from '@/lib/data';

export const metadata: Metadata = {
  title: 'HCPCS modifiers',
  description: 'Every HCPCS Level II modifier with its official descriptor and what it tells the payer.',
  alternates: { canonical: '/modifiers/' },
};

export default function ModifiersPage() {
  const modifiers = getCodeList().filter((c) => c.system === 'modifier');
  return (
    <>
      <Breadcrumbs trail={[{ label: 'Home', href: '/' }]} current="Modifiers" />
      <h1 className="text-3xl font-bold text-slate-900 dark:text-white">Modifiers</h1>
      <p className="mb-6 mt-2">
        Two-character modifiers add information to a code on a claim: who gave notice, which side of the body, whether a service was
        reduced.
      </p>
      <CodeTable codes={modifiers} caption="Modifiers" />
    </>
  );
}
