/**
 * Build benchmark: the full-catalogue `npm run build` against a bare Next.js export of the same number of
 * trivial pages, in the same run; plus the size of catalogue pages. Prints a table and writes bench-results/build.json.
 * Needs HCPCS_FILE and RVU_FILE (defaults: ../shared/data). Overwrites out/ and .generated/.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { writeBareExportApp } from '@/lib/bench/bare-export';
import { measureCommand } from '@/lib/bench/measure-command';

const root = resolve('.');
const data = resolve(process.env.CMS_DATA_DIR ?? '../shared/data');
const env = {
  HCPCS_FILE: process.env.HCPCS_FILE ?? join(data, 'hcpcs/raw/HCPC2026_JAN_ANWEB_01122026.txt.gz'),
  RVU_FILE: process.env.RVU_FILE ?? join(data, 'rvu/pprrvu_2025_jan.csv'),
  GPCI_FILE: process.env.GPCI_FILE ?? join(data, 'rvu/gpci_2025.csv'),
  NEXT_TELEMETRY_DISABLED: '1',
};
const gz = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;
const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))]!;

console.log('Full-catalogue build (npm run build)…');
const full = await measureCommand('npm run build --silent', { cwd: root, env });
if (full.exitCode !== 0) throw new Error('npm run build failed');
const pageCount = readdirSync(join(root, 'out/codes')).length + readdirSync(join(root, 'out/modifiers')).length;

console.log(`Bare Next.js export of ${pageCount} trivial pages…`);
const bareDir = writeBareExportApp(root, pageCount);
const bare = await measureCommand(`${join(root, 'node_modules/.bin/next')} build`, { cwd: bareDir, env });
if (bare.exitCode !== 0) throw new Error('bare export failed');

const codeDirs = readdirSync(join(root, 'out/codes')).filter((name) => /^[A-V]\d{4}$/.test(name));
const htmlSizes = codeDirs.map((code) => gz(join(root, 'out/codes', code, 'index.html')));
/** Gzipped bytes of the scripts a modern browser loads with a page (noModule polyfills are for old browsers only). */
function firstLoadJs(outDir: string, page: string): { bytes: number; scripts: number } {
  const html = readFileSync(join(outDir, page), 'utf8');
  const scripts = [...html.matchAll(/<script src="([^"]+)"([^>]*)>/g)].filter((m) => !/nomodule/i.test(m[2]!)).map((m) => m[1]!);
  return { bytes: scripts.reduce((sum, src) => sum + gz(join(outDir, src)), 0), scripts: scripts.length };
}
const oursJs = firstLoadJs(join(root, 'out'), 'codes/E0601/index.html');
const bareJs = firstLoadJs(join(bareDir, 'out'), 'p/1/index.html');

const figures = {
  pages: pageCount,
  fullBuild: { seconds: full.seconds, peakMiB: full.peakMiB },
  bareExport: { seconds: bare.seconds, peakMiB: bare.peakMiB },
  ratio: full.seconds / bare.seconds,
  catalogueHtmlGzipBytes: { median: percentile(htmlSizes, 50), p95: percentile(htmlSizes, 95), max: Math.max(...htmlSizes) },
  firstLoadJsGzipBytes: { E0601: oursJs, bareExportPage: bareJs },
};
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/build.json', `${JSON.stringify(figures, null, 2)}\n`);
console.table({
  'full build (npm run build)': { 'wall s': full.seconds.toFixed(1), 'peak MiB': full.peakMiB.toFixed(0) },
  [`bare export, ${pageCount} pages`]: { 'wall s': bare.seconds.toFixed(1), 'peak MiB': bare.peakMiB.toFixed(0) },
});
console.log(`full / bare wall time: ${figures.ratio.toFixed(2)}×`);
console.log(`catalogue page HTML, gzipped: median ${(figures.catalogueHtmlGzipBytes.median / 1024).toFixed(1)} KB, p95 ${(figures.catalogueHtmlGzipBytes.p95 / 1024).toFixed(1)} KB, max ${(figures.catalogueHtmlGzipBytes.max / 1024).toFixed(1)} KB`);
console.log(`first-load JS, gzipped: catalogue page E0601 ${(oursJs.bytes / 1024).toFixed(1)} KB in ${oursJs.scripts} scripts; bare export page ${(bareJs.bytes / 1024).toFixed(1)} KB in ${bareJs.scripts} scripts`);
