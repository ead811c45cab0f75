import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { getGuides } from '@/lib/data';

export const metadata: Metadata = {
  title: 'Guides',
  description: 'Plain-language guides to medical necessity, Medicare notices, modifiers and unlisted codes.',
  alternates: { canonical: '/guides/' },
};

export default function GuidesPage() {
  return (
    <>
      <Breadcrumbs trail={[{ label: 'Home', href: '/' }]} current="Guides" />
      <h1 className="text-3xl font-bold text-slate-900 dark:text-white">Guides</h1>
      <ul className="mt-6 space-y-4">
        {getGuides().map((g) => (
          <li key={g.slug}>
            <a href={g.href} className="text-lg font-semibold">
              {g.title}
            </a>
            <p className="mt-1 text-slate-800 dark:text-slate-200">{g.description}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
