import { expect, PlansList, press, record, test, typeInto } from './fixtures';

test.describe('Lists of records', () => {
  test('ranks follow the order, a removed record can be undone, and focus stays in the list', async ({ page }) => {
    const plans = new PlansList(page);
    await plans.open();
    await plans.createPlan('Bengkel Jaya Motor', 'Full plan');
    await press(page, page.getByRole('link', { name: /^Next:/ }));

    for (const name of ['Engine repair', 'Tyre service', 'Spare parts shop']) {
      await press(page, page.getByRole('button', { name: 'Add a key product' }));
      await typeInto(page, page.getByLabel('Product or service').last(), name);
    }
    for (const position of [1, 2, 3]) {
      await expect(record(page, 'Key product', position).getByLabel('Priority rank')).toHaveValue(String(position));
    }
    await press(page, record(page, 'Key product', 3).getByRole('button', { name: /Move up/ }));
    await expect(record(page, 'Key product', 2)).toContainText('Spare parts shop');
    await expect(record(page, 'Key product', 2).getByLabel('Priority rank')).toHaveValue('2');
    await expect(record(page, 'Key product', 3).getByLabel('Priority rank')).toHaveValue('3');
    await expect(record(page, 'Key product', 3).getByLabel('Product or service')).toHaveValue('Tyre service');

    await press(page, record(page, 'Key product', 1).getByRole('button', { name: /Remove/ }));
    await expect(page.getByRole('group', { name: /^Key product 1: Spare parts shop/ }).locator('.record-title')).toBeFocused();
    await expect(record(page, 'Key product', 1).getByLabel('Priority rank')).toHaveValue('1');
    await expect(page.getByRole('status').filter({ hasText: 'Removed “Key product 1: Engine repair”.' })).toBeVisible();

    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(record(page, 'Key product', 1).getByLabel('Product or service')).toHaveValue('Engine repair');
    await expect(page.getByLabel('Product or service')).toHaveCount(3);
  });
});
