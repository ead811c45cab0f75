import type { CodeLink as CodeLinkData } from '@/lib/page-schema';

/** A code with its title; plain text when the site has no page for it. */
export function CodeLink({ link }: { link: CodeLinkData }) {
  const rest = `${link.title !== link.code ? ` ${link.title}` : ''}${link.active ? '' : ' (terminated)'}`;
  const label = (
    <>
      <code className="font-semibold">{link.code}</code>
      {rest}
    </>
  );
  return link.href ? <a href={link.href}>{label}</a> : <span>{label}</span>;
}
