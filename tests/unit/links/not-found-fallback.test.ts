import { describe, expect, it } from 'vitest';
import { NOT_FOUND_FALLBACK } from '@/lib/links/not-found-fallback';

const PATHS = {
  S9986: '/codes/S9986/',
  '96999': '/codes/96999/',
  GA: '/modifiers/GA/',
  '/codes/series/b/b4000-b9999/': '/codes/series/b/',
  '/codes/cpt/medicine/99024-99024/': '/codes/99024/',
};

/** Runs the inline 404 script against a fake location and code list; returns where it navigated, if anywhere. */
async function visit(address: string, paths: Record<string, unknown> = PATHS) {
  const url = new URL(`https://codeatlas.example${address}`);
  const fetched: string[] = [];
  const replaced: string[] = [];
  const location = { pathname: url.pathname, search: url.search, hash: url.hash, replace: (to: string) => replaced.push(to) };
  const fetch = async (href: string) => {
    fetched.push(href);
    return { ok: true, json: async () => paths };
  };
  new Function('location', 'fetch', NOT_FOUND_FALLBACK)(location, fetch);
  await new Promise((resolve) => setTimeout(resolve, 0));
  return { fetched, to: replaced[0] ?? null };
}

describe('the 404 fallback script', () => {
  it.each([
    ['/codes/s9986', '/codes/S9986/'],
    ['/codes/s9986/', '/codes/S9986/'],
    ['/S9986', '/codes/S9986/'],
    ['/s9986/', '/codes/S9986/'],
    ['/96999', '/codes/96999/'],
    ['/modifiers/ga', '/modifiers/GA/'],
    ['/GA', '/modifiers/GA/'],
    ['/ga/', '/modifiers/GA/'],
    ['/codes/ga', '/modifiers/GA/'],
    ['/codes/series/b/b4000-b9999/', '/codes/series/b/'],
    ['/codes/series/B/B4000-B9999', '/codes/series/b/'],
    ['/codes/cpt/medicine/99024-99024/', '/codes/99024/'],
  ])('sends %s to %s', async (from, to) => {
    expect((await visit(from)).to).toBe(to);
  });

  it('keeps the section anchor and query', async () => {
    expect((await visit('/s9986?ref=policy#faq')).to).toBe('/codes/S9986/?ref=policy#faq');
  });

  it('stays on the 404 page for a code that is not in the list', async () => {
    expect(await visit('/codes/z9999/')).toEqual({ fetched: ['/data/code-paths.json'], to: null });
  });

  it('does not even fetch the list for an address that is not shaped like a code', async () => {
    for (const path of [
      '/guides/nope/',
      '/codes/series/x/',
      '/codes/S9986/extra',
      '/toolong',
      '//evil.example/S9986',
      '/codes/series/b/c/d/',
    ]) {
      expect(await visit(path)).toEqual({ fetched: [], to: null });
    }
  });

  it('never navigates to a path that is not a canonical code path, even if the list says so', async () => {
    for (const bad of ['//evil.example/', 'https://evil.example/codes/S9986/', 'javascript:alert(1)', '/codes/S9986/../../x/', 42]) {
      expect((await visit('/s9986', { S9986: bad })).to).toBeNull();
      expect((await visit('/codes/series/b/b4000-b9999/', { '/codes/series/b/b4000-b9999/': bad })).to).toBeNull();
    }
    expect((await visit('/codes/series/b/x/', { '/codes/series/b/x/': '/guides/' })).to).toBeNull();
  });

  it('ignores inherited object keys and does not loop on the canonical address', async () => {
    expect((await visit('/codes/S9986/', PATHS)).to).toBeNull();
    expect((await visit('/constructor', PATHS)).to).toBeNull();
  });
});
