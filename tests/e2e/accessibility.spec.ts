import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { TEMPLATES } from './templates';

const VIEWPORTS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 800 },
];

for (const scheme of ['light', 'dark'] as const) {
  for (const viewport of VIEWPORTS) {
    test.describe(`${scheme} mode, ${viewport.name} (${viewport.width}×${viewport.height})`, () => {
      test.use({ colorScheme: scheme, viewport });
      for (const { name, path } of TEMPLATES) {
        test(`axe finds no WCAG 2.2 AA violations on the ${name} page (${path})`, async ({ page }) => {
          await page.goto(path);
          await page.waitForLoadState('networkidle');
          const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
          expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
        });
      }
    });
  }
}
