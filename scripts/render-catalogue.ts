/**
 * After `next build`: writes the catalogue (code, modifier and browse pages: lib/render/catalogue-pages.tsx) with
 * React outside Next.js, into the export beside Next's pages, and bundles their browser scripts. Next's RSC pipeline
 * costs several times more per page and repeats each page's content as a flight payload, and these pages need no
 * client router. One child process per core, each writing every n-th page.
 */
import { availableParallelism } from 'node:os';
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { EXPORT_DIR } from '@/lib/data-contract';
import { reportError } from '@/lib/errors';
import { bundleScripts } from '@/lib/render/bundle-scripts';
import type { PageAssets } from '@/lib/render/page-head';
import { renderShard } from '@/lib/render/render-shard';
import { readShellAssets } from '@/lib/render/shell-assets';

type Job = { assets: PageAssets; shard: number; shards: number };

const children: ChildProcess[] = [];

/** This script again, as a child (it inherits tsx's loader), given one shard by message. */
function runShard(job: Job): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(import.meta.url), ['--shard']);
    children.push(child);
    child.send(job);
    child.once('message', (written) => resolve(written as number));
    child.once('error', reject);
    child.once('exit', (code) => code !== 0 && reject(new Error(`render shard ${job.shard} stopped with exit code ${code}`)));
  });
}

if (!process.argv.includes('--shard')) {
  const started = performance.now();
  try {
    const assets = { shell: readShellAssets(EXPORT_DIR), script: await bundleScripts(EXPORT_DIR) };
    const shards = Math.max(1, Math.min(2, availableParallelism()));
    const counts = await Promise.all(Array.from({ length: shards }, (_, shard) => runShard({ assets, shard, shards })));
    const pages = counts.reduce((a, b) => a + b, 0);
    console.log(`render: ${pages} catalogue pages in ${((performance.now() - started) / 1000).toFixed(1)} s (${shards} processes)`);
  } catch (error) {
    // the other shard would go on writing into a stage that the build is about to remove
    for (const child of children) child.kill();
    console.error(`render: ${reportError(error)}`);
    process.exit(1);
  }
} else {
  process.once('message', (job: Job) => {
    try {
      process.send!(renderShard(EXPORT_DIR, job.assets, job.shard, job.shards), () => process.exit(0));
    } catch (error) {
      console.error(`render: ${reportError(error)}`);
      process.exit(1);
    }
  });
}
