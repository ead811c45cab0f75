import type { MetadataRoute } from 'next';
import { getBrowseSeries, getCodeList, getCptSections, getGuides } from '@/lib/data';
import { sitePaths } from '@/lib/links/site-paths';
import { SITE_URL } from '@/lib/env';

export const dynamic = 'force-static';

export default function sitemap(): MetadataRoute.Sitemap {
  return sitePaths(getCodeList(), getGuides(), getBrowseSeries(), getCptSections()).map((path) => ({ url: `${SITE_URL}${path}` }));
}
