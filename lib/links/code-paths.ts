import type { CodeSummary } from '../page-schema';

/** Where the 404 page looks codes up; written by scripts/post-export.ts, fetched only by the 404 page. */
export const CODE_PATHS_HREF = '/data/code-paths.json';

/**
 * Every code in the build → its canonical page path ({ "S9986": "/codes/S9986/", "GA": "/modifiers/GA/" }), and every
 * folded browse address → the page that shows it now ({ "/codes/series/b/b4000-b9999/": "/codes/series/b/" }).
 */
export function codePaths(list: CodeSummary[], folded: Record<string, string>): Record<string, string> {
  return { ...Object.fromEntries(list.map((c) => [c.code, c.href])), ...folded };
}
