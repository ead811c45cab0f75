/**
 * After `next build`: writes what a static export cannot make by itself, from .generated/ into out/:
 * the JSON twins (/api/codes/<CODE>.json, index.json and their JSON Schemas), the code list the 404 page
 * looks codes up in, and host rules (_redirects, _headers).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { codeIndexSchema, codeTwinSchema } from '@/lib/api-schema';
import { getCodeList, getCodePage, getSiteMeta } from '@/lib/data';
import { CODE_PATHS_HREF, codePaths } from '@/lib/links/code-paths';
import { codeIndex, codeTwin } from '@/lib/links/code-twin';
import { headersFile, redirectsFile } from '@/lib/links/host-rules';
import { codeApiHref } from '@/lib/urls';

const OUT = 'out';
const started = performance.now();

if (!existsSync(join(OUT, 'index.html'))) {
  console.error('post-export: out/index.html is missing. Run "next build" first (npm run build does both).');
  process.exit(1);
}

function write(href: string, body: string): void {
  const file = join(OUT, href);
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, body);
}

const list = getCodeList();
const meta = getSiteMeta();

// Twins are typed by construction; the e2e tests parse every file in out/ against the schemas.
mkdirSync(join(OUT, 'api/codes'), { recursive: true });
// Thousands of small files: written 64 at a time, which takes about half as long as one by one.
for (let i = 0; i < list.length; i += 64) {
  await Promise.all(list.slice(i, i + 64).map((summary) => writeFile(join(OUT, codeApiHref(summary.code)), JSON.stringify(codeTwin(getCodePage(summary.code), meta)))));
}
write('/api/codes/index.json', JSON.stringify(codeIndex(list, meta)));
write('/api/codes/code.schema.json', JSON.stringify(z.toJSONSchema(codeTwinSchema), null, 2));
write('/api/codes/index.schema.json', JSON.stringify(z.toJSONSchema(codeIndexSchema), null, 2));
write(CODE_PATHS_HREF, JSON.stringify(codePaths(list)));

const redirects = redirectsFile(list, (path) => existsSync(join(OUT, path)));
write('/_redirects', redirects);
write('/_headers', headersFile());

const rules = redirects.split('\n').filter((l) => l && !l.startsWith('#')).length;
console.log(`post-export: ${list.length} JSON twins, code paths, ${rules} redirect rules in ${((performance.now() - started) / 1000).toFixed(1)} s`);
