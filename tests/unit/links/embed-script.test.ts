import { readFileSync } from 'node:fs';
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
