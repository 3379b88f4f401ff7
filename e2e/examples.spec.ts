import foodManufacturer from '../locales/en/examples/food-manufacturer.json' with { type: 'json' };
import restaurant from '../locales/en/examples/restaurant.json' with { type: 'json' };
import serviceFirm from '../locales/en/examples/service-firm.json' with { type: 'json' };
import thaiRestaurant from '../locales/th/examples/restaurant.json' with { type: 'json' };
import { expect, expectSaved, PlansList, press, test, toggle, typeInto, type Page } from './fixtures';

/** Chooses an example with the keyboard and starts a plan from it. */
async function startFrom(page: Page, kind: string | RegExp): Promise<void> {
  await toggle(page, page.getByRole('group', { name: /Kind of business|ประเภทธุรกิจ/ }).getByRole('radio', { name: kind }));
  await press(page, page.getByRole('button', { name: /Start from the example|เริ่มจากแผนตัวอย่าง/ }));
}

test.describe('Starting from an example', () => {
  for (const [kind, texts] of [
    ['Food manufacturer', foodManufacturer],
    ['Restaurant', restaurant],
    ['Accounting firm', serviceFirm],
  ] as const) {
    test(`the ${kind.toLowerCase()} example opens as a complete plan of its own`, async ({ page }) => {
      const plans = new PlansList(page);
      await plans.open();
      await startFrom(page, new RegExp(`^${kind}`));
      await expect(page.getByRole('heading', { level: 1, name: texts.company.name })).toBeVisible();
      await expect(page.getByRole('link', { name: /Review and self-check/ })).toBeVisible();
      await page.getByRole('link', { name: 'All plans' }).click();
      await expect(plans.card(texts.company.name)).toContainText('10 of 10 steps complete');
    });
  }

  test('each start is a new copy: changing one leaves the example as it was', async ({ page }) => {
    const plans = new PlansList(page);
    await plans.open();
    await startFrom(page, /^Restaurant/);
    await page.getByRole('link', { name: /^Step 1 / }).click();
    await typeInto(page, page.getByRole('textbox', { name: 'Business name (required)' }), 'Our own bistro');
    await expectSaved(page);
    await page.getByRole('link', { name: 'All plans' }).click();
    await expect(plans.card('Our own bistro')).toBeVisible();

    await startFrom(page, /^Restaurant/);
    await expect(page.getByRole('heading', { level: 1, name: restaurant.company.name })).toBeVisible();
    await page.getByRole('link', { name: 'All plans' }).click();
    await expect(plans.card('Our own bistro')).toContainText('10 of 10 steps complete');
    await expect(plans.card(restaurant.company.name)).toContainText('10 of 10 steps complete');
  });

  test('the example comes in the language of the app, chosen on a 360 px phone', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 780 });
    const plans = new PlansList(page);
    await plans.open();
    await page.getByRole('combobox', { name: 'Language', exact: true }).selectOption('th');
    await expect(page.locator('html')).toHaveAttribute('lang', 'th');
    await startFrom(page, /^ร้านอาหาร/);
    await expect(page.getByRole('heading', { level: 1, name: thaiRestaurant.company.name })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test('an example that cannot be loaded says so, and a second try works', async ({ page, consoleErrors }) => {
    const plans = new PlansList(page);
    await plans.open();
    await page.route('**/assets/restaurant-*.js', (route) => route.abort());
    await startFrom(page, /^Restaurant/);
    await expect(page.getByRole('alert')).toHaveText('The example could not be opened. Please try again.');
    await expect(page.getByRole('button', { name: 'Start from the example' })).toBeEnabled();
    // The failed download is reported in the console on purpose here.
    consoleErrors.splice(0, consoleErrors.length);

    await page.unroute('**/assets/restaurant-*.js');
    await press(page, page.getByRole('button', { name: 'Start from the example' }));
    await expect(page.getByRole('heading', { level: 1, name: restaurant.company.name })).toBeVisible();
  });
});
