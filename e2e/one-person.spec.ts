import AxeBuilder from '@axe-core/playwright';
import {
  addPersonInStep1,
  expect,
  expectSaved,
  openRecord,
  personChooser,
  PlansList,
  press,
  recordSummary,
  test,
  typeInto,
  type Page,
} from './fixtures';

/** One person, one number: the BCP leader and deputy are people of the staff list, their phone kept once. */

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

const reviewFact = (page: Page, term: string) => page.locator('.summary-facts dt', { hasText: term }).locator('xpath=following-sibling::dd[1]');

test('an owner doing step 1 first adds the leader and deputy there, and their one number follows them everywhere', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const plans = new PlansList(page);
  await plans.open();
  await plans.createPlan('Imprenta Azul', 'Quick plan');

  await addPersonInStep1(page, 'BCP leader', 'Lucía Fernández', '+34 612 345 678');
  const leaderPhone = personChooser(page, 'BCP leader').getByLabel('Mobile phone of Lucía Fernández');
  await expect(leaderPhone).toHaveValue('+34 612 345 678');
  // a name already on the staff list is chosen, not added twice
  const deputy = personChooser(page, 'Deputy');
  await press(page, deputy.getByRole('button', { name: /Add a person to the staff list/ }));
  await page.keyboard.type('lucía  fernández');
  await page.keyboard.press('Enter');
  await expect(deputy.getByRole('combobox').locator('option:checked')).toHaveText('Lucía Fernández');
  await expect(deputy.getByText("The deputy is the BCP leader too. Choose someone else, who can act when the leader can't.")).toBeVisible();
  await expect(page.getByLabel('Mobile phone of Lucía Fernández')).toHaveCount(1);
  await press(page, deputy.getByRole('button', { name: /Add a person to the staff list/ }));
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.type('Jorge Ruiz');
  await typeInto(page, personChooser(page, 'Deputy').getByLabel('Mobile phone', { exact: true }), '+34 699 111 222');
  await page.keyboard.press('Enter');
  await expect(personChooser(page, 'Deputy').getByLabel('Mobile phone of Jorge Ruiz')).toHaveValue('+34 699 111 222');

  // the staff list of step 6 holds them, once each
  await expectSaved(page);
  const planUrl = new URL(page.url()).pathname.replace(/\/steps\/.*$/, '');
  await page.goto(`${planUrl}/steps/6`);
  await expect(page.getByRole('heading', { level: 1, name: 'Emergency response' })).toBeVisible();
  await expect(recordSummary(page, 'Staff member', 1)).toContainText('Lucía Fernández');
  await expect(recordSummary(page, 'Staff member', 2)).toContainText('Jorge Ruiz');
  await expect(recordSummary(page, 'Staff member', 3)).toHaveCount(0);
  await openRecord(page, 'Staff member', 1);
  await expect(page.locator('[id="f-contacts.employees.0.mobile"]')).toHaveValue('+34 612 345 678');
  await typeInto(page, page.locator('[id="f-contacts.employees.0.mobile"]'), '+34 612 000 999');

  // a change on the staff list is the leader's number in step 1 and in the review
  await expectSaved(page);
  await page.goto(`${planUrl}/steps/1`);
  await expect(personChooser(page, 'BCP leader').getByLabel('Mobile phone of Lucía Fernández')).toHaveValue('+34 612 000 999');
  await page.goto(`${planUrl}/review`);
  await expect(reviewFact(page, 'BCP leader')).toHaveText('Lucía Fernández · +34 612 000 999');
  await expect(reviewFact(page, 'Deputy')).toHaveText('Jorge Ruiz · +34 699 111 222');
  await expect(page.getByText('+34 612 345 678')).toHaveCount(0);
});

test('a plan file from version 2 with two numbers for the deputy keeps both and asks the owner to keep one', async ({ page }) => {
  const plans = new PlansList(page);
  await plans.open();
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Import plans' }).click()]);
  await chooser.setFiles('e2e/fixtures/plans/schema-v2.bcp.json');
  const report = page.getByRole('dialog', { name: 'Import finished' });
  await expect(report).toContainText('New plans added: 2');
  await report.getByRole('button', { name: 'Close' }).click();

  await plans.card('税理士法人うつぼ会計').getByRole('link', { name: /^Open/ }).click();
  await page.getByRole('link', { name: 'Review and self-check' }).click();
  const warning = page.getByRole('link', { name: 'Two numbers for 中村大輔: 080-6263-0263 and 090-3322-7781. Keep the right one.' });
  await expect(warning).toBeVisible();
  await expect(reviewFact(page, 'Deputy')).toHaveText('中村大輔 · 080-6263-0263');

  await warning.click();
  await expect(page).toHaveURL(/\/steps\/6#/);
  const second = page.getByLabel('Second number to check');
  await expect(second).toBeFocused();
  await expect(second).toHaveValue('090-3322-7781');
  expect(await seriousViolations(page)).toEqual([]);
  await typeInto(page, second, '');
  await page.keyboard.press('Delete');
  await expect(page.getByText(/Two numbers for 中村大輔/)).toHaveCount(0);

  await page.getByRole('link', { name: 'Review and self-check' }).click();
  await expect(page.getByRole('heading', { name: /Self-check/ })).toBeVisible();
  await expect(page.getByText(/Two numbers for 中村大輔/)).toHaveCount(0);
});
