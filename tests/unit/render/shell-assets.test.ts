import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readShellAssets } from '@/lib/render/shell-assets';

function exportWith(head: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'shell-'));
  writeFileSync(
    join(dir, 'index.html'),
    `<!DOCTYPE html><html><head>${head}</head><body><link rel="stylesheet" href="/late.css"/></body></html>`,
  );
  return dir;
}

describe('the head tags shared with the pages Next.js exported', () => {
  it('takes the style sheet, icon, manifest, viewport and theme colours, without Next’s own attributes', () => {
    const dir = exportWith(
      '<meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>' +
        '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>' +
        '<link rel="preload" as="script" href="/_next/static/chunks/b.js"/>' +
        '<meta name="theme-color" content="#ffffff" media="(prefers-color-scheme: light)"/><title>x</title>' +
        '<link rel="icon" href="/icon.svg?icon.1.svg&amp;v=2" sizes="any" type="image/svg+xml"/><link rel="manifest" href="/manifest.webmanifest"/>' +
        '<link rel="canonical" href="https://codeatlas.example/"/>',
    );
    expect(readShellAssets(dir)).toEqual({
      links: [
        { rel: 'stylesheet', href: '/_next/static/chunks/a.css' },
        { rel: 'icon', href: '/icon.svg?icon.1.svg&v=2', sizes: 'any', type: 'image/svg+xml' },
        { rel: 'manifest', href: '/manifest.webmanifest' },
      ],
      metas: [
        { name: 'viewport', content: 'width=device-width, initial-scale=1' },
        { name: 'theme-color', content: '#ffffff', media: '(prefers-color-scheme: light)' },
      ],
    });
  });

  it('fails, naming the file, when the exported page has no style sheet in its head', () => {
    const dir = exportWith('<title>x</title>');
    expect(() => readShellAssets(dir)).toThrow(`${join(dir, 'index.html')}: expected a <link rel="stylesheet"> in the head`);
  });
});
