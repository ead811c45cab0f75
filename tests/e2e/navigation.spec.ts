import { expect, test } from '@playwright/test';

test('home → code → guide → back', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.getByRole('link', { name: 'S9986', exact: true }).first().click();
  await expect(page).toHaveURL(/\/codes\/S9986\/$/);
  await page.locator('#guides li a').first().click();
  await expect(page).toHaveURL(/\/guides\/[a-z-]+\/$/);
  await expect(page.locator('#codes').getByRole('link', { name: /S9986/ })).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(/\/codes\/S9986\/$/);
  await page.goBack();
  await expect(page).toHaveURL(/\/$/);
});

test('the medical-necessity guide has linkable questions and links to its codes', async ({ page }) => {
  await page.goto('/guides/medical-necessity/');
  const firstQuestion = page.getByRole('navigation', { name: 'Questions in this guide' }).getByRole('link').first();
  const href = await firstQuestion.getAttribute('href');
  expect(href).toMatch(/^#[a-z0-9-]+$/);
  await firstQuestion.click();
  await expect(page.locator(`section${href}`)).toBeInViewport();
  for (const code of ['S9986', 'S8990', 'GA']) {
    await expect(page.locator('#codes').getByRole('link', { name: new RegExp(code) })).toBeVisible();
  }
});

test('an unknown code gives the 404 page, which offers search', async ({ page }) => {
  const response = await page.goto('/codes/Z9999/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toContainText("couldn't find");
  await expect(page.getByRole('main').getByRole('combobox', { name: 'Search codes' })).toBeVisible();
});

test('browse: codes by series and range', async ({ page }) => {
  await page.goto('/codes/');
  await page.getByRole('link', { name: /^S codes/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('S codes');
  await page.locator('main ul.grid li a').first().click();
  await expect(page.getByRole('table')).toBeVisible();
});
