import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { HeaderSearchBox } from '@/components/search/header-search-box';
import { SiteDocument } from '@/components/site-document';
import { pageTitle, SITE_IMAGE } from '@/lib/metadata';
import { SITE_URL } from '@/lib/env';
import { SITE_NAME } from '@/lib/site';
import './globals.css';

export const metadata: Metadata = {
  metadataBase: new URL(SITE_URL),
  title: { default: `${SITE_NAME}: HCPCS, CPT and modifier reference`, template: pageTitle('%s') },
  description: 'A plain-language reference for HCPCS Level II codes, CPT codes and modifiers, built from the official CMS release files.',
  openGraph: { siteName: SITE_NAME, images: [SITE_IMAGE] },
  twitter: { card: 'summary_large_image' },
};

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#020617' },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return <SiteDocument search={<HeaderSearchBox />}>{children}</SiteDocument>;
}
