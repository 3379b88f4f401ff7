import { expect, openRecord, PlansList, press, record, recordSummary, test, typeInto } from './fixtures';

test.describe('Lists of records', () => {
  test('ranks follow the order, a removed record can be undone, and focus stays in the list', async ({ page }) => {
    const plans = new PlansList(page);
    await plans.open();
    await plans.createPlan('Bengkel Jaya Motor', 'Full plan');
    await press(page, page.getByRole('link', { name: /^Next:/ }));

    for (const name of ['Engine repair', 'Tyre service', 'Spare parts shop']) {
      await press(page, page.getByRole('button', { name: 'Add a key product' }));
      await typeInto(page, page.getByLabel('Product or service'), name);
    }
    await expect(record(page, 'Key product', 3).getByLabel('Priority rank')).toHaveValue('3');
    for (const position of [1, 2]) {
      await openRecord(page, 'Key product', position);
      await expect(record(page, 'Key product', position).getByLabel('Priority rank')).toHaveValue(String(position));
    }
    await openRecord(page, 'Key product', 3);
    await press(page, record(page, 'Key product', 3).getByRole('button', { name: /Move up/ }));
    await expect(record(page, 'Key product', 2)).toContainText('Spare parts shop');
    await expect(record(page, 'Key product', 2).getByLabel('Priority rank')).toHaveValue('2');
    await openRecord(page, 'Key product', 3);
    await expect(record(page, 'Key product', 3).getByLabel('Priority rank')).toHaveValue('3');
    await expect(record(page, 'Key product', 3).getByLabel('Product or service')).toHaveValue('Tyre service');

    await openRecord(page, 'Key product', 1);
    await press(page, record(page, 'Key product', 1).getByRole('button', { name: /Remove/ }));
    await expect(recordSummary(page, 'Key product', 1)).toBeFocused();
    await expect(recordSummary(page, 'Key product', 1)).toContainText('Spare parts shop');
    await expect(page.getByRole('status').filter({ hasText: 'Removed “Key product 1: Engine repair”.' })).toBeVisible();
    await openRecord(page, 'Key product', 1);
    await expect(record(page, 'Key product', 1).getByLabel('Priority rank')).toHaveValue('1');

    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(recordSummary(page, 'Key product', 1)).toBeFocused();
    await expect(recordSummary(page, 'Key product', 1)).toContainText('Engine repair');
    await expect(page.getByRole('button', { name: /^Key product \d/ })).toHaveCount(3);
  });

  test('a record opens to edit and closes to its one-line summary, one at a time', async ({ page }) => {
    const plans = new PlansList(page);
    await plans.open();
    await plans.createPlan('Warung Sari', 'Full plan');
    await press(page, page.getByRole('link', { name: /^Next:/ }));
    for (const name of ['Nasi campur', 'Catering']) {
      await press(page, page.getByRole('button', { name: 'Add a key product' }));
      await typeInto(page, page.getByLabel('Product or service'), name);
    }
    await typeInto(page, page.getByLabel('Target recovery time'), '2');
    await expect(page.getByLabel('Product or service')).toHaveCount(1);
    await press(page, record(page, 'Key product', 2).getByRole('button', { name: /^Done/ }));
    await expect(recordSummary(page, 'Key product', 2)).toBeFocused();
    await expect(recordSummary(page, 'Key product', 2)).toHaveAttribute('aria-expanded', 'false');
    await expect(recordSummary(page, 'Key product', 2)).toContainText('Target recovery time: 2');
    await expect(page.getByLabel('Product or service')).toHaveCount(0);
  });
});
