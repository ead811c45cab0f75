import type { CuratedCode, CuratedGuide, LoadedContent } from '../content/load-content';
import type { CodeLink, CodePage, GuidePage } from '../page-schema';
import { guideHref } from '../urls';

export type LinkTo = (code: string) => CodeLink;

/** The curated part of a code page, with related codes, modifiers and guides resolved to links. */
export function curatedSection(record: CuratedCode, link: LinkTo, guides: readonly CuratedGuide[]): NonNullable<CodePage['curated']> {
  const {
    code: _code,
    system: _system,
    title: _title,
    descriptor: _descriptor,
    cmsFacts: _facts,
    file: _file,
    modifiers,
    modifiersInstead,
    relatedCodes,
    relatedGuides,
    ...rest
  } = record;
  return {
    ...rest,
    modifiers: modifiers.map((m) => ({ ...m, href: link(m.code).href })),
    modifiersInstead: modifiersInstead.map((m) => ({ ...m, href: link(m.code).href })),
    relatedCodes: relatedCodes.map((related) => ({ ...link(related.code), note: related.note })),
    relatedGuides: relatedGuides.map((slug) => {
      const guide = guides.find((g) => g.slug === slug);
      return { slug, title: guide?.title ?? slug, href: guideHref(slug) };
    }),
  };
}

export function guidePages(content: LoadedContent, link: LinkTo): GuidePage[] {
  return content.guides.map(({ file: _file, ...guide }) => ({
    ...guide,
    href: guideHref(guide.slug),
    codes: guide.codes.map(link),
  }));
}
