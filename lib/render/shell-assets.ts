import { readFileSync } from 'node:fs';
import { join } from 'node:path';

type Attributes = Record<string, string>;

/** What every page's head shares with the pages Next.js exported: its style sheet, icon, manifest, viewport and theme colours. */
export type ShellAssets = { links: Attributes[]; metas: Attributes[] };

const ENTITIES: Record<string, string> = { '&amp;': '&', '&quot;': '"', '&#x27;': "'", '&lt;': '<', '&gt;': '>' };

function attributesOf(tag: string): Attributes {
  const attributes: Attributes = {};
  for (const [, name, value] of tag.matchAll(/([\w:-]+)="([^"]*)"/g)) {
    if (name!.startsWith('data-')) continue; // Next's own bookkeeping (data-precedence)
    attributes[name!] = value!.replace(/&(amp|quot|#x27|lt|gt);/g, (entity) => ENTITIES[entity]!);
  }
  return attributes;
}

/**
 * Reads the shared head tags from a page Next.js exported (`index.html` in `exportDir`), so that pages rendered outside
 * Next.js load the same hashed style sheet and icon. Fails if the page has no style sheet, which would leave them bare.
 */
export function readShellAssets(exportDir: string): ShellAssets {
  const path = join(exportDir, 'index.html');
  const html = readFileSync(path, 'utf8');
  const head = html.slice(0, html.indexOf('</head>'));
  const links = [...head.matchAll(/<link [^>]*>/g)]
    .map(([tag]) => attributesOf(tag))
    .filter((a) => ['stylesheet', 'icon', 'manifest'].includes(a.rel ?? ''));
  const metas = [...head.matchAll(/<meta [^>]*>/g)]
    .map(([tag]) => attributesOf(tag))
    .filter((a) => a.name === 'viewport' || a.name === 'theme-color');
  if (!links.some((a) => a.rel === 'stylesheet')) {
    throw new Error(
      `${path}: expected a <link rel="stylesheet"> in the head (the site's CSS from next build); found none. Run next build again.`,
    );
  }
  return { links, metas };
}
