import AxeBuilder from '@axe-core/playwright';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type APIRequestContext } from '@playwright/test';
import type { CodeTwin } from '@/lib/api-schema';
import { embedScriptTag } from '@/lib/links/embed-script';
import config from '../../playwright.config';

// The site under test, and a partner site on another port (another origin) that embeds our script.
const SITE = config.use!.baseURL!;
let partner: Server;
let partnerUrl: string;

const PARTNER_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>A partner's policy page</title>
<style>body { font: 16px serif; } div, span { color: red !important; border: 5px solid red !important; }</style></head>
<body><main>
  <p>Bill <a id="s9986" href="${SITE}/codes/S9986/">S9986</a> for private plans, and see <a id="ga" href="${SITE}/ga">modifier GA</a>.</p>
  <p><a id="elsewhere" href="https://example.com/codes/S9986/">Another site's S9986</a> and <a id="guide" href="${SITE}/guides/medical-necessity/">a guide</a>.</p>
  <p><a id="hostile" href="${SITE}/codes/S8990/">S8990</a></p>
  <p><button id="after">After</button></p>
</main>
<script src="${SITE}/embed.js" async></script></body></html>`;

// The same page with the tag /embed/ gives today: the versioned address, pinned by its integrity hash.
const PINNED_PAGE = PARTNER_PAGE.replace(`<script src="${SITE}/embed.js" async></script>`, embedScriptTag(SITE));

test.beforeAll(async () => {
  partner = createServer((request, response) =>
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(request.url === '/pinned' ? PINNED_PAGE : PARTNER_PAGE),
  );
  await new Promise<void>((resolve) => partner.listen(0, '127.0.0.1', resolve));
  partnerUrl = `http://127.0.0.1:${(partner.address() as AddressInfo).port}/`;
});

test.afterAll(() => new Promise<void>((resolve) => partner.close(() => resolve())));

async function twin(request: APIRequestContext, code: string): Promise<CodeTwin> {
  return (await (await request.get(`/api/codes/${code}.json`)).json()) as CodeTwin;
}

test('hovering a link to a code page shows its preview card, from the JSON twin; Escape closes it', async ({ page, request }) => {
  const s9986 = await twin(request, 'S9986');
  await page.goto(partnerUrl);
  const card = page.getByRole('tooltip');
  await page.locator('#s9986').hover();
  await expect(card).toBeVisible();
  await expect(card).toContainText('S9986');
  await expect(card).toContainText(s9986.title);
  await expect(card).toContainText('Active');
  await expect(card).toContainText((s9986.summary ?? '').slice(0, 60));
  expect(s9986.summary).not.toBeNull();
  const id = await card.getAttribute('id');
  await expect(page.locator('#s9986')).toHaveAttribute('aria-describedby', id!);
  await page.keyboard.press('Escape');
  await expect(card).toBeHidden();
  await expect(page.locator('#s9986')).not.toHaveAttribute('aria-describedby', /.+/);
});

test('the pinned tag from /embed/ (/embed/v1.js with its integrity hash, crossorigin) loads and shows the card', async ({ page }) => {
  const blocked: string[] = [];
  page.on('console', (message) => message.type() === 'error' && blocked.push(message.text()));
  await page.goto(`${partnerUrl}pinned`);
  await page.locator('#s9986').hover();
  await expect(page.getByRole('tooltip')).toContainText('S9986');
  expect(blocked).toEqual([]);
});

test('keyboard focus on a short link (/ga) shows the card; Escape closes it; moving on hides it', async ({ page, request }) => {
  const ga = await twin(request, 'GA');
  await page.goto(partnerUrl);
  await page.waitForFunction(() => (window as unknown as { __codeAtlasEmbed?: boolean }).__codeAtlasEmbed);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.locator('#ga')).toBeFocused();
  const card = page.getByRole('tooltip');
  await expect(card).toBeVisible();
  await expect(card).toContainText('GA');
  await expect(card).toContainText(ga.title);
  await page.keyboard.press('Escape');
  await expect(card).toBeHidden();
  await page.keyboard.press('Tab');
  await expect(card).toBeHidden();
});

test('the card is isolated in a shadow root, and other links get none', async ({ page }) => {
  await page.goto(partnerUrl);
  await page.locator('#s9986').hover();
  const card = page.getByRole('tooltip');
  await expect(card).toContainText('S9986');
  // The partner's "div { border: 5px solid red }" reaches the host element only, not the card inside it.
  const inner = await card.evaluate((host) => getComputedStyle(host.shadowRoot!.querySelector('.card')!).borderTopWidth);
  expect(inner).toBe('1px');
  await page.keyboard.press('Escape');
  for (const id of ['#elsewhere', '#guide']) {
    await page.locator(id).hover();
    await expect(card).toBeHidden();
  }
});

test('content from the twin is written as text, never as markup', async ({ page }) => {
  const hostile = '<img src=x onerror="window.__pwned=1">';
  await page.route(`${SITE}/api/codes/S8990.json`, (route) =>
    route.fulfill({
      json: { code: 'S8990', system: 'hcpcs', title: hostile, status: 'active', summary: `</style>${hostile}` },
      headers: { 'Access-Control-Allow-Origin': '*' },
    }),
  );
  await page.goto(partnerUrl);
  await page.locator('#hostile').hover();
  const card = page.getByRole('tooltip');
  await expect(card).toContainText(hostile);
  expect(await card.evaluate((host) => host.shadowRoot!.querySelectorAll('img').length)).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});

test('the card stays open while the pointer is over it and closes when the pointer leaves', async ({ page }) => {
  await page.goto(partnerUrl);
  await page.locator('#s9986').hover();
  const card = page.getByRole('tooltip');
  await expect(card).toContainText('Active');
  const box = (await card.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 5 });
  await page.waitForTimeout(500);
  await expect(card).toBeVisible();
  await page.mouse.move(1, 1);
  await expect(card).toBeHidden();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the open card passes axe WCAG 2.2 AA in ${scheme} mode`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(partnerUrl);
    await page.locator('#s9986').hover();
    await expect(page.getByRole('tooltip')).toContainText('Active');
    const results = await new AxeBuilder({ page })
      .include('[role="tooltip"]')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
    expect(results.passes.length).toBeGreaterThan(0);
  });
}
