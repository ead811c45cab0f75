import { SearchBox } from './search/search-box';
import { SITE_NAME } from '@/lib/site';

export function SiteHeader() {
  return (
    <header className="z-40 print:hidden sm:sticky sm:top-0 border-b border-slate-200 bg-white/95 backdrop-blur dark:border-slate-800 dark:bg-slate-950/95">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
        <a href="/" className="text-lg font-bold tracking-tight text-slate-900 no-underline dark:text-white">
          {SITE_NAME}
        </a>
        <nav aria-label="Main" className="flex gap-4 text-sm">
          <a href="/codes/" className="text-slate-700 no-underline hover:underline dark:text-slate-300">
            Browse codes
          </a>
          <a href="/modifiers/" className="text-slate-700 no-underline hover:underline dark:text-slate-300">
            Modifiers
          </a>
          <a href="/guides/" className="text-slate-700 no-underline hover:underline dark:text-slate-300">
            Guides
          </a>
        </nav>
        <div className="w-full sm:ml-auto sm:w-80">
          <SearchBox id="site-search" />
        </div>
      </div>
    </header>
  );
}
