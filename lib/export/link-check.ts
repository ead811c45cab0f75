import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';

/** One page of the exported site: the ids it defines and the addresses it links to. */
type PageLinks = { ids: Set<string>; links: string[] };

const ID = /\sid="([^"]+)"/g;
// href on links and <link>, src on scripts and images; not inside inline scripts (their text is data)
const REF = /<(?:a|link|script|img|iframe|source)\b[^>]*?\s(?:href|src)="([^"]*)"/g;

function pageLinks(html: string): PageLinks {
  const markup = html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, (tag) => tag.replace(/>[\s\S]*<\/script>$/, '></script>'));
  return {
    ids: new Set([...markup.matchAll(ID)].map((m) => m[1]!)),
    links: [...markup.matchAll(REF)].map((m) => m[1]!.replace(/&amp;/g, '&')),
  };
}

/** The file a site path is served from: the file itself, or a folder's index.html. Null when there is none. */
function fileFor(out: string, path: string): string | null {
  const target = join(out, decodeURIComponent(path));
  if (!target.startsWith(out)) return null;
  if (existsSync(target) && statSync(target).isFile()) return target;
  const index = join(target, 'index.html');
  return existsSync(index) ? index : null;
}

export type LinkReport = { pages: number; links: number; external: number; broken: string[] };

/**
 * Every link and anchor in every HTML page of `out`, followed offline: each internal address must be a file of the site
 * and each #fragment an id on the page it points to. External links are counted, not fetched.
 */
export function checkLinks(out: string): LinkReport {
  const pages = new Map<string, PageLinks>();
  for (const entry of readdirSync(out, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith('.html')) {
      const file = join(entry.parentPath, entry.name);
      pages.set(file, pageLinks(readFileSync(file, 'utf8')));
    }
  }
  const broken: string[] = [];
  let links = 0;
  let external = 0;
  for (const [file, { links: refs, ids }] of pages) {
    const sitePath = `/${posix.relative(out, file.split('\\').join('/')).replace(/index\.html$/, '')}`;
    for (const ref of refs) {
      links++;
      if (/^(https?:|mailto:|tel:|data:)/i.test(ref) || ref.startsWith('//')) {
        external++;
        continue;
      }
      const [beforeHash, fragment] = ref.split('#', 2) as [string, string | undefined];
      const path = beforeHash.split('?')[0]!;
      if (path === '') {
        if (fragment && !ids.has(decodeURIComponent(fragment))) broken.push(`${file}: #${fragment} is not an id on the page`);
        continue;
      }
      const target = fileFor(out, posix.resolve(sitePath, path));
      if (!target) {
        broken.push(`${file}: ${ref} is not in the site`);
        continue;
      }
      if (fragment && target.endsWith('.html') && !pages.get(target)?.ids.has(decodeURIComponent(fragment)))
        broken.push(`${file}: ${ref}: #${fragment} is not an id on ${target}`);
    }
  }
  return { pages: pages.size, links, external, broken };
}
