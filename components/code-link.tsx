import type { CodeLink as CodeLinkData } from '@/lib/page-schema';

/** A code with its title; plain text when the site has no page for it. */
export function CodeLink({ link }: { link: CodeLinkData }) {
  const label = (
    <>
      <span className="font-mono font-semibold">{link.code}</span>
      {link.title !== link.code && <span> {link.title}</span>}
      {!link.active && <span className="text-slate-700 dark:text-slate-300"> (terminated)</span>}
    </>
  );
  return link.href ? <a href={link.href}>{label}</a> : <span>{label}</span>;
}
