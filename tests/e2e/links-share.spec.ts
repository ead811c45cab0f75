import { expect, test, type Page } from '@playwright/test';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

test('Copy link copies the canonical address and says so', async ({ page }) => {
  await page.goto('/codes/S9986/');
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'copied' })).toHaveText('Link copied.');
  expect(await clipboard(page)).toBe(await page.locator('link[rel="canonical"]').getAttribute('href'));
});

test('Cite shows a citation with the code, title, release and date accessed, which can be copied', async ({ page }) => {
  await page.goto('/codes/S9986/');
  const cite = page.getByRole('button', { name: 'Cite' });
  await expect(cite).toHaveAttribute('aria-expanded', 'false');
  await cite.click();
  await expect(cite).toHaveAttribute('aria-expanded', 'true');
  const citation = page.locator('[data-citation]');
  await expect(citation).toBeVisible();
  const text = (await citation.textContent())!;
  const twin = await (await page.request.get('/api/codes/S9986.json')).json();
  expect(text).toContain(`S9986: ${twin.title}`);
  expect(text).toContain(twin.release.hcpcsRelease ?? 'review');
  expect(text).toContain(twin.url);
  const today = await page.evaluate(() => {
    const d = new Date();
    return `${d.getDate()} ${d.toLocaleString('en-GB', { month: 'long' })} ${d.getFullYear()}`;
  });
  expect(text).toContain(`accessed ${today}`);
  await page.getByRole('button', { name: 'Copy citation' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'copied' })).toHaveText('Citation copied.');
  expect(await clipboard(page)).toBe(text);
  await cite.click();
  await expect(citation).toBeHidden();
});

test('Copy link keeps the section the reader is at', async ({ page }) => {
  await page.goto('/codes/S9986/#faq');
  await page.getByRole('button', { name: 'Copy link' }).click();
  expect(await clipboard(page)).toBe(`${await page.locator('link[rel="canonical"]').getAttribute('href')}#faq`);
});

test('the "#" beside a section heading and an FAQ question copies the link to it, and jumps there', async ({ page }) => {
  await page.goto('/codes/S9986/');
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
  await page.getByRole('link', { name: 'Copy link to the section “Frequently asked questions”' }).click();
  await expect(page).toHaveURL(/#faq$/);
  await expect.poll(() => clipboard(page)).toBe(`${canonical}#faq`);
  const question = page.locator('#faq-2 h3 a[data-copy-link]');
  await question.click();
  await expect.poll(() => clipboard(page)).toBe(`${canonical}#faq-2`);
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toHaveText(`Link copied: ${canonical}#faq-2`);
});
