import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { SearchResultsPage } from '@/components/search/search-results-page';

export const metadata: Metadata = {
  title: 'Search',
  description: 'Search HCPCS, CPT and modifier codes by code, synonym or plain-language term.',
  alternates: { canonical: '/search/' },
  robots: { index: false },
};

export default function SearchPage() {
  return (
    <>
      <Breadcrumbs trail={[{ label: 'Home', href: '/' }]} current="Search" />
      <SearchResultsPage />
    </>
  );
}
