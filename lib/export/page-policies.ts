import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { withPagePolicy } from '../links/csp';

/**
 * Gives every HTML page under `dir` its Content-Security-Policy (lib/links/csp.ts); `styles` names the style sheets a
 * page must allow by hash, by its path in `dir` ("embed/index.html"). Returns how many pages.
 */
export function addPagePolicies(dir: string, styles: Record<string, string[]> = {}): number {
  let pages = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const path = join(entry.parentPath, entry.name);
    try {
      writeFileSync(path, withPagePolicy(readFileSync(path, 'utf8'), styles[relative(dir, path)] ?? []));
    } catch (error) {
      throw new Error(`${path}: ${(error as Error).message}`);
    }
    pages++;
  }
  return pages;
}
