/** Reading on a phone, on a desktop and on paper (issue: search and reading). */
import { expect, test, type Page } from '@playwright/test';
import { TEMPLATES } from './templates';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} mode`, () => {
    test.use({ colorScheme: scheme });

    test('on a phone, "On this page" is a collapsed list under the title that opens and jumps', async ({ page }) => {
      await page.setViewportSize(PHONE);
      await page.goto('/codes/S9986/');
      const toc = page.locator('details.toc-mobile');
      await expect(toc).toBeVisible();
      const link = toc.getByRole('link', { name: 'Frequently asked questions' });
      await expect(link).toBeHidden();
      await toc.locator('summary').click();
      await expect(link).toBeVisible();
      await link.click();
      await expect(page).toHaveURL(/#faq$/);
      await expect(page.locator('#faq')).toBeInViewport();
    });

    test('on a desktop, "On this page" sits beside the page and the phone list is hidden', async ({ page }) => {
      await page.setViewportSize(DESKTOP);
      await page.goto('/codes/S9986/');
      await expect(page.locator('details.toc-mobile')).toBeHidden();
      await expect(page.locator('nav.toc')).toBeVisible();
    });

    for (const viewport of [PHONE, DESKTOP]) {
      test(`at ${viewport.width}×${viewport.height} no page scrolls sideways, and wide tables scroll in their own box`, async ({
        page,
      }) => {
        await page.setViewportSize(viewport);
        for (const { path } of TEMPLATES) {
          await page.goto(path);
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          expect(overflow, `${path} scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0);
        }
        await page.goto('/codes/E0601/');
        for (const box of await page.locator('.table-scroll').all()) {
          const { inside, outside } = await box.evaluate((el) => ({ inside: el.scrollWidth, outside: el.clientWidth }));
          if (inside > outside) expect(await box.evaluate((el) => getComputedStyle(el).overflowX)).toBe('auto');
        }
      });

      test(`at ${viewport.width}×${viewport.height} every target outside running text is at least 24×24 px, or spaced as WCAG 2.5.8 allows`, async ({
        page,
      }) => {
        await page.setViewportSize(viewport);
        for (const path of ['/codes/S9986/', '/codes/E0601/', '/codes/99213/', '/modifiers/GA/', '/codes/series/e/e0600-e0999/']) {
          await page.goto(path);
          expect(await smallTargets(page), path).toEqual([]);
        }
      });
    }
  });
}

/**
 * Links, buttons and fields smaller than 24×24 whose 24 px circle meets another target's. Links inside a sentence
 * (a paragraph, list item or cell with other text) are exempt, as WCAG 2.5.8 says.
 */
function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const targets = [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, summary')].filter((el) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
    });
    const inSentence = (el: HTMLElement) => {
      const block = el.closest('p, li, dd, td, th, figcaption');
      return block !== null && (block.textContent ?? '').trim().length > (el.textContent ?? '').trim().length + 2;
    };
    const boxes = targets.map((el) => ({ el, r: el.getBoundingClientRect() }));
    const problems: string[] = [];
    for (const { el, r } of boxes) {
      if ((r.width >= 24 && r.height >= 24) || inSentence(el)) continue;
      const cx = r.left + r.width / 2;
      const cy = r.top + r.height / 2;
      const crowded = boxes.some(({ el: other, r: o }) => {
        if (other === el || other.contains(el) || el.contains(other)) return false;
        const dx = Math.max(o.left - cx, 0, cx - o.right);
        const dy = Math.max(o.top - cy, 0, cy - o.bottom);
        return Math.hypot(dx, dy) < 12;
      });
      if (crowded)
        problems.push(
          `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 30)}" ${Math.round(r.width)}×${Math.round(r.height)}`,
        );
    }
    return problems;
  });
}

test('printed, a page has no site chrome or controls and prints where its links go', async ({ page }) => {
  await page.goto('/codes/S9986/');
  await page.emulateMedia({ media: 'print' });
  for (const hidden of ['header.print\\:hidden, body > header', 'footer', 'nav.toc', 'details.toc-mobile', 'form[role="search"]'])
    await expect(page.locator(hidden).first()).toBeHidden();
  await expect(page.getByRole('button', { name: 'Copy link' })).toBeHidden();
  const after = await page
    .locator('main a[href^="/codes/"]')
    .first()
    .evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toMatch(/\/codes\//);
});

test('on paper, a code page without editorial content fits on one page and S9986 on at most three', async ({ page }) => {
  const pages = async (path: string) => {
    await page.goto(path);
    const pdf = await page.pdf({ format: 'Letter', printBackground: false });
    return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  };
  expect(await pages('/codes/A4206/')).toBe(1);
  expect(await pages('/codes/S9986/')).toBeLessThanOrEqual(3);
});

test('the full title is never cut, and the descriptor is not repeated below it', async ({ page }) => {
  // A5512's CMS descriptor runs to 332 characters; its page title is the whole of it
  const twin = await (await page.request.get('/api/codes/A5512.json')).json();
  await page.goto('/codes/A5512/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(twin.descriptor.long);
  await expect(page.getByRole('heading', { level: 1 })).not.toContainText('…');
  await expect(page.locator('#descriptor')).toContainText('The title of this page, word for word.');
  await expect(page.locator('#at-a-glance')).not.toContainText(twin.descriptor.long);
});

test('a favicon and a web manifest are served', async ({ page }) => {
  await page.goto('/');
  for (const selector of ['link[rel="icon"]', 'link[rel="manifest"]']) {
    const href = await page.locator(selector).first().getAttribute('href');
    const response = await page.request.get(href!);
    expect(response.status(), selector).toBe(200);
  }
  const manifest = await (await page.request.get('/manifest.webmanifest')).json();
  expect(manifest.icons.length).toBeGreaterThan(0);
});

test('a code-shaped address that is not a code says so and lists the nearest codes', async ({ page }) => {
  const response = await page.goto('/codes/E9999/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'E9999 is not in the loaded release' })).toBeVisible();
  const nearest = page.locator('#missing-code ~ ul a');
  await expect(nearest.first()).toBeVisible();
  const codes = await nearest.allTextContents();
  expect(codes.every((c) => c.startsWith('E'))).toBe(true);
  await nearest.first().click();
  await expect(page).toHaveURL(new RegExp(`/codes/${codes[0]}/$`));
});
