/**
 * Checks content/ against the editorial standard (required parts, no restated figures, no shared sentences) on top of
 * the data step's own validation, without writing anything.   npm run lint:content
 */
import { cmsFileNames } from '@/lib/cms/sources';
import { assembleSite } from '@/lib/pipeline/build-site-data';
import { reportError } from '@/lib/errors';
import { formatProblem } from '@/lib/content/content-error';
import { lintEditorial } from '@/lib/content/editorial-lint';

try {
  const { content } = await assembleSite({ contentDir: 'content', ...cmsFileNames() });
  const problems = lintEditorial(content);
  for (const p of problems) console.error(formatProblem(p));
  console.log(`lint:content: ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
  process.exit(problems.length > 0 ? 1 : 0);
} catch (error) {
  console.error(reportError(error));
  process.exit(1);
}
