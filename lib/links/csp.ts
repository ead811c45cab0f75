import { createHash } from 'node:crypto';

/**
 * The Content-Security-Policy. A static host sends one set of headers for every page, but each page has its own inline
 * scripts (the framework's data for that page), so the policy comes in two parts:
 * - a header for every response (`_headers`, deploy/nginx.conf): what a <meta> policy cannot say (frame-ancestors);
 * - a <meta> element in each HTML page, written after the export, allowing exactly that page's inline scripts by hash.
 * Browsers enforce both. No 'unsafe-inline' or 'unsafe-eval' for scripts anywhere.
 */
export const HEADER_CSP = "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'";

const sources = (hashes: readonly string[]) => ["'self'", ...[...new Set(hashes)].map((h) => `'${h}'`)].join(' ');

/** A page's policy: its own inline scripts by hash, and any style sheet it must allow by hash (the embed demo's card). */
export function pagePolicy(scriptHashes: readonly string[], styleHashes: readonly string[] = []): string {
  return [
    "default-src 'self'",
    `script-src ${sources(scriptHashes)}`,
    `style-src ${sources(styleHashes)}`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/gi;

/** sha256 hashes of a page's inline scripts that run (JSON-LD and other data blocks do not). */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  for (const [, attributes, body] of html.matchAll(INLINE_SCRIPT)) {
    const type = /\stype="([^"]*)"/i.exec(attributes ?? '')?.[1]?.toLowerCase();
    if (type && type !== 'text/javascript' && type !== 'module') continue;
    hashes.push(
      `sha256-${createHash('sha256')
        .update(body ?? '', 'utf8')
        .digest('base64')}`,
    );
  }
  return hashes;
}

const PAGE_POLICY = /<meta http-equiv="Content-Security-Policy" content="[^"]*"\/>/;

/** The page with its policy as the first element of <head>, before any script (replacing one already there). */
export function withPagePolicy(page: string, styleHashes: readonly string[] = []): string {
  const html = page.replace(PAGE_POLICY, '');
  const head = /<head[^>]*>/i.exec(html);
  if (!head) throw new Error('no <head> element to put the Content-Security-Policy in');
  const meta = `<meta http-equiv="Content-Security-Policy" content="${pagePolicy(inlineScriptHashes(html), styleHashes)}"/>`;
  const at = head.index + head[0].length;
  // after <meta charset>, which must stay in the first 1024 bytes
  const charset = /^<meta charSet="utf-8"\/>/i.exec(html.slice(at));
  const insertAt = at + (charset ? charset[0].length : 0);
  return `${html.slice(0, insertAt)}${meta}${html.slice(insertAt)}`;
}
