import type { Metadata } from 'next';
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

/** Title, description, canonical link and link-preview card of a code page (X/Twitter reads the og: tags; the card type comes from the root layout). */
export function codeMetadata(page: CodePage): Metadata {
  const title = `${page.code}: ${page.title}`;
  const description = describe(page);
  return {
    title,
    description,
    alternates: { canonical: page.href },
    openGraph: { title, description, url: page.href, type: 'article', siteName: SITE_NAME, images: [SITE_IMAGE] },
  };
}
