import AxeBuilder from '@axe-core/playwright';
import foodManufacturer from '../locales/en/examples/food-manufacturer.json' with { type: 'json' };
import { expect, openRecord, PlansList, press, record, recordSummary, test, typeInto, type Page } from './fixtures';

const PHONE = { width: 360, height: 740 };
const { people } = foodManufacturer;

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

/** Starts a plan from the food manufacturer example and opens its emergency step (step 6). */
async function exampleStepSix(page: Page): Promise<void> {
  const plans = new PlansList(page);
  await plans.open();
  await press(page, page.getByRole('button', { name: 'Start from the example' }));
  await expect(page.getByRole('heading', { level: 1, name: foodManufacturer.company.name })).toBeVisible();
  await page.goto(`${new URL(page.url()).pathname}/steps/6`);
  await expect(page.getByRole('heading', { level: 1, name: 'Emergency response' })).toBeVisible();
}

const issueElements = '.field-error, .field-warning, .issue-error, .issue-warning, .record-mark, [aria-invalid="true"]';

test.use({ viewport: PHONE });

test.describe('Lists that fit a phone', () => {
  test("the example's emergency step, every record closed, is at most six screens long", async ({ page }) => {
    await exampleStepSix(page);
    await expect(recordSummary(page, 'Staff member', 1)).toContainText(people.somchai.name);
    await expect(recordSummary(page, 'Staff member', 1)).toContainText(people.somchai.mobile);
    await expect(page.locator('.record-summary[aria-expanded="true"]')).toHaveCount(0);
    await expect(page.getByRole('textbox', { name: /^Name/ })).toHaveCount(0);
    // Each title once: a section that is one list has no second heading of its own.
    for (const title of ['Staff contacts', 'Outside contacts', 'Call tree', 'Emergency kit']) {
      await expect(page.getByRole('heading', { name: title })).toHaveCount(1);
    }
    await expect(page.getByText("The staff member's full name.")).toHaveCount(0);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeLessThanOrEqual(6 * PHONE.height);
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('a new staff member opens ready to type, and its guidance shows once', async ({ page }) => {
    await exampleStepSix(page);
    await openRecord(page, 'Staff member', 2);
    await press(page, page.getByRole('button', { name: 'Add a staff member' }));
    const added = record(page, 'Staff member', 9);
    await expect(added.getByRole('textbox', { name: /^Name/ })).toBeFocused();
    await expect(recordSummary(page, 'Staff member', 2)).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByRole('textbox', { name: /^Name/ })).toHaveCount(1);
    await expect(page.getByText("The staff member's full name.")).toHaveCount(1);
    await page.keyboard.type('Dao Phetsri');
    await expect(recordSummary(page, 'Staff member', 9)).toContainText('Dao Phetsri');
  });

  test('the call tree picker adds and removes a person with the keyboard', async ({ page }) => {
    await exampleStepSix(page);
    await openRecord(page, 'Caller', 4);
    const caller = record(page, 'Caller', 4);
    const calls = caller.getByRole('list', { name: 'Calls these people' });
    await expect(calls.getByRole('listitem')).toHaveText([new RegExp(`^${people.suda.name}`)]);

    const search = caller.getByRole('combobox', { name: /^Calls these people/ });
    await search.focus();
    await page.keyboard.type(people.kanya.name.slice(0, 3));
    const offered = caller.getByRole('listbox', { name: 'Calls these people' });
    await expect(offered.getByRole('option', { name: people.kanya.name })).toBeVisible();
    await expect(offered.getByRole('option', { name: people.wichai.name })).toHaveCount(0);
    await page.keyboard.press('Enter');
    await expect(calls.getByRole('listitem')).toHaveText([new RegExp(`^${people.suda.name}`), new RegExp(`^${people.kanya.name}`)]);
    await expect(search).toBeFocused();
    await expect(search).toHaveValue('');
    await expect(recordSummary(page, 'Caller', 4)).toContainText(`${people.suda.name}, ${people.kanya.name}`);

    await search.press('Escape');
    expect(await seriousViolations(page)).toEqual([]);

    await press(page, caller.getByRole('button', { name: `Remove ${people.kanya.name}` }));
    await expect(calls.getByRole('listitem')).toHaveText([new RegExp(`^${people.suda.name}`)]);
    await expect(caller.getByRole('button', { name: `Remove ${people.suda.name}` })).toBeFocused();
  });

  test('a new plan shows no error or warning until the owner leaves a field', async ({ page }) => {
    const plans = new PlansList(page);
    await plans.open();
    await plans.createPlan('Khao Man Gai Pratunam', 'Full plan');
    await expect(page.locator(issueElements)).toHaveCount(0);
    await press(page, page.getByRole('link', { name: /^Next:/ }));
    await expect(page.getByRole('heading', { level: 1, name: 'Key products and target recovery time' })).toBeVisible();
    await expect(page.locator(issueElements)).toHaveCount(0);

    await page.goto(page.url().replace(/\/steps\/2$/, '/steps/6'));
    await expect(page.getByRole('heading', { level: 1, name: 'Emergency response' })).toBeVisible();
    await expect(page.locator(issueElements)).toHaveCount(0);
    const whoDecides = page.getByLabel('Who activates the plan?');
    const error = page.locator('.field-error').filter({ hasText: 'Who decides to put the plan into action? Enter a name or job title.' });
    await whoDecides.focus();
    await expect(error).toHaveCount(0);
    await page.keyboard.press('Tab');
    await expect(error).toBeVisible();
    await expect(whoDecides).toHaveAttribute('aria-invalid', 'true');
    // Only the field left shows its error: the assembly point, also required, stays calm.
    await expect(page.locator('.field-error').filter({ hasText: 'Enter an assembly point.' })).toHaveCount(0);
    await typeInto(page, whoDecides, 'The owner');
    await expect(error).toHaveCount(0);
  });

  test("a fix link from the review opens the record and shows the field's error", async ({ page }) => {
    await exampleStepSix(page);
    await openRecord(page, 'Staff member', 3);
    const mobile = record(page, 'Staff member', 3).getByLabel('Mobile phone');
    await mobile.focus();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Backspace');
    await press(page, record(page, 'Staff member', 3).getByRole('button', { name: /^Done/ }));
    await expect(recordSummary(page, 'Staff member', 3)).toContainText('Must fix');

    await page.getByRole('link', { name: 'Review and self-check' }).first().click();
    await page.getByRole('link', { name: new RegExp(`Enter a mobile number for ${people.anan.name}`) }).click();
    await expect(page).toHaveURL(/\/steps\/6#/);
    await expect(record(page, 'Staff member', 3).getByLabel('Mobile phone')).toBeFocused();
    await expect(record(page, 'Staff member', 3).getByText(`Enter a mobile number for ${people.anan.name}`)).toBeVisible();
  });
});
