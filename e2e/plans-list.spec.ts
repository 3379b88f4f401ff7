import { expect, expectSaved, PlansList, press, test, typeInto } from './fixtures';

test.describe('The plans list', () => {
  test('an owner creates a plan, goes back, and finds it listed with its progress', async ({ page }) => {
    const plans = new PlansList(page);
    await plans.open();
    await expect(page.getByText('No plans yet.')).toBeVisible();
    await plans.createPlan('Warung Sari Rasa', 'Quick plan');
    await page.getByRole('link', { name: 'All plans' }).click();
    const card = plans.card('Warung Sari Rasa');
    await expect(card).toContainText('Quick plan');
    await expect(card).toContainText('0 of 4 steps complete');
    await expect(card).toContainText('Next review:');
  });

  test('the name of the business is asked for before a plan is created', async ({ page }) => {
    const plans = new PlansList(page);
    await plans.open();
    await press(page, page.getByRole('button', { name: 'Create plan' }));
    await expect(page.getByText('Please type the name of your business.')).toBeVisible();
    await expect(page.getByLabel('Company or business name')).toBeFocused();
  });

  test('deleting asks first, and can be undone', async ({ page }) => {
    const plans = new PlansList(page);
    await plans.open();
    await plans.createPlan('Toko Maju', 'Full plan');
    await page.getByRole('link', { name: 'All plans' }).click();

    await plans.card('Toko Maju').getByRole('button', { name: /Delete/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete this plan?' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(plans.card('Toko Maju')).toBeVisible();

    await plans.card('Toko Maju').getByRole('button', { name: /Delete/ }).click();
    await dialog.getByRole('button', { name: 'Delete' }).click();
    await expect(page.getByRole('status').filter({ hasText: '“Toko Maju” was deleted.' })).toBeVisible();
    await expect(plans.card('Toko Maju')).toHaveCount(0);

    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(plans.card('Toko Maju')).toBeVisible();
    await page.reload();
    await expect(plans.card('Toko Maju')).toBeVisible();
  });

  test('a plan can be duplicated, and the most recently edited plan comes first', async ({ page }) => {
    const plans = new PlansList(page);
    const planNames = page.getByRole('heading', { level: 3 });
    await plans.open();
    await plans.createPlan('Panadería La Espiga', 'Full plan');
    await page.getByRole('link', { name: 'All plans' }).click();
    await plans.card('Panadería La Espiga').getByRole('button', { name: /Duplicate/ }).click();
    await expect(plans.card('Panadería La Espiga (copy)')).toBeVisible();
    await expect(planNames).toHaveText(['Panadería La Espiga (copy)', 'Panadería La Espiga']);

    // The original is the older plan; editing it puts it back on top.
    await plans.card('Panadería La Espiga').getByRole('link', { name: /^Open/ }).click();
    await page.getByRole('link', { name: /Purpose, scope/ }).first().click();
    await typeInto(page, page.getByLabel('Position', { exact: true }), 'Owner');
    await expectSaved(page);
    await page.getByRole('link', { name: 'All plans' }).click();
    await expect(planNames).toHaveText(['Panadería La Espiga', 'Panadería La Espiga (copy)']);
  });
});
