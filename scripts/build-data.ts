/** The data step: content/ (+ CMS release files, when named) → validated JSON in .generated/. */
import { buildSiteData } from '@/lib/build/build-site-data';
import { reportBuildError } from '@/lib/build/report-error';

const started = performance.now();
try {
  const summary = await buildSiteData({
    contentDir: 'content',
    outDir: '.generated',
    hcpcsFile: process.env.HCPCS_FILE || undefined,
    rvuFile: process.env.RVU_FILE || undefined,
    gpciFile: process.env.GPCI_FILE || undefined,
  });
  console.log(`data: ${summary} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
} catch (error) {
  console.error(reportBuildError(error));
  console.error('data: nothing was written; the previous .generated/ output is unchanged.');
  process.exit(1);
}
