/** The data step: content/ and the CMS release files (lib/cms/sources.ts) → validated JSON in .generated/. */
import { describeMismatches, pfsYearMismatches } from '@/lib/cms/pfs-companions';
import { cmsFileNames } from '@/lib/cms/sources';
import { GENERATED_DIR } from '@/lib/data-contract';
import { env } from '@/lib/env';
import { reportError } from '@/lib/errors';
import { buildSiteData } from '@/lib/pipeline/build-site-data';

const started = performance.now();
try {
  const files = cmsFileNames();
  const mixed = pfsYearMismatches(files);
  if (mixed.length > 0)
    console.warn(`data: PFS files of different years, as PFS_ALLOW_MIXED_YEARS allows: ${files.rvuFile}: ${describeMismatches(mixed)}`);
  const summary = await buildSiteData({ contentDir: 'content', outDir: GENERATED_DIR, ...files, today: env.BUILD_DATE });
  console.log(`data: ${summary} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
} catch (error) {
  console.error(reportError(error));
  console.error('data: nothing was written; the previous .generated/ output is unchanged.');
  process.exit(1);
}
