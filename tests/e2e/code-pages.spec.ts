import { expect, test } from '@playwright/test';

const CURATED = [
  {
    code: 'S9986',
    path: '/codes/S9986/',
    sections: [
      'plain-language',
      'descriptor',
      'at-a-glance',
      'payment',
      'status',
      'clinical-context',
      'billing',
      'documentation',
      'modifiers',
      'payer-notes',
      'faq',
      'related',
      'sources',
    ],
    text: /patient/i,
  },
  {
    code: 'S8990',
    path: '/codes/S8990/',
    sections: [
      'plain-language',
      'descriptor',
      'at-a-glance',
      'payment',
      'status',
      'clinical-context',
      'billing',
      'documentation',
      'modifiers',
      'payer-notes',
      'faq',
      'related',
      'sources',
    ],
    text: /maintenance/i,
  },
  {
    code: '96999',
    path: '/codes/96999/',
    sections: [
      'at-a-glance',
      'plain-language',
      'descriptor',
      'payment',
      'clinical-context',
      'billing',
      'documentation',
      'faq',
      'related',
      'sources',
    ],
    text: /17999/,
  },
];

for (const { code, path, sections, text } of CURATED) {
  test(`${code}: every section is visible, with breadcrumbs, review date, sources and disclaimer`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(code);
    for (const id of sections) {
      await expect(page.locator(`section#${id}`), `section #${id}`).toBeVisible();
      await expect(page.locator(`section#${id} h2`)).not.toBeEmpty();
    }
    await expect(page.locator('section#payment #rvu h3'), 'the PFS block inside "What Medicare pays"').toBeVisible();
    const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
    await expect(crumbs.getByRole('link', { name: 'Home' })).toBeVisible();
    await expect(crumbs.locator('[aria-current="page"]')).toHaveText(code);
    await expect(page.locator('#sources')).toContainText(/Last reviewed \d{4}-\d{2}-\d{2}/);
    await expect(page.locator('#sources li').first()).toBeVisible();
    await expect(page.locator('main')).toContainText(text);
    await expect(page.getByText('not legal or billing advice').first()).toBeVisible();
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`${path}$`));
    expect(await page.title()).toContain(code);
  });
}

test('96999 carries the CPT notice and no AMA descriptor', async ({ page }) => {
  await page.goto('/codes/96999/');
  await expect(page.locator('#descriptor')).toContainText('not reproduced');
  await expect(page.locator('#sources')).toContainText('CPT® is a registered trademark of the American Medical Association');
});

test('each section heading links to its own anchor', async ({ page }) => {
  await page.goto('/codes/S9986/');
  const anchor = page.locator('section#faq h2 a:not([data-copy-link])');
  await expect(anchor).toHaveAttribute('href', '#faq');
  await anchor.click();
  await expect(page).toHaveURL(/#faq$/);
});
