import { expect, test } from '@playwright/test';

const INDEX = '/search-index/search-index.json';

test('type into the header box and open a result with the keyboard', async ({ page }) => {
  await page.goto('/guides/medical-necessity/');
  const box = page.getByRole('banner').getByRole('combobox', { name: 'Search codes' });
  // "/" works once the page has hydrated; until then a keypress does nothing, so press until it takes.
  await expect(async () => {
    await page.keyboard.press('/');
    await expect(box).toBeFocused({ timeout: 500 });
  }).toPass({ timeout: 10_000 });
  await box.pressSequentially('wheelchair cushion');
  const list = page.getByRole('banner').getByRole('listbox');
  await expect(list).toBeVisible();
  await expect(list.getByRole('option').first()).toContainText(/cushion/i);
  await expect(list.locator('mark').first()).toBeVisible();
  await box.press('ArrowDown');
  const first = list.getByRole('option').first();
  await expect(first).toHaveAttribute('aria-selected', 'true');
  await expect(box).toHaveAttribute('aria-activedescendant', (await first.getAttribute('id'))!);
  const code = (await first.locator('.font-mono').first().textContent())!.trim();
  await box.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/codes/${code}/$`));
  await expect(page.getByRole('heading', { level: 1 })).toContainText(code);
});

test('Escape closes the list, and an exact code ranks first', async ({ page }) => {
  await page.goto('/');
  const box = page.getByRole('banner').getByRole('combobox', { name: 'Search codes' });
  const list = page.getByRole('banner').getByRole('listbox');
  // Typing before hydration is not seen by the box; retype until the list answers.
  await expect(async () => {
    await box.fill('');
    await box.fill('s 9986');
    await expect(list.getByRole('option').first()).toContainText('S9986', { timeout: 1000 });
  }).toPass({ timeout: 10_000 });
  await box.press('Escape');
  await expect(list).toBeHidden();
  await expect(box).toHaveAttribute('aria-expanded', 'false');
});

test('/search/?q=wheelchiar%20cushion finds E2601', async ({ page }) => {
  await page.goto('/search/?q=wheelchiar%20cushion');
  await expect(page.getByRole('main').getByRole('link', { name: /E2601/ }).first()).toBeVisible();
});

test('a hostile query raises no dialog and is shown as text', async ({ page }) => {
  const hostile = '<img src=x onerror=alert(1)>';
  let dialogs = 0;
  page.on('dialog', async (dialog) => {
    dialogs += 1;
    await dialog.dismiss();
  });
  await page.goto(`/search/?q=${encodeURIComponent(hostile)}`);
  await expect(page.getByRole('main')).toContainText(hostile);
  await expect(page.locator('main img')).toHaveCount(0);
  const box = page.getByRole('banner').getByRole('combobox', { name: 'Search codes' });
  await box.fill(hostile);
  await page.waitForTimeout(300);
  expect(dialogs).toBe(0);
});

test('an empty or huge query is handled', async ({ page }) => {
  await page.goto('/search/?q=');
  await expect(page.getByRole('main')).toContainText(/type|enter|search/i);
  await page.goto(`/search/?q=${'x'.repeat(5000)}`);
  await expect(page.getByRole('main')).toContainText(/no (codes|results)|nothing/i);
});

test('a code page opened without using search fetches no search index', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await page.goto('/codes/S9986/');
  await page.mouse.wheel(0, 2000);
  await page.waitForLoadState('networkidle');
  expect(fetched).not.toContain(INDEX);
  const box = page.getByRole('banner').getByRole('combobox', { name: 'Search codes' });
  await expect(async () => {
    await box.blur();
    await box.focus();
    expect(fetched).toContain(INDEX);
  }).toPass({ timeout: 10_000 });
});

test('Enter on a code typed exactly opens its page, from the header box and from the results page', async ({ page }) => {
  await page.goto('/guides/');
  const box = page.getByRole('banner').getByRole('combobox', { name: 'Search codes' });
  await expect(async () => {
    await box.fill('');
    await box.fill('e0601');
    await expect(page.getByRole('banner').getByRole('option').first()).toContainText('E0601', { timeout: 1000 });
  }).toPass({ timeout: 10_000 });
  await box.press('Enter');
  await expect(page).toHaveURL(/\/codes\/E0601\/$/);
  // the results page's own box submits to /search/?q=, which forwards a code typed exactly
  await page.goto('/search/?q=walker');
  await page.getByRole('main').getByRole('searchbox').fill(' ga ');
  await page.getByRole('main').getByRole('searchbox').press('Enter');
  await expect(page).toHaveURL(/\/modifiers\/GA\/$/);
});

test('the last option is "See all results", which opens the results page for the query', async ({ page }) => {
  await page.goto('/');
  const box = page.getByRole('banner').getByRole('combobox', { name: 'Search codes' });
  const all = page.getByRole('banner').getByRole('option', { name: 'See all results for “walker”' });
  await expect(async () => {
    await box.fill('');
    await box.fill('walker');
    await expect(all).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 10_000 });
  await box.press('ArrowUp'); // from the box, ArrowUp goes to the last option
  await expect(all).toHaveAttribute('aria-selected', 'true');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=walker$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search results for “walker”');
});

test('while the index loads the box says so, and offline it says search needs a connection', async ({ page, browser }) => {
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(INDEX, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/');
  const box = page.getByRole('banner').getByRole('combobox', { name: 'Search codes' });
  await expect(async () => {
    await box.fill('');
    await box.fill('walker');
    await expect(page.getByRole('banner').locator('p', { hasText: 'Loading search…' })).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 10_000 });
  release();
  await expect(page.getByRole('banner').getByRole('option').first()).toBeVisible();

  // a new context, so no cached copy of the index answers
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const offline = await context.newPage();
  await offline.goto('/codes/A4206/');
  await offline.waitForLoadState('networkidle');
  await context.setOffline(true);
  const offlineBox = offline.getByRole('banner').getByRole('combobox', { name: 'Search codes' });
  await expect(async () => {
    await offlineBox.fill('');
    await offlineBox.fill('walker');
    await expect(offline.getByRole('banner').locator('p', { hasText: 'You are offline' })).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 10_000 });
  await context.close();
});
