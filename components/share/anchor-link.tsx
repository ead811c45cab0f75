/** The "#" beside a heading: a link to its anchor, which CopyLinks also copies to the clipboard when clicked. */
export function AnchorLink({ href, label }: { href: string; label: string }) {
  return (
    <a href={href} data-copy-link aria-label={label} className="anchor-link">
      #
    </a>
  );
}
