/**
 * `npm run build`: the data step, `next build`, the catalogue pages (rendered outside Next.js) and post-export, run into a
 * staging folder; .generated/ and out/ are replaced only when all four succeeded. A failed or killed build leaves the previous site whole.
 */
import { join } from 'node:path';
import { reportError } from '@/lib/errors';
import { runLockedBuild } from '@/lib/pipeline/locked-build';

const bin = (name: string) => join('node_modules', '.bin', name);
const started = performance.now();

try {
  await runLockedBuild({
    steps: [
      { name: 'data step', command: bin('tsx'), args: ['scripts/build-data.ts'] },
      { name: 'next build', command: bin('next'), args: ['build'] },
      { name: 'catalogue pages', command: bin('tsx'), args: ['scripts/render-catalogue.ts'] },
      { name: 'post-export', command: bin('tsx'), args: ['scripts/post-export.ts'] },
    ],
    generated: '.generated',
    out: 'out',
    stage: '.build-stage',
    lock: '.build.lock',
  });
  console.log(`build: out/ replaced in ${((performance.now() - started) / 1000).toFixed(0)} s`);
} catch (error) {
  console.error(reportError(error));
  console.error('build: the previous out/ and .generated/ are unchanged.');
  process.exit(1);
}
