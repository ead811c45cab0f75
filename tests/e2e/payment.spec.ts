import { expect, test, type Page } from '@playwright/test';

/** Opens the place picker once the page has hydrated (a click before that is lost) and chooses a place. */
async function choosePlace(page: Page, state: string, area?: RegExp) {
  const open = page.getByRole('button', { name: /Show figures for my state|Change place/ });
  await expect(async () => {
    await open.click({ timeout: 1000 });
    await expect(page.getByLabel('State or territory')).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 10_000 });
  await expect(page.getByLabel('State or territory')).toBeEnabled();
  await page.getByLabel('State or territory').selectOption(state);
  if (area) {
    const select = page.getByLabel('County or area (payment locality)');
    const value = await select.locator('option', { hasText: area }).first().getAttribute('value');
    expect(value).not.toBeNull();
    await select.selectOption(value ?? '');
  } else {
    await page.getByRole('button', { name: /^Use / }).click();
  }
}

test('at a glance: coverage, the schedule that pays and the national figure, without JavaScript too', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/codes/E0601/');
  const glance = page.locator('#at-a-glance');
  await expect(glance).toContainText('Special coverage instructions apply');
  await expect(glance).toContainText('DMEPOS fee schedule, RR: from $50.04');
  await expect(glance).toContainText('DMEPOS fee schedule, January 2026');
  await expect(glance.getByRole('button')).toHaveCount(0);
  await context.close();
});

test('the place picker is remembered across pages: a state for DMEPOS fees, a locality for physician fees', async ({ page }) => {
  await page.goto('/codes/E0601/');
  await choosePlace(page, 'PA', /PHILADELPHIA|Philadelphia/);
  await expect(page.locator('#dmepos .local-figure')).toContainText('In PA: RR: $50.04 non-rural, $91.18 rural.');
  await page.goto('/codes/G0011/');
  await expect(page.locator('#rvu .local-figure')).toContainText(/Pennsylvania, .*: Global: \$\d+\.\d{2} office/);
  await expect(page.locator('#at-a-glance')).toContainText('Local figures for Pennsylvania');
});

test('a drug page: the payment limit, a chart of nine quarters with a table of the same figures, and its NDCs', async ({ page }) => {
  await page.goto('/codes/J9271/');
  const asp = page.locator('#asp');
  await expect(asp).toContainText('$59.726 per 1 MG');
  await expect(asp.getByRole('img')).toHaveAccessibleName(/Payment limit per billing unit, 2024 Q1 to 2026 Q1/);
  await asp.getByText('Payment limit by quarter').click();
  const rows = asp.locator('details table tbody tr');
  await expect(rows).toHaveCount(9);
  await expect(rows.last()).toContainText('$59.726');
  await expect(page.locator('#ndc-00006-3026-02')).toContainText('Keytruda');
  await expect(page.locator('#ndc-00006-3026-02')).toContainText('100');
});

test('lab, hospital outpatient and no-payment statuses', async ({ page }) => {
  await page.goto('/codes/85025/');
  await expect(page.locator('#clfs')).toContainText('$7.77');
  await page.goto('/codes/71046/');
  await expect(page.locator('#opps')).toContainText('Q3');
  await expect(page.locator('#opps')).toContainText('APC 5521');
  await expect(page.locator('#opps')).toContainText('$88.05');
  await page.goto('/codes/G0511/');
  await expect(page.locator('#rvu')).toContainText('No dollar figure');
  await expect(page.locator('#rvu')).not.toContainText('$');
});

test('the data page lists every CMS file with its sha256', async ({ page }) => {
  await page.goto('/data/');
  const table = page.getByRole('table');
  await expect(table).toContainText('DMEPOS fee schedule, January 2026');
  await expect(table).toContainText('ASP payment limits, 2024 Q1');
  await expect(table).toContainText(/[0-9a-f]{64}/);
});
