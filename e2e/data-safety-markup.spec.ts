import { addPersonInStep1, expect, expectSaved, PlansList, test } from './fixtures';

declare global {
  interface Window {
    pwned?: number;
  }
}

const SCRIPT = '<script>window.pwned = 1</script>';
const IMAGE = '<img src=x onerror="window.pwned = 2">';

test('text that looks like markup shows as text on every screen and never runs', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const plans = new PlansList(page);
  await plans.open();
  await plans.createPlan(`Bakery ${SCRIPT}`, 'Full plan');
  await addPersonInStep1(page, 'BCP leader', IMAGE);
  await expectSaved(page);

  await expect(page.locator('.editor-plan-name')).toHaveText(`Bakery ${SCRIPT}`);
  await page.getByRole('link', { name: 'Review and self-check' }).click();
  await expect(page.getByText(IMAGE, { exact: false }).first()).toBeVisible();
  await page.getByRole('link', { name: 'All plans' }).click();
  await expect(plans.card(`Bakery ${SCRIPT}`)).toBeVisible();

  await page.reload();
  await expect(plans.card(`Bakery ${SCRIPT}`)).toBeVisible();
  expect(await page.locator('img[src="x"], script:not([src])').count()).toBe(0);
  expect(await page.evaluate(() => window.pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
});
