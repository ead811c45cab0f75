import type { ReactNode } from 'react';
import { SITE_NAME } from '@/lib/site';

/** `search` is the header's search box: a client component under Next.js, an island on pages rendered outside it. */
export function SiteHeader({ search }: { search: ReactNode }) {
  return (
    <header className="site-header">
      <div>
        <a href="/" className="site-brand">
          {SITE_NAME}
        </a>
        <nav aria-label="Main" className="site-nav">
          <a href="/codes/">Browse codes</a>
          <a href="/modifiers/">Modifiers</a>
          <a href="/guides/">Guides</a>
        </nav>
        <div className="site-search">{search}</div>
      </div>
    </header>
  );
}
