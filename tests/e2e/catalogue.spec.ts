import { expect, test } from '@playwright/test';

// These run against the full-catalogue build that `npm test` makes from the committed CMS files.

test('S9986: coverage I explained, processing note 0088, and no RVUs with the reason', async ({ page }) => {
  await page.goto('/codes/S9986/');
  const status = page.locator('#status');
  await expect(status).toContainText('Medicare coverage: I');
  await expect(status).toContainText('Not payable by Medicare');
  await expect(status.locator('#processing-note')).toContainText('CMS processing note 0088');
  await expect(status.locator('#processing-note')).toContainText(/Blue Cross|BCBSA|HIAA/i);
  const rvu = page.locator('#rvu');
  await expect(rvu).toContainText('CY2025 Physician Fee Schedule');
  await expect(rvu).toContainText('No RVUs');
  await expect(rvu).toContainText('status is I');
  await expect(page.locator('#descriptor')).toContainText(
    'Not medically necessary service (patient is aware that service not medically necessary)',
  );
  await expect(page.locator('#history')).toContainText('2002-01-01');
});

test('a terminated code shows its banner and a link to its replacement', async ({ page }) => {
  await page.goto('/codes/C9014/');
  const banner = page.getByRole('note');
  await expect(banner).toContainText('Terminated on 2018-12-31');
  await banner.getByRole('link', { name: 'J0567' }).click();
  await expect(page).toHaveURL(/\/codes\/J0567\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('J0567');
});

test('a drug code shows its billing unit from the ASP file', async ({ page }) => {
  await page.goto('/codes/J9271/');
  await expect(page.locator('#descriptor')).toContainText('Billing unit');
  await expect(page.locator('#descriptor')).toContainText('1 MG (from the ASP payment limit file)');
});

test('a code with RVUs shows them and the national payment', async ({ page }) => {
  await page.goto('/codes/G0011/');
  const rvu = page.locator('#rvu');
  await expect(rvu.getByRole('table')).toBeVisible();
  await expect(rvu.getByRole('table')).toContainText(/\$\d+\.\d{2}/);
  await expect(page.locator('#at-a-glance')).toContainText(/Physician Fee Schedule, office \(national\): \$\d+\.\d{2}/);
});

test('a modifier page renders with its descriptor', async ({ page }) => {
  const response = await page.goto('/modifiers/LT/');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('LT');
  await expect(page.locator('#descriptor')).toContainText(/left side/i);
});

test('browse tells active and terminated codes apart', async ({ page }) => {
  await page.goto('/codes/series/c/');
  await page.locator('main ul.grid li a').first().click();
  await expect(page.getByRole('table').getByText('Terminated').first()).toBeVisible();
  await expect(page.getByRole('table').getByText('Active').first()).toBeVisible();
});
