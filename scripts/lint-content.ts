/**
 * Checks content/ against the editorial standard (required parts, no restated figures, no shared sentences) on top of
 * the data step's own validation, without writing anything.   npm run lint:content
 */
import { assembleSite } from '@/lib/build/build-site-data';
import { reportBuildError } from '@/lib/build/report-error';
import { formatProblem } from '@/lib/content/content-error';
import { lintEditorial } from '@/lib/content/editorial-lint';
import { loadContent } from '@/lib/content/load-content';

try {
  await assembleSite({ contentDir: 'content', hcpcsFile: process.env.HCPCS_FILE || undefined, rvuFile: process.env.RVU_FILE || undefined, gpciFile: process.env.GPCI_FILE || undefined });
  const problems = lintEditorial(loadContent('content'));
  for (const p of problems) console.error(formatProblem(p));
  console.log(`lint:content: ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
  process.exit(problems.length > 0 ? 1 : 0);
} catch (error) {
  console.error(reportBuildError(error));
  process.exit(1);
}
