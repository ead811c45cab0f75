import { build } from 'esbuild';
import { basename, join } from 'node:path';
import { SEARCH_WORKER_URL } from '@/lib/search/constants';

/** Where the hashed island script goes: under /_next/static/, so it shares the host rules' one-year immutable caching. */
const ISLANDS_DIR = '_next/static/islands';

/**
 * Bundles the browser scripts of the pages rendered outside Next.js into `exportDir`: the island hydrator (hashed name)
 * and the search worker, which every page's search box starts from SEARCH_WORKER_URL. Returns the hydrator's address.
 */
export async function bundleScripts(exportDir: string): Promise<string> {
  const common = {
    bundle: true,
    minify: true,
    target: 'es2022',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
    legalComments: 'none',
  } as const;
  const islands = await build({
    ...common,
    entryPoints: ['components/islands/hydrate.ts'],
    format: 'esm',
    outdir: join(exportDir, ISLANDS_DIR),
    entryNames: '[name]-[hash]',
    metafile: true,
  });
  await build({ ...common, entryPoints: ['lib/search/search-worker.ts'], format: 'iife', outfile: join(exportDir, SEARCH_WORKER_URL) });
  const [output] = Object.keys(islands.metafile.outputs);
  return `/${ISLANDS_DIR}/${basename(output!)}`;
}
