import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { PageToRender } from '@/lib/render/page-html';

const pages: PageToRender[] = [];
vi.mock('@/lib/render/catalogue-pages', () => ({ cataloguePages: () => pages.values() }));
// the footer names the releases; unit tests run before any build has written .generated/
vi.mock('@/lib/data', () => ({
  getSiteMeta: () => ({
    hcpcsRelease: 'HCPCS test',
    feeSchedule: null,
    builtOn: '2026-01-01',
    counts: { codes: 3, curated: 0, guides: 0, cptSummaries: 0 },
  }),
}));
const { renderShard } = await import('@/lib/render/render-shard');

const ASSETS = { shell: { links: [{ rel: 'stylesheet', href: '/site.css' }], metas: [] }, script: '/islands.js' };
const page = (path: string, body: () => never | string): PageToRender => ({ path, title: path, description: 'd', type: 'website', body });

describe('rendering a shard of the catalogue', () => {
  it('writes every n-th page as a whole document with the shared head and the island script', () => {
    pages.splice(
      0,
      pages.length,
      page('/a/', () => 'first'),
      page('/b/', () => 'second'),
      page('/c/', () => 'third'),
    );
    const dir = mkdtempSync(join(tmpdir(), 'shard-'));
    expect(renderShard(dir, ASSETS, 0, 2)).toBe(2);
    const html = readFileSync(join(dir, 'a/index.html'), 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html><html lang="en"><head>/);
    expect(html).toContain('<link rel="stylesheet" href="/site.css"/>');
    expect(html).toContain('<script type="module" src="/islands.js" defer="">');
    expect(html).toContain('first');
    expect(existsSync(join(dir, 'b/index.html'))).toBe(false);
    expect(existsSync(join(dir, 'c/index.html'))).toBe(true);
  });

  it('names the page that failed to render', () => {
    pages.splice(
      0,
      pages.length,
      page('/codes/X1234/', () => {
        throw new Error('no such field');
      }),
    );
    expect(() => renderShard(mkdtempSync(join(tmpdir(), 'shard-')), ASSETS, 0, 1)).toThrow(
      'the page /codes/X1234/ failed to render: no such field',
    );
  });
});
