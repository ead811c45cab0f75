import type { CuratedCode, CuratedGuide, LoadedContent } from '../content/load-content';
import type { CodeLink, CodePage, GuidePage } from '../page-schema';
import { codeHref, guideHref } from '../urls';

export type CodeDirectory = ReadonlyMap<string, CodeLink>;

/** The curated part of a code page, with related codes and guides resolved to links. */
export function curatedSection(record: CuratedCode, directory: CodeDirectory, guides: readonly CuratedGuide[]): NonNullable<CodePage['curated']> {
  const { code: _code, system: _system, title: _title, descriptor: _descriptor, cmsFacts: _facts, file: _file, modifiers, relatedCodes, relatedGuides, ...rest } = record;
  return {
    ...rest,
    modifiers: modifiers.map((m) => ({ ...m, href: directory.get(m.code)?.href ?? null })),
    relatedCodes: relatedCodes.map((related) => ({ ...linkTo(related.code, directory), note: related.note })),
    relatedGuides: relatedGuides.map((slug) => {
      const guide = guides.find((g) => g.slug === slug);
      return { slug, title: guide?.title ?? slug, href: guideHref(slug) };
    }),
  };
}

export function linkTo(code: string, directory: CodeDirectory): CodeLink {
  return directory.get(code) ?? { code, title: code, href: null, active: true };
}

export function guidePages(content: LoadedContent, directory: CodeDirectory): GuidePage[] {
  return content.guides.map(({ file: _file, ...guide }) => ({
    ...guide,
    href: guideHref(guide.slug),
    codes: guide.codes.map((code) => linkTo(code, directory)),
  }));
}

export function curatedLink(record: CuratedCode): CodeLink {
  return { code: record.code, title: record.title, href: codeHref(record.code, record.system), active: true };
}
