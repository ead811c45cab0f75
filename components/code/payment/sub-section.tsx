import type { ReactNode } from 'react';
import type { SectionAnchor } from '@/lib/links/section-anchors';

/** A part of a section with its own public anchor (#rvu, #dmepos, …); its heading links to it. */
export function SubSection({ id, title, source, children }: { id: SectionAnchor; title: string; source: string; children: ReactNode }) {
  return (
    <div id={id} className="sub-section">
      <h3>
        <a href={`#${id}`}>{title}</a>
      </h3>
      <p className="source">{source}</p>
      {children}
    </div>
  );
}
