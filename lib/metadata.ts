import type { Metadata } from 'next';
import type { CodePage } from './page-schema';

function describe(page: CodePage): string {
  const text = page.curated?.summary ?? page.hcpcs?.longDescriptor ?? page.descriptor ?? page.title;
  const status = page.active ? '' : ` Terminated ${page.hcpcs?.terminationDate ?? ''}.`;
  const full = `${page.code}: ${text}${status}`;
  return full.length > 200 ? `${full.slice(0, 197)}…` : full;
}

/** Title, description and canonical link of a code page. */
export function codeMetadata(page: CodePage): Metadata {
  const title = `${page.code}: ${page.title}`;
  const description = describe(page);
  return {
    title,
    description,
    alternates: { canonical: page.href },
    openGraph: { title, description, url: page.href, type: 'article' },
    twitter: { card: 'summary', title, description },
  };
}
