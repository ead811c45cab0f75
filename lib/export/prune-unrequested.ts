import { readdirSync, rmdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The RSC payload files Next writes beside every page (index.txt, __next.*.txt) serve client-side navigation and
 * segment prefetching. Pages here link with plain <a> and never use the client router, so no page requests them:
 * each page's payload is inlined in its HTML. Removing them leaves about one file per page instead of nine.
 */
export const isRscPayload = (name: string): boolean => name === 'index.txt' || (name.startsWith('__next.') && name.endsWith('.txt'));

/** Deletes every RSC payload file under `dir`, then any folder left empty. Returns how many files went. */
export function pruneRscPayloads(dir: string): number {
  let removed = 0;
  const walk = (folder: string): boolean => {
    let empty = true;
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        if (walk(path)) rmdirSync(path);
        else empty = false;
      } else if (entry.isFile() && isRscPayload(entry.name)) {
        rmSync(path);
        removed++;
      } else empty = false;
    }
    return empty;
  };
  walk(dir);
  return removed;
}
