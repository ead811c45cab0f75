import type { BreadcrumbList, FAQPage, Graph, MedicalCode } from 'schema-dts';
import type { CodeSystem } from '../codes/patterns';
import type { CodePage } from '../page-schema';
import { SITE_URL } from '../env';
import { SITE_NAME } from '../site';

const CODING_SYSTEM: Record<CodeSystem, string> = { hcpcs: 'HCPCS Level II', cpt: 'CPT', modifier: 'HCPCS modifier' };

/** Markdown answers as plain text: link targets, emphasis and code marks removed. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|`)/g, '')
    .replace(/\s*\n\s*/g, ' ')
    .trim();
}

function breadcrumbs(page: CodePage, url: string): BreadcrumbList {
  const parent = page.system === 'modifier' ? { label: 'Modifiers', href: '/modifiers/' } : { label: 'Codes', href: '/codes/' };
  const trail = [{ label: SITE_NAME, href: '/' }, parent, page.category].filter(
    (c, i, all) => all.findIndex((o) => o.href === c.href) === i,
  );
  return {
    '@type': 'BreadcrumbList',
    itemListElement: [
      ...trail.map((c, i) => ({ '@type': 'ListItem' as const, position: i + 1, name: c.label, item: `${SITE_URL}${c.href}` })),
      { '@type': 'ListItem', position: trail.length + 1, name: page.code, item: url },
    ],
  };
}

/** schema.org data for a code page: the code, its FAQ (when it has one) and its breadcrumb trail. */
export function codeJsonLd(page: CodePage): Graph {
  const url = `${SITE_URL}${page.href}`;
  const code: MedicalCode = {
    '@type': 'MedicalCode',
    '@id': `${url}#code`,
    codeValue: page.code,
    codingSystem: CODING_SYSTEM[page.system],
    name: page.title,
    url,
    ...(page.curated?.synonyms.length ? { alternateName: page.curated.synonyms } : {}),
    // the title of an uncurated HCPCS page is its long descriptor: no description that only repeats the name
    ...(page.curated
      ? { description: page.curated.summary }
      : page.hcpcs && page.hcpcs.longDescriptor !== page.title
        ? { description: page.hcpcs.longDescriptor }
        : {}),
  };
  const faq: FAQPage[] = page.curated?.faq.length
    ? [
        {
          '@type': 'FAQPage',
          '@id': `${url}#faq`,
          mainEntity: page.curated.faq.map((item) => ({
            '@type': 'Question' as const,
            name: item.question,
            acceptedAnswer: { '@type': 'Answer' as const, text: plainText(item.answer) },
          })),
        },
      ]
    : [];
  return { '@context': 'https://schema.org', '@graph': [code, ...faq, breadcrumbs(page, url)] };
}
