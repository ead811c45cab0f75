import type { MetadataRoute } from 'next';
import { SITE_NAME } from '@/lib/site';

export const dynamic = 'force-static';

export default function manifest(): MetadataRoute.Manifest {
  return {
    name: `${SITE_NAME}: HCPCS, CPT and modifier reference`,
    short_name: SITE_NAME,
    description: 'Plain-language pages for HCPCS Level II codes, CPT codes and modifiers, with what Medicare pays, from the CMS files.',
    start_url: '/',
    display: 'browser',
    background_color: '#ffffff',
    theme_color: '#1d4ed8',
    icons: [{ src: '/icon.svg', sizes: 'any', type: 'image/svg+xml' }],
  };
}
