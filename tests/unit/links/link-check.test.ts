import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkLinks } from '@/lib/export/link-check';

const out = mkdtempSync(join(tmpdir(), 'links-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));
const page = (path: string, html: string) => {
  mkdirSync(dirname(join(out, path)), { recursive: true });
  writeFileSync(join(out, path), html);
};

page(
  'index.html',
  '<a href="/codes/A/">A</a><a href="/codes/A/#faq">faq</a><a href="#top" id="top">top</a><a href="https://cms.gov/">cms</a>',
);
page(
  'codes/A/index.html',
  '<section id="faq"></section><a href="../B/">B</a><a href="/codes/A/#nope">x</a><script>var s = "<a href=\\"/ghost/\\">";</script>',
);
page('codes/B/index.html', '<img src="/icon.svg"><a href="/search/?q=walker">s</a>');

describe('the offline link checker', () => {
  it('follows relative and absolute links and anchors, counts external ones, and ignores text inside scripts', () => {
    const report = checkLinks(out);
    expect(report.pages).toBe(3);
    expect(report.external).toBe(1);
    expect(report.broken.map((b) => b.replace(out, ''))).toEqual([
      '/codes/A/index.html: /codes/A/#nope: #nope is not an id on ' + join(out, 'codes/A/index.html'),
      '/codes/B/index.html: /icon.svg is not in the site',
      '/codes/B/index.html: /search/?q=walker is not in the site',
    ]);
  });
});
