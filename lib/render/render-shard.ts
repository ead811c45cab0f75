import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cataloguePages } from './catalogue-pages';
import type { PageAssets } from './page-head';
import { pageHtml } from './page-html';

/** Writes every `shards`-th catalogue page, starting at `shard`, into `exportDir`; returns how many. */
export function renderShard(exportDir: string, assets: PageAssets, shard: number, shards: number): number {
  let index = 0;
  let written = 0;
  for (const page of cataloguePages()) {
    if (index++ % shards !== shard) continue;
    const dir = join(exportDir, page.path);
    let html: string;
    try {
      html = pageHtml(page, assets);
    } catch (error) {
      throw new Error(`the page ${page.path} failed to render: ${(error as Error).message}`, { cause: error });
    }
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'index.html'), html);
    written++;
  }
  return written;
}
