import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { respond, type StaticResponse } from '@/lib/serve/respond';

// base/out is the served folder; base/out-other and base/secret.txt must stay out of reach.
const base = mkdtempSync(join(tmpdir(), 'serve-'));
const root = join(base, 'out');
const files: Record<string, string> = {
  'out/index.html': 'home',
  'out/404.html': 'not found page',
  'out/embed.js': 'script',
  'out/codes/S9986/index.html': 'S9986 page',
  'out/evil.example/index.html': 'a folder named like a host',
  'out/\\evil.example/index.html': 'a folder whose name starts with a backslash',
  'out-other/secret.txt': 'sibling secret',
  'secret.txt': 'parent secret',
};
for (const [path, text] of Object.entries(files)) {
  mkdirSync(dirname(join(base, path)), { recursive: true });
  writeFileSync(join(base, path), text);
}
afterAll(() => rmSync(base, { recursive: true, force: true }));

const get = (rawUrl: string): StaticResponse => respond(root, 'GET', rawUrl);

/** A redirect stays on this site: one leading slash, then neither a slash nor a backslash (browsers read "\" as "/"). */
function expectSameOriginOrNoRedirect(answer: StaticResponse): void {
  const location = answer.headers.Location;
  if (location === undefined) return;
  expect(location).toMatch(/^\/(?![/\\])/);
  expect(new URL(location, 'https://site.test/x/').origin).toBe('https://site.test');
}

describe('respond: off-site redirects', () => {
  it.each([
    '//evil.example/',
    '//evil.example',
    '//evil.example/codes',
    '//a//host/..%2Fcodes',
    '///evil.example/',
    '//evil.example/%2E%2E/codes',
  ])('refuses a target read as a host: %s', (rawUrl) => {
    const answer = get(rawUrl);
    expect(answer.status).toBe(400);
    expect(answer.headers.Location).toBeUndefined();
  });

  it.each([
    ['/%2Fevil.example', '/evil.example/'],
    ['/%2F%2Fevil.example', '/evil.example/'],
    ['/%2F/evil.example?x=1', '/evil.example/?x=1'],
    ['/./evil.example', '/evil.example/'],
    ['/\\evil.example', '/%5Cevil.example/'],
    ['/%5Cevil.example', '/%5Cevil.example/'],
    ['/%5cevil.example', '/%5Cevil.example/'],
    ['/codes/..', '/'],
    ['/.', '/'],
  ])('redirects %s to the folder on this site, %s', (rawUrl, location) => {
    const answer = get(rawUrl);
    expect(answer.status).toBe(308);
    expect(answer.headers.Location).toBe(location);
    expectSameOriginOrNoRedirect(answer);
  });

  it.each(['/\\\\evil.example', '/%5C%5Cevil.example', '/%5C/evil.example', '/\\/evil.example/', '/%09/evil.example'])(
    'never redirects off-site: %s',
    (rawUrl) => expectSameOriginOrNoRedirect(get(rawUrl)),
  );
});

describe('respond: containment', () => {
  it.each([
    '/../out-other/secret.txt',
    '/%2E%2E/out-other/secret.txt',
    '/..%2Fout-other%2Fsecret.txt',
    '/codes/../../out-other/secret.txt',
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/..',
  ])('refuses %s, outside the served folder', (rawUrl) => {
    const answer = get(rawUrl);
    expect(answer.status).toBe(400);
    expect(answer.file).toBeUndefined();
  });

  it('reads a backslash as part of a name, not as a separator', () => {
    expect(get('/..%5C..%5Csecret.txt')).toMatchObject({ status: 404, file: join(root, '404.html') });
    expect(get('/..\\secret.txt')).toMatchObject({ status: 404, file: join(root, '404.html') });
  });

  it('serves a path that goes up and back in', () => {
    expect(get('/codes/../embed.js')).toMatchObject({ status: 200, file: join(root, 'embed.js') });
    expect(get('/codes/%2E%2E/embed.js')).toMatchObject({ status: 200, file: join(root, 'embed.js') });
  });
});

describe('respond: malformed requests', () => {
  it.each(['//[', '//[::1', '/%', '/%E0%A4%A', '/%zz', 'codes/S9986/', '*', 'http://evil.example/'])('answers 400 to %s', (rawUrl) => {
    expect(() => get(rawUrl)).not.toThrow();
    expect(get(rawUrl).status).toBe(400);
  });

  it.each(['/%00', '/index.html%00.png', '/embed.js%00', '/codes/%00/'])('answers 400 to a NUL byte: %s', (rawUrl) => {
    expect(get(rawUrl).status).toBe(400);
  });
});

describe('respond: a plain static host', () => {
  it('serves index.html for a folder with its slash, and files as they are', () => {
    expect(get('/')).toMatchObject({ status: 200, file: join(root, 'index.html') });
    expect(get('/codes/S9986/')).toMatchObject({ status: 200, file: join(root, 'codes/S9986/index.html') });
    expect(get('/codes/S9986/?from=policy#faq').file).toBe(join(root, 'codes/S9986/index.html'));
    const script = get('/embed.js');
    expect(script).toMatchObject({ status: 200, file: join(root, 'embed.js') });
    expect(script.headers).toMatchObject({ 'Content-Type': 'text/javascript; charset=utf-8', 'Access-Control-Allow-Origin': '*' });
  });

  it('redirects a folder asked without its slash, keeping the query', () => {
    expect(get('/codes/S9986')).toMatchObject({ status: 308, headers: { Location: '/codes/S9986/' } });
    expect(get('/codes/S9986?from=policy')).toMatchObject({ status: 308, headers: { Location: '/codes/S9986/?from=policy' } });
    expect(get('/codes/%53%39%39%38%36')).toMatchObject({ status: 308, headers: { Location: '/codes/S9986/' } });
  });

  it('answers HEAD like GET without a body', () => {
    const head = respond(root, 'HEAD', '/codes/S9986/');
    expect(head.status).toBe(200);
    expect(head.headers['Content-Type']).toBe('text/html; charset=utf-8');
    expect(head.file).toBeUndefined();
    expect(respond(root, 'HEAD', '/nothing-here').status).toBe(404);
    expect(respond(root, 'HEAD', '/nothing-here').file).toBeUndefined();
  });

  it('serves 404.html for anything else', () => {
    for (const rawUrl of ['/nothing-here', '/nothing-here/', '/codes/', '/embed.js/', '/codes/S9986/index.html/x', '/s9986']) {
      expect(get(rawUrl), rawUrl).toMatchObject({ status: 404, file: join(root, '404.html') });
    }
    expect(get('/nothing-here').headers['Content-Type']).toBe('text/html; charset=utf-8');
  });

  it('refuses other methods', () => {
    expect(respond(root, 'POST', '/')).toMatchObject({ status: 405, headers: { Allow: 'GET, HEAD' } });
  });
});
