/**
 * After `next build`: removes the files no page requests (RSC payloads, manifests, copies of 404.html), gives every
 * page its Content-Security-Policy, copies the data step's published files (.generated/public/: JSON twins, code
 * index, code paths, locality table, search index) into out/, publishes the embed script at its versioned address
 * (/embed/v1.js), and writes the host rules (_redirects, _headers).
 */
import { cpSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXPORT_DIR, GENERATED_DIR, PUBLIC_DIR } from '@/lib/data-contract';
import { getCodeList, getFoldedBrowse } from '@/lib/data';
import { reportError } from '@/lib/errors';
import { embedStyleHash, publishVersionedEmbedScript } from '@/lib/links/embed-script';
import { headersFile, redirectsFile } from '@/lib/links/host-rules';
import { addPagePolicies } from '@/lib/export/page-policies';
import { pruneUnrequested } from '@/lib/export/prune-unrequested';

const OUT = EXPORT_DIR;
const started = performance.now();

if (!existsSync(join(OUT, 'index.html'))) {
  console.error('post-export: out/index.html is missing. Run "next build" first (npm run build does both).');
  process.exit(1);
}

const pruned = pruneUnrequested(OUT);
// the embed demo shows the preview card, whose style sheet embed.js writes inline
const pages = addPagePolicies(OUT, { 'embed/index.html': [embedStyleHash()] });
cpSync(join(GENERATED_DIR, PUBLIC_DIR), OUT, { recursive: true });
try {
  publishVersionedEmbedScript(OUT);
} catch (error) {
  console.error(`post-export: ${reportError(error)}`);
  process.exit(1);
}
const list = getCodeList();
const redirects = redirectsFile(list, getFoldedBrowse(), (path) => existsSync(join(OUT, path)));
writeFileSync(join(OUT, '_redirects'), redirects);
writeFileSync(join(OUT, '_headers'), headersFile());

const rules = redirects.split('\n').filter((l) => l && !l.startsWith('#')).length;
console.log(
  `post-export: ${pruned} unrequested files removed, ${pages} pages given their script policy, ${list.length} JSON twins and the data files copied, ${rules} redirect rules in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
