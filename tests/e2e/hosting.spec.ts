/**
 * What a host serves, checked on every template against the Node server and, in the nginx project, against
 * deploy/nginx.conf: the security headers, each page's script policy with zero violations, and no request that fails
 * (so nothing asks for the RSC payload files the export removes).
 */
import { expect, test, type Page } from '@playwright/test';
import { SECURITY_HEADERS } from '../../lib/links/host-rules';
import { TEMPLATES } from './templates';

async function watch(page: Page): Promise<{ failed: string[]; violations: () => Promise<string[]> }> {
  const failed: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400 && response.request().resourceType() !== 'document') failed.push(`${response.status()} ${response.url()}`);
  });
  page.on('requestfailed', (request) => failed.push(`failed ${request.url()}`));
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return { failed, violations: () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp) };
}

for (const { name, path, status = 200 } of TEMPLATES) {
  test(`the ${name} page (${path}) is served with the security headers, its own script policy, and breaks neither`, async ({ page }) => {
    const { failed, violations } = await watch(page);
    const response = await page.goto(path);
    expect(response?.status()).toBe(status);
    const headers = response!.headers();
    for (const [header, value] of SECURITY_HEADERS) expect(headers[header.toLowerCase()], header).toBe(value);
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')*;/);
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/);
    await page.waitForLoadState('networkidle');
    expect(await violations()).toEqual([]);
    expect(failed).toEqual([]);
  });
}

test('searching from the header (index in a Web Worker) and the embed previews run under the policy', async ({ page }) => {
  const { failed, violations } = await watch(page);
  await page.goto('/codes/A4206/');
  await page.getByRole('combobox').first().fill('walker');
  await expect(page.getByRole('option').first()).toBeVisible();
  await page.goto('/embed/');
  const link = page.locator('main a[href*="/codes/S9986/"]').first();
  await link.hover();
  await expect(page.getByRole('tooltip')).toBeVisible();
  expect(await violations()).toEqual([]);
  expect(failed).toEqual([]);
});

test('JSON twins are open to other sites; a folder without its slash is redirected to it', async ({ request }) => {
  const twin = await request.get('/api/codes/E0601.json');
  expect(twin.status()).toBe(200);
  expect(twin.headers()['access-control-allow-origin']).toBe('*');
  expect(twin.headers()['content-type']).toMatch(/application\/json/);
  const folder = await request.get('/codes/E0601', { maxRedirects: 0 });
  expect([301, 308]).toContain(folder.status());
  expect(folder.headers()['location']).toMatch(/^\/codes\/E0601\/$/);
});
