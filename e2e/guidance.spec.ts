import { expect, openRecord, PlansList, press, test, typeInto } from './fixtures';

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
    const leader = page.getByLabel('Name of the BCP leader');
    await leader.focus();
    await page.keyboard.press('Tab');
    await expect(page.getByText("Who leads the plan in an emergency? Enter the BCP leader's name.").filter({ visible: true })).toBeVisible();
    await expect(leader).toHaveAttribute('aria-invalid', 'true');
    await press(page, page.getByRole('button', { name: 'Mark this step as complete' }));
    await expect(page.getByText('You marked this step as complete.')).toHaveCount(0);
    await typeInto(page, leader, 'Lucía Fernández');
    await expect(leader).toHaveAttribute('aria-invalid', 'false');
  });

  test('a quick plan asks only the essentials and widens to a full plan without losing anything', async ({ page }) => {
    const plans = new PlansList(page);
    await plans.open();
    await plans.createPlan('Ramen Hinode', 'Quick plan');
    await expect(page.getByRole('navigation', { name: 'Steps of the plan' }).getByRole('link')).toHaveCount(8);
    await expect(page.getByLabel('Not covered by this plan')).toHaveCount(0);
    await typeInto(page, page.getByLabel('Name of the BCP leader'), 'Sato Kenji');

    await page.getByRole('link', { name: 'Overview', exact: true }).click();
    await page.getByRole('button', { name: 'Continue to the full plan' }).click();
    await expect(page.getByRole('navigation', { name: 'Steps of the plan' }).getByRole('link')).toHaveCount(14);
    await page.getByRole('link', { name: /^Continue with step 1/ }).click();
    await expect(page.getByLabel('Not covered by this plan')).toBeVisible();
    await expect(page.getByLabel('Name of the BCP leader')).toHaveValue('Sato Kenji');
  });

  test('the review screen links each open point to its field', async ({ page }) => {
    const plans = new PlansList(page);
    await plans.open();
    await plans.createPlan('Kopi Tiam Ah Seng', 'Full plan');
    await page.getByRole('link', { name: 'Review and self-check' }).click();
    await expect(page.getByRole('heading', { name: /Self-check: \d+ of 12 done/ })).toBeVisible();
    await page.getByRole('link', { name: /Enter a phone number where the BCP leader can be reached/ }).click();
    await expect(page).toHaveURL(/\/steps\/1#/);
    await expect(page.getByLabel('Phone number').first()).toBeFocused();
  });
});
