import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Writes a bare Next.js app that exports `count` trivial pages: the framework's floor for a static
 * export of that many pages, with the same `experimental` settings as the site so both run the same framework work.
 * It lives inside the repo (git-ignored .bench/) so it resolves the same next install.
 */
export function writeBareExportApp(repoRoot: string, count: number, experimental: object = {}): string {
  const dir = join(repoRoot, '.bench', 'bare-export');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'app', 'p', '[id]'), { recursive: true });
  writeFileSync(
    join(dir, 'next.config.mjs'),
    `export default { output: 'export', trailingSlash: true, experimental: ${JSON.stringify(experimental)}, turbopack: { root: ${JSON.stringify(repoRoot)} } };\n`,
  );
  writeFileSync(
    join(dir, 'app', 'layout.jsx'),
    `export default function Layout({ children }) { return <html lang="en"><body>{children}</body></html>; }\n`,
  );
  writeFileSync(join(dir, 'app', 'page.jsx'), `export default function Home() { return <p>home</p>; }\n`);
  writeFileSync(
    join(dir, 'app', 'p', '[id]', 'page.jsx'),
    `export const dynamicParams = false;
export function generateStaticParams() { return Array.from({ length: ${count} }, (_, i) => ({ id: String(i) })); }
export default async function Page({ params }) { const { id } = await params; return <p>Page {id}</p>; }
`,
  );
  return dir;
}
