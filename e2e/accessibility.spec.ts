import AxeBuilder from '@axe-core/playwright';
import { expect, PlansList, test, type Page } from './fixtures';

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

async function exampleScreens(page: Page): Promise<string[]> {
  const plans = new PlansList(page);
  await plans.open();
  await page.getByRole('button', { name: 'Start from the example' }).click();
  await expect(page.getByRole('link', { name: 'Review and self-check' })).toBeVisible();
  const planUrl = new URL(page.url()).pathname;
  return ['/', planUrl, ...Array.from({ length: 10 }, (_, index) => `${planUrl}/steps/${index + 1}`), `${planUrl}/review`, `${planUrl}/summary`];
}

test('axe finds no serious or critical problem on the plans list, every step and the review screen', async ({ page }) => {
  test.slow();
  for (const screen of await exampleScreens(page)) {
    await page.goto(screen);
    await expect(page.locator('h1')).toBeVisible();
    expect(await seriousViolations(page), `axe on ${screen}`).toEqual([]);
  }
});

test('an empty new plan and its open errors pass axe too', async ({ page }) => {
  const plans = new PlansList(page);
  await plans.open();
  await plans.createPlan('Dapur Bu Ani', 'Full plan');
  await page.getByRole('button', { name: 'Mark this step as complete' }).click();
  expect(await seriousViolations(page)).toEqual([]);
});

for (const width of [360, 1280]) {
  test(`nothing overflows the screen sideways at ${width} px`, async ({ page }) => {
    test.slow();
    await page.setViewportSize({ width, height: 800 });
    for (const screen of await exampleScreens(page)) {
      await page.goto(screen);
      await expect(page.locator('h1')).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `sideways overflow on ${screen}`).toBeLessThanOrEqual(0);
    }
  });
}
