import AxeBuilder from '@axe-core/playwright';
import industryExamples from '../locales/en/industry-examples.json' with { type: 'json' };
import { expect, expectSaved, PlansList, test, type Page } from './fixtures';

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => violation.id);
}

test.describe('Examples that fit the business, and printing without friction', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test("a copied example says it is the owner's copy, and its banner renames the plan", async ({ page }) => {
    const plans = new PlansList(page);
    await plans.open();
    await page.getByRole('button', { name: 'Start from the example' }).click();
    const banner = page.getByRole('region', { name: 'This plan is your copy of the example' });
    await expect(banner).toBeVisible();
    await expect(banner).toContainText('Baan Rim Nam Foods Co., Ltd.');
    expect(await seriousViolations(page)).toEqual([]);

    await banner.getByLabel('Your business name').fill('Warung Sari');
    await banner.getByRole('button', { name: 'Rename the plan' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Warung Sari' })).toBeVisible();
    await expect(banner).toBeHidden();
    await expectSaved(page);

    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Warung Sari' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'This plan is your copy of the example' })).toBeHidden();
  });

  test("a plan of your own has no banner, and a restaurant's field examples are a restaurant's, used in one tap", async ({ page }) => {
    const plans = new PlansList(page);
    await plans.open();
    await plans.createPlan('Kusina ni Carla', 'Full plan');
    await expect(page.getByRole('region', { name: 'This plan is your copy of the example' })).toHaveCount(0);

    const purpose = page.getByLabel('Purpose of the plan, in your own words');
    const restaurantPurpose = industryExamples.restaurant_hospitality.purpose_statement;
    await expect(page.getByText(restaurantPurpose)).toHaveCount(0);
    await expect(page.getByRole('button', { name: /Use this example/ })).toHaveCount(0);
    await page.getByLabel('Type of business').selectOption({ label: 'Restaurants, cafés and hotels' });
    await expect(page.getByText(restaurantPurpose)).toBeVisible();

    await page.getByRole('button', { name: /^Use this example\W+Purpose of the plan, in your own words$/ }).click();
    await expect(purpose).toHaveValue(restaurantPurpose);
    await expect(page.getByRole('button', { name: /^Use this example\W+Purpose of the plan, in your own words$/ })).toBeHidden();
    await expectSaved(page);

    // the browser's own undo takes the example out again
    await purpose.focus();
    await page.keyboard.press('ControlOrMeta+Z');
    await expect(purpose).toHaveValue('');
    await expect(page.getByRole('button', { name: /^Use this example\W+Purpose of the plan, in your own words$/ })).toBeVisible();
  });

  test('after a failure for want of fonts offline, the fonts download in one tap once the device is online again', async ({ page, context }) => {
    test.slow();
    const plans = new PlansList(page);
    await plans.open();
    await page.getByRole('button', { name: 'Start from the example' }).click();
    await page.getByRole('link', { name: 'Print or download' }).click();
    await page.getByLabel('Language of the PDF').selectOption('zh-Hant');

    await context.setOffline(true);
    await page.getByRole('button', { name: 'Download the PDF' }).click();
    await expect(page.getByText('The fonts for this language are not on this device yet')).toBeVisible();
    const fontsNow = page.getByRole('button', { name: /^Download the fonts now/ });
    await expect(fontsNow).toHaveCount(0);

    await context.setOffline(false);
    await expect(fontsNow).toBeInViewport();
    const [file] = await Promise.all([page.waitForEvent('download', { timeout: 90_000 }), fontsNow.click()]);
    expect(file.suggestedFilename()).toMatch(/ - BCP計畫 - zh-Hant - \d{4}-\d{2}-\d{2}\.pdf$/);
    await expect(fontsNow).toHaveCount(0);
  });
});
