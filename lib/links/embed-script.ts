/**
 * The link-preview script (public/embed.js) and the addresses it is published at. Next copies public/ into out/, so
 * the file is served at /embed.js, its first address, kept for existing embedders; scripts/post-export.ts copies the
 * same bytes to /embed/v1.js, the address the /embed/ page gives with a Subresource Integrity hash.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { formatProblem, ProblemError } from '../errors';
import { EMBED_SCRIPT_ALIAS_HREF, EMBED_SCRIPT_HREF } from '../urls';

export const EMBED_SCRIPT_SOURCE = 'public/embed.js';

/** The value of a script tag's integrity attribute for these bytes. */
export function subresourceIntegrity(bytes: Uint8Array): string {
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}

/** The integrity of the script as it is in public/ now, which is what the build publishes. */
export function embedScriptIntegrity(): string {
  return subresourceIntegrity(readFileSync(EMBED_SCRIPT_SOURCE));
}

/**
 * The card's style sheet, as embed.js writes it into its shadow root (`var CSS = '…' + '…';`), and the hash a site's
 * Content-Security-Policy needs in style-src to allow it. Read from the script, so it always matches.
 */
export function embedStyleHash(source: string = readFileSync(EMBED_SCRIPT_SOURCE, 'utf8')): string {
  const expression = /var CSS =([\s\S]*?);\n/.exec(source)?.[1];
  if (!expression) throw new Error(`${EMBED_SCRIPT_SOURCE}: no "var CSS = …;" style sheet found`);
  const css = [...expression.matchAll(/'((?:[^'\\]|\\.)*)'/g)].map((m) => m[1]!.replace(/\\(.)/g, '$1')).join('');
  return `sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}`;
}

/** The tag the /embed/ page tells embedders to paste. */
export function embedScriptTag(siteUrl: string, integrity: string = embedScriptIntegrity()): string {
  return `<script src="${siteUrl}${EMBED_SCRIPT_HREF}" integrity="${integrity}" crossorigin="anonymous" async></script>`;
}

/**
 * After `next build`: copies the script Next published at /embed.js to /embed/v1.js in outDir, and fails unless the
 * exported /embed/ page gives the hash of exactly those bytes.
 */
export function publishVersionedEmbedScript(outDir: string): void {
  const target = join(outDir, EMBED_SCRIPT_HREF);
  mkdirSync(dirname(target), { recursive: true });
  copyFileSync(join(outDir, EMBED_SCRIPT_ALIAS_HREF), target);
  const integrity = subresourceIntegrity(readFileSync(target));
  const page = join(outDir, 'embed', 'index.html');
  if (!readFileSync(page, 'utf8').includes(integrity)) {
    const problem = {
      file: page,
      message: `does not give ${integrity}, the hash of ${target}`,
      fix: `run "npm run build" again, without editing ${EMBED_SCRIPT_SOURCE} during it`,
    };
    throw new ProblemError([problem], formatProblem(problem));
  }
}
