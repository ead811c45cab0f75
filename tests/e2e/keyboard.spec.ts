import { expect, test } from '@playwright/test';

test('a keyboard-only walk through a code page', async ({ page }) => {
  await page.goto('/codes/S9986/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);

  // Tab onward: every stop is visible, nothing traps focus, and we reach the FAQ anchor link and the footer.
  const seen = new Set<string>();
  for (let i = 0; i < 120; i++) {
    await page.keyboard.press('Tab');
    const info = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const rect = el.getBoundingClientRect();
      return {
        key: `${el.tagName}:${el.getAttribute('href') ?? el.textContent?.trim().slice(0, 40)}`,
        visible: rect.width > 0 && rect.height > 0,
        outline: getComputedStyle(el).outlineStyle,
      };
    });
    if (!info) continue;
    expect(info.visible, `${info.key} is visible when focused`).toBe(true);
    expect(info.outline, `${info.key} shows a focus outline`).not.toBe('none');
    seen.add(info.key);
  }
  expect([...seen]).toContain('A:#faq');
  expect([...seen].some((k) => k.startsWith('A:/guides/'))).toBe(true);
});
