import type { CodeLink as CodeLinkData } from '@/lib/page-schema';

/** A code with its title; plain text when the site has no page for it. */
export function CodeLink({ link }: { link: CodeLinkData }) {
  const rest = `${link.title !== link.code ? ` ${link.title}` : ''}${link.active ? '' : ' (terminated)'}`;
  // bold by the `a > code:first-child` rule in globals.css
  if (link.href)
    return (
      <a href={link.href}>
        <code>{link.code}</code>
        {rest}
      </a>
    );
  return (
    <span>
      <code className="font-semibold">{link.code}</code>
      {rest}
    </span>
  );
}
