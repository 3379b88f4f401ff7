import { expect, expectSaved, openRecord, PlansList, press, recordSummary, test, typeInto } from './fixtures';

test.describe('Drafts are saved as the owner types', () => {
  test('reloading in the middle of a step keeps everything, including the last field typed', async ({ page }) => {
    const plans = new PlansList(page);
    await plans.open();
    await plans.createPlan('Cơ sở Bánh Mì Hồng Hà', 'Full plan');
    await typeInto(page, page.getByLabel('Position', { exact: true }), 'Nguyễn Thị Hồng');
    await expectSaved(page);
    await typeInto(page, page.getByLabel('Email', { exact: true }), 'hong@banhmihongha.example');
    await page.reload();

    await expect(page.getByRole('heading', { level: 1, name: 'Purpose, scope and BCP team' })).toBeVisible();
    await expect(page.getByLabel('Position', { exact: true })).toHaveValue('Nguyễn Thị Hồng');
    await expect(page.getByLabel('Email', { exact: true })).toHaveValue('hong@banhmihongha.example');
  });

  test('each step has its own address, so the back button returns to the step', async ({ page }) => {
    const plans = new PlansList(page);
    await plans.open();
    await plans.createPlan('Taller Hermanos Ruiz', 'Full plan');
    await press(page, page.getByRole('link', { name: /^Next:/ }));
    await expect(page).toHaveURL(/\/steps\/2$/);
    await press(page, page.getByRole('button', { name: 'Add a key product' }));
    await typeInto(page, page.getByLabel('Product or service'), 'Brake repairs');
    await press(page, page.getByRole('link', { name: /^Next:/ }));
    await expect(page).toHaveURL(/\/steps\/3$/);
    await page.goBack();
    await expect(recordSummary(page, 'Key product', 1)).toContainText('Brake repairs');
    await page.reload();
    await openRecord(page, 'Key product', 1);
    await expect(page.getByLabel('Product or service')).toHaveValue('Brake repairs');
  });

  test('a plan changed in another tab is not overwritten silently', async ({ page, context }) => {
    const plans = new PlansList(page);
    await plans.open();
    await plans.createPlan('Kedai Kopi Senja', 'Full plan');
    const other = await context.newPage();
    await other.goto(page.url());
    await typeInto(other, other.getByLabel('Position', { exact: true }), 'Budi Santoso');
    await expectSaved(other);

    // The first tab follows the other's change (data-safety-tabs.spec.ts has the edits at the same time).
    await expect(page.getByLabel('Position', { exact: true })).toHaveValue('Budi Santoso');
    await typeInto(page, page.getByLabel('Position', { exact: true }), 'Siti Rahma');
    await expectSaved(page);
    await expect(page.getByText('This plan was changed in another tab or window.')).toHaveCount(0);
    await other.reload();
    await expect(other.getByLabel('Position', { exact: true })).toHaveValue('Siti Rahma');
  });
});
