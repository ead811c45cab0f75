import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineScriptHashes, pagePolicy, withPagePolicy } from '@/lib/links/csp';
import { embedStyleHash } from '@/lib/links/embed-script';

const sha = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;
const PAGE =
  '<!DOCTYPE html><html><head><meta charSet="utf-8"/><script src="/_next/a.js" async=""></script></head><body>' +
  '<script>self.__next_f.push([1,"x"])</script><script id="_R_">var a = "</p>";</script>' +
  '<script type="application/ld+json">{"@context":"https://schema.org"}</script></body></html>';

describe('Content-Security-Policy', () => {
  it('hashes every inline script that runs, and only those (not src scripts, not JSON-LD)', () => {
    expect(inlineScriptHashes(PAGE)).toEqual([sha('self.__next_f.push([1,"x"])'), sha('var a = "</p>";')]);
  });

  it("allows scripts from the site and the page's own inline scripts, never unsafe-inline or unsafe-eval", () => {
    const policy = pagePolicy(inlineScriptHashes(PAGE));
    expect(policy).toMatch(/script-src 'self' 'sha256-[^']+' 'sha256-[^']+';/);
    expect(policy).not.toMatch(/unsafe-(inline|eval)/);
    expect(policy).toContain("object-src 'none'");
  });

  it('puts the policy right after <meta charset>, before any script', () => {
    const out = withPagePolicy(PAGE);
    expect(out).toMatch(
      /^<!DOCTYPE html><html><head><meta charSet="utf-8"\/><meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'sha256-/,
    );
    expect(out.indexOf('http-equiv')).toBeLessThan(out.indexOf('<script'));
  });

  it('replaces a policy already there, so finishing the export twice gives the same page', () => {
    expect(withPagePolicy(withPagePolicy(PAGE))).toBe(withPagePolicy(PAGE));
  });

  it('allows a style sheet by its hash where a page needs one, and no inline style otherwise', () => {
    expect(pagePolicy([], ['sha256-abc='])).toContain("style-src 'self' 'sha256-abc=';");
    expect(pagePolicy([])).toContain("style-src 'self';");
  });

  it("gives the hash of the embed card's style sheet as embed.js writes it", () => {
    const source = "var CSS =\n    ':host{all:initial}' +\n    '.card{color:#0f172a;font:14px \\'x\\'}';\n";
    expect(embedStyleHash(source)).toBe(sha(":host{all:initial}.card{color:#0f172a;font:14px 'x'}"));
  });

  it('refuses a page without <head>', () => {
    expect(() => withPagePolicy('<p>no head</p>')).toThrow(/no <head>/);
  });
});
