import { addPersonInStep1, expect, openRecord, PlansList, press, test, typeInto } from './fixtures';

test.describe('Errors and warnings guide the owner', () => {
  test('a warning appears when a strategy is slower than the recovery time, and goes when fixed', async ({ page }) => {
    const plans = new PlansList(page);
    await plans.open();
    await page.getByRole('button', { name: 'Start from the example' }).click();
    await page.getByRole('link', { name: /Strategies/ }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: 'Business continuity strategies' })).toBeVisible();

    await openRecord(page, 'Strategy', 1);
    const days = page.getByLabel('Days needed to get it working');
    const warning = page.getByText(/This strategy gets .* back in 30 days, but its target recovery time is 7 days/);
    await expect(warning).toHaveCount(0);
    await typeInto(page, days, '30');
    await page.keyboard.press('Tab');
    await expect(warning.filter({ visible: true })).toBeVisible();
    await expect(days).toHaveAttribute('aria-describedby', /message/);

    await typeInto(page, days, '5');
    await expect(warning).toHaveCount(0);
  });

  test('an error shows next to the field once it is left empty, and the step cannot be completed', async ({ page }) => {
    const plans = new PlansList(page);
    await plans.open();
    await plans.createPlan('Imprenta Azul', 'Full plan');
    const leader = page.getByRole('combobox', { name: /^BCP leader/ });
    await leader.focus();
    await page.keyboard.press('Tab');
    await expect(
      page.getByText('Who leads the plan in an emergency? Choose the BCP leader from the staff list, or add them.').filter({ visible: true }),
    ).toBeVisible();
    await expect(leader).toHaveAttribute('aria-invalid', 'true');
    await press(page, page.getByRole('button', { name: 'Mark this step as complete' }));
    await expect(page.getByText('You marked this step as complete.')).toHaveCount(0);
    await addPersonInStep1(page, 'BCP leader', 'Lucía Fernández', '+34 612 345 678');
    await expect(leader).toHaveAttribute('aria-invalid', 'false');
  });

  test('a quick plan asks only the essentials and widens to a full plan without losing anything', async ({ page }) => {
    const plans = new PlansList(page);
    await plans.open();
    await plans.createPlan('Ramen Hinode', 'Quick plan');
    await expect(page.getByRole('navigation', { name: 'Steps of the plan' }).getByRole('link')).toHaveCount(8);
    await expect(page.getByLabel('Not covered by this plan')).toHaveCount(0);
    await addPersonInStep1(page, 'BCP leader', 'Sato Kenji', '090-1234-5678');

    await page.getByRole('link', { name: 'Overview', exact: true }).click();
    await page.getByRole('button', { name: 'Continue to the full plan' }).click();
    await expect(page.getByRole('navigation', { name: 'Steps of the plan' }).getByRole('link')).toHaveCount(14);
    await page.getByRole('link', { name: /^Continue with step 1/ }).click();
    await expect(page.getByLabel('Not covered by this plan')).toBeVisible();
    await expect(page.getByRole('combobox', { name: /^BCP leader/ }).locator('option:checked')).toHaveText('Sato Kenji');
    await expect(page.getByLabel('Mobile phone of Sato Kenji')).toHaveValue('090-1234-5678');
  });

  test('the review screen links each open point to its field', async ({ page }) => {
    const plans = new PlansList(page);
    await plans.open();
    await plans.createPlan('Kopi Tiam Ah Seng', 'Full plan');
    await page.getByRole('link', { name: 'Review and self-check' }).click();
    await expect(page.getByRole('heading', { name: /Self-check: \d+ of 12 done/ })).toBeVisible();
    await page.getByRole('link', { name: /Who leads the plan in an emergency\?/ }).click();
    await expect(page).toHaveURL(/\/steps\/1#/);
    await expect(page.getByRole('combobox', { name: /^BCP leader/ })).toBeFocused();
  });
});
