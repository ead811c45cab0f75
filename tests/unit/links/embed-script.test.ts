import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const source = readFileSync('public/embed.js', 'utf8');

describe('public/embed.js', () => {
  it('is at most 5 KB gzipped', () => {
    const size = gzipSync(source, { level: 9 }).length;
    expect(size, `${size} bytes gzipped`).toBeLessThanOrEqual(5 * 1024);
  });

  it('never writes markup: text only, no eval, no other scripts', () => {
    expect(source).not.toMatch(
      /innerHTML|outerHTML|insertAdjacentHTML|document\.write|createContextualFragment|DOMParser|eval\(|new Function|import\(/,
    );
    expect(source).toContain('textContent');
  });

  it('parses as a classic script', () => {
    expect(() => new Function(source)).not.toThrow();
  });
});

type FakeScript = { src: string };

/** Runs the script in a bare page holding the given script tags; returns what it fetches when a link is hovered. */
function runInPage(currentScript: FakeScript | null, scriptTags: FakeScript[]) {
  const listeners: Record<string, (event: unknown) => void> = {};
  const fetched: string[] = [];
  const element = (): Record<string, unknown> => ({
    style: {},
    attachShadow: () => ({ appendChild: () => undefined }),
    appendChild: () => undefined,
    setAttribute: () => undefined,
  });
  const document = {
    currentScript,
    // Enough of querySelector for script[src$="…"]: what a fallback that guesses from script tags would find.
    querySelector: (selector: string) => scriptTags.find((s) => s.src.endsWith(/\[src\$="([^"]+)"\]/.exec(selector)?.[1] ?? '')) ?? null,
    querySelectorAll: () => scriptTags,
    getElementsByTagName: () => scriptTags,
    scripts: scriptTags,
    addEventListener: (type: string, listener: (event: unknown) => void) => (listeners[type] = listener),
    createElement: element,
    body: { appendChild: () => undefined },
  };
  const page: Record<string, unknown> = {
    document,
    location: { href: 'https://partner.example/policy/' },
    URL,
    Math,
    String,
    setTimeout,
    clearTimeout,
    innerWidth: 1200,
    innerHeight: 800,
    scrollX: 0,
    scrollY: 0,
    fetch: (url: string) => {
      fetched.push(url);
      return new Promise(() => undefined);
    },
  };
  page.window = page;
  runInNewContext(source, page);

  function hover(href: string): string[] {
    const link = {
      href,
      closest: () => link,
      getAttribute: () => null,
      setAttribute: () => undefined,
      removeAttribute: () => undefined,
      contains: () => false,
      getBoundingClientRect: () => ({ top: 10, bottom: 30, left: 10 }),
    };
    fetched.length = 0;
    listeners.mouseover?.({ target: link });
    return [...fetched];
  }
  return { hover, active: page.__codeAtlasEmbed === true };
}

describe('public/embed.js: where it fetches previews from', () => {
  const decoy = { src: 'https://other.example/embed.js' };

  it('takes its origin from its own script tag, not from another /embed.js on the page', () => {
    const page = runInPage({ src: 'https://codes.example/embed/v1.js' }, [decoy, { src: 'https://codes.example/embed/v1.js' }]);
    expect(page.hover('https://codes.example/codes/S9986/')).toEqual(['https://codes.example/api/codes/S9986.json']);
    expect(page.hover('https://other.example/codes/E0100/')).toEqual([]);
  });

  it('works from its first address, /embed.js, too', () => {
    const page = runInPage({ src: 'https://codes.example/embed.js' }, [{ src: 'https://codes.example/embed.js' }]);
    expect(page.hover('https://codes.example/ga')).toEqual(['https://codes.example/api/codes/GA.json']);
  });

  it('stays inactive when document.currentScript is null, rather than guess from other script tags', () => {
    const page = runInPage(null, [decoy, { src: 'https://codes.example/embed.js' }]);
    expect(page.active).toBe(false);
    expect(page.hover('https://other.example/codes/S9986/')).toEqual([]);
    expect(page.hover('https://codes.example/codes/S9986/')).toEqual([]);
  });
});
