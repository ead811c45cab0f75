import type { CodePage } from './page-schema';
import { SITE_NAME } from './site';

/** The link-preview image made by app/og-image.png/route.tsx. Pages that set their own openGraph must name it again. */
export const SITE_IMAGE = {
  url: '/og-image.png',
  width: 1200,
  height: 630,
  alt: `${SITE_NAME}: a plain-language reference for HCPCS, CPT and modifier codes`,
};

function describe(page: CodePage): string {
  const text = page.curated?.summary ?? page.hcpcs?.longDescriptor ?? page.descriptor ?? page.title;
  const status = page.active ? '' : ` Terminated ${page.hcpcs?.terminationDate ?? ''}.`;
  const full = `${page.code}: ${text}${status}`;
  return full.length > 200 ? `${full.slice(0, 197)}…` : full;
}

/** How every page title ends (the root layout's title template; the code-page renderer writes it out itself). */
export const pageTitle = (title: string) => `${title} | ${SITE_NAME}`;

/** Title, description and canonical path of a code page; lib/render/page-head.tsx writes them with the preview card. */
export function codeHead(page: CodePage): { title: string; description: string; path: string } {
  return { title: `${page.code}: ${page.title}`, description: describe(page), path: page.href };
}
