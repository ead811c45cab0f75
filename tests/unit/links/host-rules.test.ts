import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { aliasesOf, headersFile, redirectsFile, SECURITY_HEADERS } from '@/lib/links/host-rules';
import type { CodeSummary } from '@/lib/page-schema';

const summary = (code: string, href: string, curated = true): CodeSummary => ({
  code,
  href,
  system: 'hcpcs',
  title: code,
  active: true,
  curated,
});
const LIST = [
  summary('S9986', '/codes/S9986/'),
  summary('96999', '/codes/96999/'),
  summary('GA', '/modifiers/GA/'),
  summary('26', '/modifiers/26/'),
  summary('E0100', '/codes/E0100/', false),
];

describe('host rules', () => {
  it('lists the short and lower-case forms of each code, never the canonical path itself', () => {
    expect(aliasesOf(LIST[0]!)).toEqual(['/S9986', '/s9986', '/codes/s9986']);
    expect(aliasesOf(LIST[1]!)).toEqual(['/96999']);
    expect(aliasesOf(LIST[2]!)).toEqual(['/GA', '/ga', '/modifiers/ga']);
    expect(aliasesOf(LIST[3]!)).toEqual(['/26']);
  });

  it('writes one permanent redirect per alias of a curated code, to a code in the list (the 404 page forwards the rest)', () => {
    const rules = redirectsFile(LIST, {})
      .split('\n')
      .filter((l) => l && !l.startsWith('#'));
    expect(rules).toEqual([
      '/S9986 /codes/S9986/ 301',
      '/s9986 /codes/S9986/ 301',
      '/codes/s9986 /codes/S9986/ 301',
      '/96999 /codes/96999/ 301',
      '/GA /modifiers/GA/ 301',
      '/ga /modifiers/GA/ 301',
      '/modifiers/ga /modifiers/GA/ 301',
      '/26 /modifiers/26/ 301',
    ]);
  });

  it('writes a permanent redirect for each folded browse address, first', () => {
    const rules = redirectsFile(LIST, { '/codes/series/b/b4000-b9999/': '/codes/series/b/' })
      .split('\n')
      .filter((l) => l && !l.startsWith('#'));
    expect(rules[0]).toBe('/codes/series/b/b4000-b9999/ /codes/series/b/ 301');
    expect(rules).toHaveLength(9);
  });

  it('refuses to write more rules than hosts accept', () => {
    const many = Array.from({ length: 700 }, (_, i) => summary(`A${String(1000 + i)}`, `/codes/A${String(1000 + i)}/`));
    expect(() => redirectsFile(many, {})).toThrow(/at most 2000/);
  });

  it('sends the security headers with every response', () => {
    const all = headersFile().split(/^\/api\/\*$/m)[0]!;
    for (const name of [
      'Content-Security-Policy',
      'X-Frame-Options',
      'X-Content-Type-Options',
      'Referrer-Policy',
      'Permissions-Policy',
      'Strict-Transport-Security',
    ])
      expect(all).toMatch(new RegExp(`^/\\*\\n(?:  .+\\n)*  ${name}: `, 'm'));
    expect(all).toContain("frame-ancestors 'none'");
  });

  it('deploy/nginx.conf sends exactly the same security headers, on every response', () => {
    const conf = readFileSync('deploy/nginx.conf', 'utf8');
    const sent = [...conf.matchAll(/^\s*add_header ([\w-]+) "([^"]*)" always;$/gm)].map((m) => [m[1], m[2]]);
    expect(sent).toEqual(SECURITY_HEADERS.map(([name, value]) => [name, value]));
  });

  it('leaves out an alias that is a real file or folder of the site', () => {
    expect(redirectsFile(LIST, {}, (p) => p === '/ga')).not.toMatch(/^\/ga /m);
  });

  it('opens the JSON twins and the embed script to other sites', () => {
    expect(headersFile()).toMatch(/^\/api\/\*\n {2}Access-Control-Allow-Origin: \*$/m);
    expect(headersFile()).toMatch(/^\/embed\.js\n {2}Access-Control-Allow-Origin: \*$/m);
    expect(headersFile()).toMatch(/^\/embed\/v1\.js\n {2}Access-Control-Allow-Origin: \*$/m);
  });
});
