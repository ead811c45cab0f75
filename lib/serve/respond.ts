/**
 * What `npm start` answers for one request, the way a plain static host serves out/: index.html for a folder, a
 * slash redirect for a folder asked without its slash, 404.html for anything else. Pure apart from reading the disk,
 * so tests call it directly; scripts/serve.ts only sends what it returns.
 */
import { statSync } from 'node:fs';
import { extname, isAbsolute, join, relative, sep } from 'node:path';
import { contentTypeOf } from './content-types';
import { SECURITY_HEADERS } from '../links/host-rules';

export type StaticResponse = {
  status: number;
  headers: Record<string, string>;
  /** The file to send as the body; absent for HEAD, redirects and errors. */
  file?: string;
  /** A short plain-text body, for errors. */
  text?: string;
};

// the headers a production host sends (_headers, deploy/nginx.conf), so pages are tried under the same policy
const COMMON_HEADERS: Record<string, string> = { 'Access-Control-Allow-Origin': '*', ...Object.fromEntries(SECURITY_HEADERS) };

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function plain(status: number, text: string, headers: Record<string, string> = {}): StaticResponse {
  return { status, headers: { ...COMMON_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', ...headers }, text };
}

function fileResponse(status: number, method: string, file: string): StaticResponse {
  const headers = { ...COMMON_HEADERS, 'Content-Type': contentTypeOf(extname(file)) };
  return method === 'HEAD' ? { status, headers } : { status, headers, file };
}

/** The decoded path of an origin-form request target (`/codes/S9986/?q=1`), or null when it is not one. */
function decodedPath(rawUrl: string): { path: string; search: string } | null {
  // A target starting with "//" is read by URL parsers as a host ("//evil/", "//[" which throws): never a path here.
  if (!rawUrl.startsWith('/') || rawUrl.startsWith('//')) return null;
  const end = rawUrl.search(/[?#]/);
  const rawPath = end === -1 ? rawUrl : rawUrl.slice(0, end);
  const query = end === -1 ? '' : rawUrl.slice(end).split('#')[0]!;
  let path: string;
  try {
    path = decodeURIComponent(rawPath);
  } catch {
    return null;
  }
  if (path.includes('\0')) return null;
  // The query goes back out in a Location header: kept only when it is printable ASCII, as browsers send it.
  return { path, search: /^\?[\x21-\x7e]*$/.test(query) ? query : '' };
}

/**
 * The folder's own address, built from its path inside root rather than from the request: one leading slash, each
 * segment percent-encoded (so "\" and "/" inside a segment cannot start another host), one trailing slash.
 */
function folderHref(pathInRoot: string): string {
  const segments = pathInRoot === '' ? [] : pathInRoot.split(sep);
  return `/${segments.map((segment) => `${encodeURIComponent(segment)}/`).join('')}`;
}

export function respond(root: string, method: string, rawUrl: string): StaticResponse {
  if (method !== 'GET' && method !== 'HEAD') return plain(405, 'Method not allowed', { Allow: 'GET, HEAD' });
  const request = decodedPath(rawUrl);
  if (!request) return plain(400, 'Bad request');
  const target = join(root, request.path);
  const pathInRoot = relative(root, target);
  if (pathInRoot === '..' || pathInRoot.startsWith(`..${sep}`) || isAbsolute(pathInRoot)) return plain(400, 'Bad request');

  if (request.path.endsWith('/')) {
    const index = join(target, 'index.html');
    if (isFile(index)) return fileResponse(200, method, index);
  } else if (isFile(target)) {
    return fileResponse(200, method, target);
  } else if (isFile(join(target, 'index.html'))) {
    return { status: 308, headers: { ...COMMON_HEADERS, Location: `${folderHref(pathInRoot)}${request.search}` } };
  }
  const notFound = join(root, '404.html');
  return isFile(notFound) ? fileResponse(404, method, notFound) : plain(404, 'Not found');
}
