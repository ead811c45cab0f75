import { describe, expect, it } from 'vitest';
import { aliasesOf, headersFile, redirectsFile } from '@/lib/links/host-rules';
import type { CodeSummary } from '@/lib/page-schema';

const summary = (code: string, href: string): CodeSummary => ({ code, href, system: 'hcpcs', title: code, active: true, curated: false });
const LIST = [
  summary('S9986', '/codes/S9986/'),
  summary('96999', '/codes/96999/'),
  summary('GA', '/modifiers/GA/'),
  summary('26', '/modifiers/26/'),
];

describe('host rules', () => {
  it('lists the short and lower-case forms of each code, never the canonical path itself', () => {
    expect(aliasesOf(LIST[0]!)).toEqual(['/S9986', '/s9986', '/codes/s9986']);
    expect(aliasesOf(LIST[1]!)).toEqual(['/96999']);
    expect(aliasesOf(LIST[2]!)).toEqual(['/GA', '/ga', '/modifiers/ga']);
    expect(aliasesOf(LIST[3]!)).toEqual(['/26']);
  });

  it('writes one permanent redirect per alias, to a code in the list', () => {
    const rules = redirectsFile(LIST)
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

  it('leaves out an alias that is a real file or folder of the site', () => {
    expect(redirectsFile(LIST, (p) => p === '/ga')).not.toMatch(/^\/ga /m);
  });

  it('opens the JSON twins and the embed script to other sites', () => {
    expect(headersFile()).toMatch(/^\/api\/\*\n {2}Access-Control-Allow-Origin: \*$/m);
    expect(headersFile()).toMatch(/^\/embed\.js\n {2}Access-Control-Allow-Origin: \*$/m);
    expect(headersFile()).toMatch(/^\/embed\/v1\.js\n {2}Access-Control-Allow-Origin: \*$/m);
  });
});
