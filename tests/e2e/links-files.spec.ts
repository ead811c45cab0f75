import { closeSync, existsSync, openSync, readdirSync, readFileSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { z } from 'zod';
import { codeIndexSchema, codeTwinSchema } from '../../lib/api-schema';

const OUT = 'out';
const read = (path: string) => readFileSync(join(OUT, path), 'utf8');

/** The <head> of an exported page, without reading the (large) body. */
function headOf(file: string): string {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(32 * 1024);
    const head = buffer.subarray(0, readSync(fd, buffer, 0, buffer.length, 0)).toString('utf8');
    return head.includes('</head>') ? head.slice(0, head.indexOf('</head>')) : readFileSync(file, 'utf8');
  } finally {
    closeSync(fd);
  }
}

test('every JSON twin in out/ and the index validate against lib/api-schema.ts', () => {
  const index = codeIndexSchema.parse(JSON.parse(read('api/codes/index.json')));
  const paths: Record<string, string> = JSON.parse(read('data/code-paths.json'));
  expect(index.count).toBe(index.codes.length);
  // code-paths.json holds every code, and the folded browse addresses ("/codes/series/b/…"), each to a page that exists
  const folded = Object.entries(paths).filter(([key]) => key.startsWith('/'));
  expect(index.codes.map((c) => c.code).sort()).toEqual(
    Object.keys(paths)
      .filter((key) => !key.startsWith('/'))
      .sort(),
  );
  expect(folded.length).toBeGreaterThan(0);
  for (const [from, to] of folded)
    expect([from, existsSync(join(OUT, from)), existsSync(join(OUT, to, 'index.html'))]).toEqual([from, false, true]);
  const files = readdirSync(join(OUT, 'api/codes')).filter((f) => !['index.json', 'code.schema.json', 'index.schema.json'].includes(f));
  expect(files.length).toBe(index.codes.length);
  // One expect at the end: thousands of expect() calls cost minutes in Playwright.
  const problems: string[] = [];
  for (const entry of index.codes) {
    const result = codeTwinSchema.safeParse(JSON.parse(read(entry.api)));
    if (!result.success) problems.push(`${entry.api}: ${z.prettifyError(result.error)}`);
    else if (
      result.data.code !== entry.code ||
      result.data.title !== entry.title ||
      result.data.status !== entry.status ||
      result.data.href !== entry.href
    )
      problems.push(`${entry.api}: differs from the index`);
    else if (JSON.stringify(result.data.release) !== JSON.stringify(index.release))
      problems.push(`${entry.api}: release differs from the index`);
    if (paths[entry.code] !== entry.href) problems.push(`data/code-paths.json: ${entry.code} → ${paths[entry.code]}, not ${entry.href}`);
  }
  expect(problems).toEqual([]);
});

test('facts in a full-catalogue twin name their release', () => {
  const twin = codeTwinSchema.parse(JSON.parse(read('api/codes/S9986.json')));
  test.skip(!twin.release.hcpcsRelease, 'built without the CMS release files');
  expect(twin.descriptor?.source).toBe(twin.release.hcpcsRelease);
  expect(twin.dates?.source).toBe(twin.release.hcpcsRelease);
  expect(twin.medicare.hcpcs?.source).toBe(twin.release.hcpcsRelease);
  expect(twin.rvu?.source).toBe(twin.release.feeSchedule);
  expect(twin.medicare.feeSchedule?.source).toBe(twin.release.feeSchedule);
});

test('the JSON twins are served as JSON to any origin', async ({ request }) => {
  const response = await request.get('/api/codes/S9986.json');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('application/json');
  expect(response.headers()['access-control-allow-origin']).toBe('*');
  expect((await response.json()).code).toBe('S9986');
});

test('every sitemap URL is an exported page whose canonical link is that URL', () => {
  const urls = [...read('sitemap.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
  const index = codeIndexSchema.parse(JSON.parse(read('api/codes/index.json')));
  expect(urls.length).toBeGreaterThan(index.codes.length);
  expect(new Set(urls).size).toBe(urls.length);
  const origin = new URL(urls[0]!).origin;
  const problems: string[] = [];
  for (const url of urls) {
    const file = join(OUT, new URL(url).pathname, 'index.html');
    if (!existsSync(file)) problems.push(`${url}: no ${file}`);
    else {
      const canonical = /<link rel="canonical" href="([^"]+)"/.exec(headOf(file))?.[1];
      if (canonical !== url) problems.push(`${url}: canonical is ${canonical}`);
    }
  }
  const listed = new Set(urls);
  for (const entry of index.codes) if (!listed.has(`${origin}${entry.href}`)) problems.push(`${entry.code}: not in the sitemap`);
  expect(problems).toEqual([]);
  expect(read('robots.txt')).toContain(`Sitemap: ${origin}/sitemap.xml`);
});

test('host rules: every redirect goes to an exported code page; twins and embed.js are open to other sites', () => {
  const rules = read('_redirects')
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => l.split(' '));
  const froms = rules.map(([from]) => from);
  expect(new Set(froms).size).toBe(froms.length);
  const problems: string[] = [];
  for (const [from, to, status] of rules) {
    if (status !== '301') problems.push(`${from}: status ${status}`);
    if (!existsSync(join(OUT, to!, 'index.html'))) problems.push(`${from} → ${to}: no such page`);
    if (existsSync(join(OUT, from!))) problems.push(`${from}: shadows a real file`);
  }
  expect(problems).toEqual([]);
  expect(rules).toContainEqual(['/s9986', '/codes/S9986/', '301']);
  expect(read('_headers')).toMatch(/^\/api\/\*\n {2}Access-Control-Allow-Origin: \*$/m);
});

test('a code page has link-preview metadata and the site image is a 1200×630 PNG', async ({ page }) => {
  await page.goto('/codes/S9986/');
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
  expect(canonical).toMatch(/\/codes\/S9986\/$/);
  const meta = (key: string) => page.locator(`meta[property="${key}"], meta[name="${key}"]`).first().getAttribute('content');
  expect(await meta('og:url')).toBe(canonical);
  expect(await meta('og:title')).toContain('S9986');
  expect(await meta('og:description')).toBeTruthy();
  expect(await meta('twitter:card')).toBe('summary_large_image');
  const image = await meta('og:image');
  expect(image).toMatch(/\/og-image\.png$/);
  const png = readFileSync(join(OUT, new URL(image!).pathname));
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
});
