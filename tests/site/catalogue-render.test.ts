import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codePagePaths, OUT, readHtml } from './support';

/** The stylesheet link of a page's head. */
const stylesheet = (html: string) => /<link rel="stylesheet" href="([^"]+)"/.exec(html)?.[1];

describe('catalogue pages rendered outside Next.js (scripts/render-catalogue.ts), over every code and modifier page', () => {
  const pages = codePagePaths();
  const nextCss = stylesheet(readFileSync(join(OUT, 'index.html'), 'utf8'));

  it('load the style sheet of the pages Next.js exported, and the island script, and carry no flight payload', () => {
    expect(nextCss).toMatch(/^\/_next\/static\/chunks\/[^/]+\.css$/);
    const bad: string[] = [];
    const scripts = new Set<string>();
    for (const [code, path] of pages) {
      const html = readHtml(path);
      const script = /<script type="module" src="([^"]+)"/.exec(html)?.[1];
      if (script) scripts.add(script);
      if (stylesheet(html) !== nextCss || !script || html.includes('self.__next_f') || !html.includes('data-island="header-search"'))
        bad.push(code);
    }
    expect(bad.slice(0, 20)).toEqual([]);
    expect([...scripts]).toHaveLength(1);
    expect(existsSync(join(OUT, [...scripts][0]!))).toBe(true);
  });

  it('give every island’s props as a JSON data block that parses', () => {
    const bad: string[] = [];
    for (const [code, path] of pages) {
      for (const [, json] of readHtml(path).matchAll(/<script type="application\/json" data-island-props="true">([\s\S]*?)<\/script>/g)) {
        try {
          JSON.parse(json!);
        } catch {
          bad.push(code);
        }
      }
    }
    expect(bad.slice(0, 20)).toEqual([]);
  });
});
