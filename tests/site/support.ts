import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const OUT = 'out';

/** Every code and modifier page in out/, as [code, path of its index.html] (not /codes/cpt/, a browse page). */
export function codePagePaths(): [string, string][] {
  if (!existsSync(join(OUT, 'index.html'))) throw new Error('out/ is empty: run "npm run build" first');
  return ['codes', 'modifiers'].flatMap((folder) =>
    readdirSync(join(OUT, folder), { withFileTypes: true })
      .filter((d) => d.isDirectory() && /^[A-Z0-9]{2,5}$/.test(d.name) && existsSync(join(OUT, folder, d.name, 'index.html')))
      .map((d): [string, string] => [d.name, join(OUT, folder, d.name, 'index.html')]),
  );
}

/** The text a reader sees: scripts, styles and the chart's axis labels (scale marks, not figures) removed, tags dropped. */
export function visibleText(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<svg[\s\S]*?<\/svg>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/\s+/g, ' ');
}

export const readHtml = (path: string) => readFileSync(path, 'utf8');
