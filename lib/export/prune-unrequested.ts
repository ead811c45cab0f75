import { readdirSync, rmdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Files `next build` writes that no page here ever requests:
 * - the RSC payload files beside every page (index.txt, __next.*.txt), for client-side navigation and segment
 *   prefetching: pages link with plain <a>, never use the client router, and carry their payload inline;
 * - the Pages Router manifests (_buildManifest.js, _ssgManifest.js, _clientMiddlewareManifest.js) and source maps;
 * - 404/index.html and _not-found/index.html, copies of 404.html, which is what every host serves.
 * The browser tests fail on any request that fails, so a file a page did need would show there.
 */
const UNREQUESTED = [
  /(^|\/)index\.txt$/,
  /(^|\/)__next\.[^/]*\.txt$/,
  /^_next\/static\/[^/]+\/_(buildManifest|ssgManifest|clientMiddlewareManifest)\.js$/,
  /^_next\/static\/.*\.map$/,
  /^(404|_not-found)\/index\.html$/,
];

/** Whether the file at `path` (relative to out/, with forward slashes) is one no page requests. */
export const isUnrequested = (path: string): boolean => UNREQUESTED.some((rule) => rule.test(path));

/** Deletes every unrequested file under `dir`, then any folder left empty. Returns how many files went. */
export function pruneUnrequested(dir: string): number {
  let removed = 0;
  const walk = (folder: string, prefix: string): boolean => {
    let empty = true;
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      const relative = prefix + entry.name;
      if (entry.isDirectory()) {
        if (walk(path, `${relative}/`)) rmdirSync(path);
        else empty = false;
      } else if (entry.isFile() && isUnrequested(relative)) {
        rmSync(path);
        removed++;
      } else empty = false;
    }
    return empty;
  };
  walk(dir, '');
  return removed;
}
