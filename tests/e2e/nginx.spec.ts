/** Only against deploy/nginx.conf (the nginx project in playwright.config.ts): what that configuration adds. */
import { expect, test } from '@playwright/test';

test('a code address in capitals is one redirect to its page', async ({ request }) => {
  const forms: [string, string][] = [
    ['/S9986', '/codes/S9986/'],
    ['/96999', '/codes/96999/'],
    ['/GA', '/modifiers/GA/'],
  ];
  for (const [from, to] of forms) {
    const response = await request.get(from, { maxRedirects: 0 });
    expect(response.status(), from).toBe(301);
    expect(response.headers()['location']).toBe(to);
  }
});

test('pages and data are sent gzipped', async ({ request }) => {
  for (const path of ['/codes/E0601/', '/search-index/search-index.json', '/api/codes/E0601.json']) {
    const response = await request.get(path, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(response.headers()['content-encoding'], path).toBe('gzip');
  }
});
