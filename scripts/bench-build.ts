/**
 * Build benchmark: the full-catalogue `npm run build` against a bare Next.js export of the same number of
 * trivial pages, in the same run, alternating BENCH_ROUNDS times (default 2; the best run of each is compared); plus
 * the size of catalogue pages. Prints a table and writes bench-results/build.json.
 * Builds from the committed CMS files (or the environment's overrides). Overwrites out/ and .generated/.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { env } from '@/lib/env';
import nextConfig from '@/next.config';
import { writeBareExportApp } from '@/lib/bench/bare-export';
import { measureCommand, type CommandFigures } from '@/lib/bench/measure-command';
import { describeOutFigures, outFigures } from '@/lib/bench/out-figures';

const root = resolve('.');
const childEnv = { NEXT_TELEMETRY_DISABLED: '1' };
const gz = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;
const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))]!;

const ROUNDS = env.BENCH_ROUNDS ?? 2;

/** Both builds start alike: no earlier output to clean, and no other build's writes still being flushed to disk. */
function settle(dir: string): void {
  rmSync(join(dir, '.next'), { recursive: true, force: true });
  rmSync(join(dir, 'out'), { recursive: true, force: true });
  execFileSync('sync');
  try {
    writeFileSync('/proc/sys/vm/drop_caches', '3');
  } catch {
    // only root may drop the page cache; the sync above is what matters most
  }
}

const fullRuns: CommandFigures[] = [];
const bareRuns: CommandFigures[] = [];
let pageCount = 0;
let bareDir = '';
for (let round = 1; round <= ROUNDS; round++) {
  console.log(`Round ${round}/${ROUNDS}: full-catalogue build (npm run build)…`);
  settle(root);
  const full = await measureCommand('npm run build --silent', { cwd: root, env: childEnv });
  if (full.exitCode !== 0) throw new Error('npm run build failed');
  fullRuns.push(full);
  if (round === 1) {
    // every exported HTML page: code, modifier, series, guide and site pages
    pageCount = readdirSync(join(root, 'out'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).length;
    bareDir = writeBareExportApp(root, pageCount, nextConfig.experimental);
  }
  console.log(`Round ${round}/${ROUNDS}: bare Next.js export of ${pageCount} trivial pages…`);
  settle(bareDir);
  const bare = await measureCommand(`${join(root, 'node_modules/.bin/next')} build`, { cwd: bareDir, env: childEnv });
  if (bare.exitCode !== 0) throw new Error('bare export failed');
  bareRuns.push(bare);
}
const best = (runs: CommandFigures[]) => runs.reduce((a, b) => (b.seconds < a.seconds ? b : a));
const mean = (runs: CommandFigures[]) => runs.reduce((sum, r) => sum + r.seconds, 0) / runs.length;
const full = best(fullRuns);
const bare = best(bareRuns);

const codeDirs = readdirSync(join(root, 'out/codes')).filter((name) => /^[A-V]\d{4}$/.test(name));
const htmlSizes = codeDirs.map((code) => gz(join(root, 'out/codes', code, 'index.html')));
/** Gzipped bytes of the scripts a modern browser loads with a page (noModule polyfills are for old browsers only). */
function firstLoadJs(outDir: string, page: string): { bytes: number; scripts: number } {
  const html = readFileSync(join(outDir, page), 'utf8');
  const scripts = [...html.matchAll(/<script\b([^>]*)\ssrc="([^"]+)"([^>]*)>/g)]
    .filter((m) => !/nomodule/i.test(`${m[1]}${m[3]}`))
    .map((m) => m[2]!);
  return { bytes: scripts.reduce((sum, src) => sum + gz(join(outDir, src)), 0), scripts: scripts.length };
}
const oursJs = firstLoadJs(join(root, 'out'), 'codes/E0601/index.html');
const bareJs = firstLoadJs(join(bareDir, 'out'), 'p/1/index.html');

const figures = {
  pages: pageCount,
  rounds: ROUNDS,
  fullBuild: { seconds: full.seconds, peakMiB: Math.max(...fullRuns.map((r) => r.peakMiB)), runs: fullRuns.map((r) => r.seconds) },
  bareExport: { seconds: bare.seconds, peakMiB: Math.max(...bareRuns.map((r) => r.peakMiB)), runs: bareRuns.map((r) => r.seconds) },
  ratio: full.seconds / bare.seconds,
  ratioOfMeans: mean(fullRuns) / mean(bareRuns),
  catalogueHtmlGzipBytes: { median: percentile(htmlSizes, 50), p95: percentile(htmlSizes, 95), max: Math.max(...htmlSizes) },
  firstLoadJsGzipBytes: { E0601: oursJs, bareExportPage: bareJs },
  out: outFigures(join(root, 'out')),
};
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/build.json', `${JSON.stringify(figures, null, 2)}\n`);
const runs = (r: CommandFigures[]) => r.map((x) => x.seconds.toFixed(1)).join(', ');
console.table({
  'full build (npm run build)': {
    'best wall s': full.seconds.toFixed(1),
    'all runs s': runs(fullRuns),
    'peak MiB': figures.fullBuild.peakMiB.toFixed(0),
  },
  [`bare export, ${pageCount} pages`]: {
    'best wall s': bare.seconds.toFixed(1),
    'all runs s': runs(bareRuns),
    'peak MiB': figures.bareExport.peakMiB.toFixed(0),
  },
});
console.log(`full / bare wall time: ${figures.ratio.toFixed(2)}× (best runs), ${figures.ratioOfMeans.toFixed(2)}× (means)`);
console.log(
  `catalogue page HTML, gzipped: median ${(figures.catalogueHtmlGzipBytes.median / 1024).toFixed(1)} KB, p95 ${(figures.catalogueHtmlGzipBytes.p95 / 1024).toFixed(1)} KB, max ${(figures.catalogueHtmlGzipBytes.max / 1024).toFixed(1)} KB`,
);
console.log(
  `first-load JS, gzipped: catalogue page E0601 ${(oursJs.bytes / 1024).toFixed(1)} KB in ${oursJs.scripts} scripts; bare export page ${(bareJs.bytes / 1024).toFixed(1)} KB in ${bareJs.scripts} scripts`,
);
for (const line of describeOutFigures(figures.out)) console.log(line);
