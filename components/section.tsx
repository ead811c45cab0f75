import type { ReactNode } from 'react';

/** A page section with a stable anchor id and a link to that anchor beside its heading. */
export function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-heading`} className="scroll-mt-20 border-t border-slate-200 py-6 first:border-t-0 dark:border-slate-800">
      <h2 id={`${id}-heading`} className="group flex items-baseline gap-2 text-xl font-semibold text-slate-900 dark:text-white">
        {title}
        <a href={`#${id}`} className="text-base font-normal text-slate-600 no-underline opacity-70 hover:opacity-100 focus:opacity-100 dark:text-slate-400">
          <span aria-hidden="true">#</span>
          <span className="sr-only">Link to the {title} section</span>
        </a>
      </h2>
      <div className="mt-3">{children}</div>
    </section>
  );
}
