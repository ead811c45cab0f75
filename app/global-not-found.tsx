import type { Metadata } from 'next';
import { NotFoundCode } from '@/components/not-found-code';
import { HeaderSearchBox } from '@/components/search/header-search-box';
import { SearchBox } from '@/components/search/search-box';
import { getSiteMeta } from '@/lib/data';
import { SiteDocument } from '@/components/site-document';
import { NOT_FOUND_FALLBACK } from '@/lib/links/not-found-fallback';
import { SITE_URL } from '@/lib/env';
import { SITE_NAME } from '@/lib/site';
import './globals.css';

// The 404 page for every unmatched address. As a global not-found page it is its own document, so the root
// layout does not carry its markup inside every page it renders (next.config.ts: experimental.globalNotFound).
export const metadata: Metadata = {
  metadataBase: new URL(SITE_URL),
  title: `Page not found | ${SITE_NAME}`,
  description: 'This page is not on the site. Search for a code by number or by what it describes.',
  robots: { index: false },
};

const releasesOf = (meta: { hcpcsRelease: string | null; feeSchedule: string | null }) =>
  [meta.hcpcsRelease, meta.feeSchedule].filter(Boolean).join('; ') || 'no CMS release loaded';

export default function GlobalNotFound() {
  return (
    <SiteDocument search={<HeaderSearchBox />}>
      <div className="max-w-2xl">
        <script dangerouslySetInnerHTML={{ __html: NOT_FOUND_FALLBACK }} />
        <h1 className="text-3xl font-bold text-slate-900 dark:text-white">We couldn&apos;t find that page</h1>
        <p className="mt-3">
          The code or page in this address isn&apos;t on the site. If you typed a code, check it, or search for it by code or by what it
          describes.
        </p>
        <NotFoundCode releases={releasesOf(getSiteMeta())} />
        <div className="mt-6">
          <SearchBox id="not-found-search" label="Code lookup" shortcut={false} />
        </div>
        <p className="mt-6">
          Or <a href="/codes/">browse codes by series</a>, see <a href="/modifiers/">modifiers</a>, or go <a href="/">home</a>.
        </p>
      </div>
    </SiteDocument>
  );
}
