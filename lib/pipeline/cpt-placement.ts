import { compareCpt, inCptRange } from '../codes/cpt-order';
import type { CptRangesFile } from '../content-schema';

/** Where a CPT code sits in our range table, with the browse pages for its section and range. */
export type CptPlace = {
  section: { name: string; slug: string; href: string };
  subsection: { name: string; slug: string };
  range: { name: string; slug: string; label: string; href: string };
};

export const cptSectionHref = (section: string) => `/codes/cpt/${section}/`;
export const cptRangeSlug = (from: string, to: string) => `${from}-${to}`.toLowerCase();

/** Finds a code's range by binary search over the table's ranges of the code's kind; null when no range holds it. */
export function cptPlacer(table: CptRangesFile | null): (code: string) => CptPlace | null {
  const places = (table?.sections ?? []).flatMap((section) =>
    section.subsections.flatMap((subsection) =>
      subsection.ranges.map((range) => {
        const slug = cptRangeSlug(range.from, range.to);
        const href = `${cptSectionHref(section.slug)}${slug}/`;
        const place: CptPlace = {
          section: { name: section.name, slug: section.slug, href: cptSectionHref(section.slug) },
          subsection: { name: subsection.name, slug: subsection.slug },
          range: { name: range.name, slug, label: `${range.from}–${range.to}`, href },
        };
        return { from: range.from, to: range.to, place };
      }),
    ),
  );
  places.sort((a, b) => compareCpt(a.from, b.from));
  return (code) => {
    let lo = 0;
    let hi = places.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const candidate = places[mid]!;
      if (inCptRange(code, candidate.from, candidate.to)) return candidate.place;
      if (compareCpt(code, candidate.from) < 0) hi = mid - 1;
      else lo = mid + 1;
    }
    return null;
  };
}
