import type { ReactNode } from 'react';
import type { SectionAnchor } from '@/lib/links/section-anchors';
import { AnchorLink } from './share/anchor-link';

/** One section of a code page; its id is a public anchor, so it must be one of SECTION_ANCHORS. */
export type SectionSpec = { id: SectionAnchor; title: string; body: ReactNode };

/**
 * A page section with a stable anchor id. Its heading links to that anchor, so a reader can copy a link to the
 * section; the blocks inside are spaced by the `.section` rules in globals.css, so bodies need no wrapper element.
 */
export function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-heading`} className="section">
      <h2 id={`${id}-heading`}>
        <a href={`#${id}`}>{title}</a> <AnchorLink href={`#${id}`} label={`Copy link to the section “${title}”`} />
      </h2>
      {children}
    </section>
  );
}
