import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isUnrequested, pruneUnrequested } from '@/lib/export/prune-unrequested';

describe('files no page requests', () => {
  it.each([
    'index.txt',
    'codes/S9986/__next._full.txt',
    'codes/S9986/__next.codes.$d$code.__PAGE__.txt',
    '_next/static/abc123/_buildManifest.js',
    '_next/static/abc123/_ssgManifest.js',
    '_next/static/abc123/_clientMiddlewareManifest.js',
    '_next/static/chunks/2z3sh82dl8glu.js.map',
    '404/index.html',
    '_not-found/index.html',
  ])('prunes %s', (path) => expect(isUnrequested(path)).toBe(true));

  it.each([
    'robots.txt',
    'index.html',
    '404.html',
    'sitemap.xml',
    'codes/S9986/index.html',
    'api/codes/S9986.json',
    '_next/static/chunks/turbopack-worker-1hrsqshz0gfey.js',
    '_next/static/media/icon.10fstm6bya7sh.svg',
    'codes/404/index.html',
  ])('keeps %s', (path) => expect(isUnrequested(path)).toBe(false));

  it('removes them from a folder, and folders left empty, and keeps the rest', () => {
    const dir = mkdtempSync(join(tmpdir(), 'prune-'));
    const files = ['index.html', 'index.txt', '_not-found/index.html', 'codes/S9986/index.html', 'codes/S9986/__next._full.txt'];
    for (const file of files) {
      mkdirSync(dirname(join(dir, file)), { recursive: true });
      writeFileSync(join(dir, file), 'x');
    }
    expect(pruneUnrequested(dir)).toBe(3);
    expect(files.map((f) => existsSync(join(dir, f)))).toEqual([true, false, false, true, false]);
    expect(existsSync(join(dir, '_not-found'))).toBe(false);
  });
});
