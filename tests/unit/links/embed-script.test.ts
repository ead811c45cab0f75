import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { embedScriptIntegrity, embedScriptTag, publishVersionedEmbedScript } from '@/lib/links/embed-script';

const source = readFileSync('public/embed.js', 'utf8');

/**
 * The SRI hash of /embed/v1.js as first published. Embedders paste it into their pages, and browsers refuse the script
 * once its bytes differ: never update this value. Publish a changed script at a new address (/embed/v2.js) instead.
 */
const V1_AS_PUBLISHED = 'sha384-wklcHqLQ2rQCE1t4nbCExmrmEM7ECVh2jElTcukYskuQVn/TZAcnUxDtUMCC7+xf';

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

describe('/embed/v1.js and its integrity hash', () => {
  const published = `sha384-${createHash('sha384').update(readFileSync('public/embed.js')).digest('base64')}`;

  it('gives on the /embed/ page the hash of the file as it is', () => {
    expect(embedScriptIntegrity()).toBe(published);
    expect(embedScriptTag('https://codes.example')).toBe(
      `<script src="https://codes.example/embed/v1.js" integrity="${published}" crossorigin="anonymous" async></script>`,
    );
  });

  it('keeps the bytes embedders pinned: v1 never changes', () => {
    expect(published, 'public/embed.js changed: publish it as /embed/v2.js and keep v1 as it was').toBe(V1_AS_PUBLISHED);
  });

  it('is published after the export as a copy of /embed.js, and the build fails if the page gives another hash', () => {
    const out = mkdtempSync(join(tmpdir(), 'embed-'));
    try {
      mkdirSync(join(out, 'embed'));
      writeFileSync(join(out, 'embed.js'), source);
      const escaped = embedScriptTag('https://codes.example').replaceAll('<', '&lt;').replaceAll('"', '&quot;');
      writeFileSync(join(out, 'embed', 'index.html'), `<pre><code>${escaped}</code></pre>`);
      publishVersionedEmbedScript(out);
      expect(readFileSync(join(out, 'embed', 'v1.js'), 'utf8')).toBe(source);

      writeFileSync(join(out, 'embed.js'), `${source}\n// edited after the page was rendered`);
      expect(() => publishVersionedEmbedScript(out)).toThrow(/embed\/index\.html: does not give sha384-.*, the hash of .*embed\/v1\.js/);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
