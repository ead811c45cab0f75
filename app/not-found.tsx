import type { Metadata } from 'next';
import { SearchBox } from '@/components/search/search-box';
import { NOT_FOUND_FALLBACK } from '@/lib/links/not-found-fallback';

export const metadata: Metadata = { title: 'Page not found', description: 'This page is not on the site. Search for a code by number or by what it describes.', robots: { index: false } };

export default function NotFound() {
  return (
    <div className="max-w-2xl">
      <script dangerouslySetInnerHTML={{ __html: NOT_FOUND_FALLBACK }} />
      <h1 className="text-3xl font-bold text-slate-900 dark:text-white">We couldn&apos;t find that page</h1>
      <p className="mt-3">
        The code or page in this address isn&apos;t on the site. If you typed a code, check it, or search for it by code or by what it
        describes.
      </p>
      <div className="mt-6">
        <SearchBox id="not-found-search" label="Code lookup" shortcut={false} />
      </div>
      <p className="mt-6">
        Or <a href="/codes/">browse codes by series</a>, see <a href="/modifiers/">modifiers</a>, or go <a href="/">home</a>.
      </p>
    </div>
  );
}
