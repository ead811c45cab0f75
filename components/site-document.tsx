import type { ReactNode } from 'react';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';

/** The html document every page shares: skip link, header, main landmark and footer. Next.js writes the head of its own pages. */
export function SiteDocument({ children, search, head }: { children: ReactNode; search: ReactNode; head?: ReactNode }) {
  return (
    <html lang="en">
      {/* eslint-disable-next-line @next/next/no-head-element -- the head of pages rendered outside Next.js (lib/render) */}
      {head && <head>{head}</head>}
      <body>
        <a href="#main" className="skip-link">
          Skip to content
        </a>
        <SiteHeader search={search} />
        <main id="main" tabIndex={-1} className="site-main">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
