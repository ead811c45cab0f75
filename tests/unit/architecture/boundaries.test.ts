/**
 * Architectural rules as tests (after Starlight's): the search engine and the code shapes run in the browser, so
 * nothing they load, directly or through other project modules, may be a Node-only module, zod, or content loading.
 * Type-only imports are erased at compile time and do not count.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve('.');
const BROWSER_SAFE = ['lib/search', 'lib/codes', 'lib/text'];
const FORBIDDEN: [RegExp, string][] = [
  [/^node:|^(fs|path|os|zlib|child_process)$/, 'a Node-only module'],
  [/^zod$/, 'zod'],
  [/^gray-matter$|^yaml$/, 'a front-matter reader'],
];
const FORBIDDEN_FILES: [RegExp, string][] = [[/^lib\/content\//, 'content loading (lib/content)']];

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Runtime imports of a source file: `import … from`, `export … from` and `import()`, minus `import type`. */
export function runtimeImports(source: string): string[] {
  const out: string[] = [];
  for (const m of source.matchAll(/^\s*(import|export)\s+(type\s+)?[^;]*?from\s+['"]([^'"]+)['"]/gm)) if (!m[2]) out.push(m[3]!);
  for (const m of source.matchAll(/^\s*import\s+['"]([^'"]+)['"]/gm)) out.push(m[1]!);
  for (const m of source.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) out.push(m[1]!);
  return out;
}

function resolveLocal(from: string, spec: string): string | null {
  const base = spec.startsWith('@/') ? join(ROOT, spec.slice(2)) : spec.startsWith('.') ? resolve(dirname(from), spec) : null;
  if (!base) return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')])
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  return null;
}

/** Every forbidden thing reachable from `start`, with the chain of files that reaches it. */
export function violations(start: string[]): string[] {
  const found: string[] = [];
  const seen = new Set<string>();
  const walk = (file: string, chain: string[]) => {
    if (seen.has(file)) return;
    seen.add(file);
    const rel = relative(ROOT, file);
    for (const [pattern, what] of FORBIDDEN_FILES) if (pattern.test(rel)) found.push(`${[...chain, rel].join(' → ')} is ${what}`);
    for (const spec of runtimeImports(readFileSync(file, 'utf8'))) {
      const local = resolveLocal(file, spec);
      if (local) walk(local, [...chain, rel]);
      else
        for (const [pattern, what] of FORBIDDEN)
          if (pattern.test(spec)) found.push(`${[...chain, rel].join(' → ')} imports ${what} ("${spec}")`);
    }
  };
  for (const file of start) walk(resolve(file), []);
  return found;
}

describe('import boundaries', () => {
  it.each(BROWSER_SAFE)('%s loads no Node-only module, no zod and no content loading, not even indirectly', (dir) => {
    expect(violations(filesUnder(dir))).toEqual([]);
  });

  it('the check sees through re-exports and relative paths (shown on a module that must fail it)', () => {
    expect(violations(['lib/data-contract.ts']).some((v) => v.includes('zod'))).toBe(true);
    expect(violations(['lib/pipeline/build-site-data.ts']).some((v) => v.includes('lib/content/'))).toBe(true);
  });

  it('ignores type-only imports', () => {
    expect(runtimeImports("import type { A } from 'zod';\nimport { b } from './b';\nexport type { C } from 'node:fs';")).toEqual(['./b']);
  });
});

describe('environment', () => {
  it('only lib/env.ts reads process.env (passing the whole environment on to a child process, or naming it in quotes for a bundler to replace, is not reading it)', () => {
    const sources = ['lib', 'app', 'components', 'scripts', 'tests']
      .flatMap(filesUnder)
      .concat(['next.config.ts', 'playwright.config.ts', 'vitest.config.ts'])
      .filter((file) => file !== relative(ROOT, __filename))
      // its stand-in build steps are other programs (as next build is), told their folders through the environment
      .filter((file) => file !== 'tests/support/fake-build.ts');
    const reads = /(?<!\.\.\.|['"])\bprocess\.env\b/;
    const readers = sources.filter((file) => reads.test(readFileSync(file, 'utf8').replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '')));
    expect(readers).toEqual(['lib/env.ts']);
  });
});
