import { expect, test } from '@playwright/test';
import { SECTION_ANCHORS } from '../../lib/links/section-anchors';

const FORMS: [string, string][] = [
  ['/codes/s9986', '/codes/S9986/'],
  ['/codes/S9986', '/codes/S9986/'],
  ['/codes/s9986/', '/codes/S9986/'],
  ['/S9986', '/codes/S9986/'],
  ['/s9986', '/codes/S9986/'],
  ['/modifiers/ga', '/modifiers/GA/'],
  ['/modifiers/GA', '/modifiers/GA/'],
  ['/GA', '/modifiers/GA/'],
  ['/ga', '/modifiers/GA/'],
  ['/96999', '/codes/96999/'],
];

for (const [from, to] of FORMS) {
  test(`${from} reaches ${to}`, async ({ page }) => {
    await page.goto(from);
    await expect(page).toHaveURL(new RegExp(`${to}$`));
    await expect(page.getByRole('heading', { level: 1 })).toContainText(to.split('/')[2]!);
  });
}

test('a short address keeps its section anchor', async ({ page }) => {
  await page.goto('/s9986#faq');
  await expect(page).toHaveURL(/\/codes\/S9986\/#faq$/);
  await expect(page.locator('section#faq')).toBeInViewport();
});

test('a browse range folded into the page above it still reaches the codes it listed', async ({ page }) => {
  // B has one range, so its series page lists the codes; 69990 is a CPT range of one code
  await page.goto('/codes/series/b/b4000-b9999/');
  await expect(page).toHaveURL(/\/codes\/series\/b\/$/);
  await expect(page.getByRole('table')).toContainText('B4034');
  await page.goto('/codes/cpt/surgery/69990-69990/');
  await expect(page).toHaveURL(/\/codes\/69990\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('69990');
});

test('an unknown code stays on the 404 page', async ({ page }) => {
  const response = await page.goto('/z9999');
  expect(response?.status()).toBe(404);
  await page.waitForLoadState('networkidle');
  await expect(page).toHaveURL(/\/z9999$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText("couldn't find");
});

test('every section anchor other sites link to is on a code page, with a heading that links to it', async ({ page }) => {
  // #details needs a record with extra text (tests/unit/links/section-anchors.test.ts covers it); the schedule blocks
  // need a code each schedule prices.
  const pages = ['/codes/S9986/', '/codes/E0601/', '/codes/J9271/', '/codes/85025/', '/codes/71046/'];
  const found = new Set<string>();
  for (const path of pages) {
    await page.goto(path);
    for (const { id } of SECTION_ANCHORS) {
      if ((await page.locator(`#${id}`).count()) === 0) continue;
      found.add(id);
      if (id === 'ndc' || id === 'references') continue; // a part of a block, without a heading of its own
      const heading = `a[href="#${id}"]:not([data-copy-link])`;
      await expect(page.locator(`#${id} > h2 ${heading}, #${id} > h3 ${heading}`), `${path}#${id} heading link`).toHaveCount(1);
    }
  }
  expect(SECTION_ANCHORS.map((a) => a.id).filter((id) => !found.has(id))).toEqual(['details']);
});
