import { addPersonInStep1, chooseOption, expect, expectSaved, PlansList, press, record, test, toggle, typeInto, type Page } from './fixtures';

async function markStepComplete(page: Page, nextHeading: string) {
  await press(page, page.getByRole('button', { name: 'Mark this step as complete' }));
  await expect(page.getByText('You marked this step as complete.')).toBeVisible();
  await press(page, page.getByRole('link', { name: /^Next:|^Review and self-check/ }).last());
  await expect(page.getByRole('heading', { level: 1, name: nextHeading })).toBeVisible();
}

async function addRecord(page: Page, button: string, firstField: string) {
  await press(page, page.getByRole('button', { name: button }));
  await expect(page.locator('input, select, textarea').and(page.getByLabel(new RegExp(`^${firstField}`))).last()).toBeFocused();
}

test('an owner writes a full plan through all ten steps with the keyboard alone', async ({ page }) => {
  test.slow();
  const plans = new PlansList(page);
  await plans.open();
  await plans.createPlan('Sabor de Oaxaca', 'Full plan');

  // Step 1: purpose, scope and team.
  await expect(page.getByRole('button', { name: 'Mark this step as complete' })).toBeVisible();
  await press(page, page.getByRole('button', { name: 'Mark this step as complete' }));
  await expect(page.getByText('Fix the points marked “must fix” to complete this step.')).toBeVisible();
  await expect(page.getByRole('combobox', { name: /^BCP leader/ })).toBeFocused();

  await typeInto(page, page.getByLabel('Main address'), 'Calle Morelos 12, Oaxaca');
  await chooseOption(page, page.getByLabel('Type of business'), 'Food and drink manufacturing');
  await typeInto(page, page.getByLabel('Purpose of the plan, in your own words'), 'Keep people safe and deliver mole paste to our shops.');
  await addRecord(page, 'Add a section', 'Section name');
  await typeInto(page, page.getByLabel('Section name'), 'Kitchen');
  await addPersonInStep1(page, 'BCP leader', 'María López', '+52 951 123 4567');
  await addPersonInStep1(page, 'Deputy', 'José Ramírez', '+52 951 765 4321');
  await markStepComplete(page, 'Key products and target recovery time');

  // Step 2: key products, ranked, with recovery times.
  await addRecord(page, 'Add a key product', 'Product or service');
  await typeInto(page, page.getByLabel('Product or service'), 'Mole paste');
  await expect(page.getByLabel('Priority rank')).toHaveValue('1');
  await typeInto(page, page.getByLabel('Target recovery time'), '2');
  await chooseOption(page, page.getByLabel('Unit of time'), 'Days');
  await markStepComplete(page, 'What you need to resume them');

  // Step 3: resources, linked to the key product.
  await addRecord(page, 'Add a resource', 'Resource');
  await typeInto(page, page.getByRole('textbox', { name: /^Resource/ }), 'Stone grinder');
  await chooseOption(page, page.getByLabel('Type of resource'), 'Equipment and machines');
  await toggle(page, page.getByRole('checkbox', { name: 'Mole paste' }));
  await toggle(page, page.getByRole('checkbox', { name: /This is a bottleneck/ }));
  await markStepComplete(page, 'Risk analysis: disaster scenarios');

  // Step 4: a hazard and its scenario.
  await addRecord(page, 'Add a hazard', 'Hazard');
  await chooseOption(page, page.getByRole('combobox', { name: /^Hazard/ }), 'Earthquake');
  await chooseOption(page, page.getByLabel('How likely is it?'), /^4 /);
  await chooseOption(page, page.getByLabel('How bad would it be?'), /^4 /);
  await addRecord(page, 'Add a scenario', 'Which hazard?');
  await chooseOption(page, page.getByLabel('Which hazard?'), 'Earthquake');
  await addRecord(page, 'Add an affected resource', 'Resource');
  await chooseOption(page, record(page, 'Affected resource', 1).getByLabel('Resource'), 'Stone grinder');
  await typeInto(page, page.getByLabel('Days out of action'), '5');
  await page.keyboard.press('Tab');
  await expect(page.getByText(/Mole paste would be stopped for 5 days, longer than its target recovery time of 2 days/).filter({ visible: true })).toBeVisible();
  await markStepComplete(page, 'Protection and mitigation before a disaster');

  // Step 5: a measure protecting the bottleneck.
  await addRecord(page, 'Add a measure', 'What will you do?');
  await typeInto(page, page.getByLabel('What will you do?'), 'Bolt the grinder to the floor');
  await chooseOption(page, page.getByLabel('What does it protect?'), 'Stone grinder');
  await markStepComplete(page, 'Emergency response');

  // Step 6: emergency response and contacts.
  await addRecord(page, 'Add an action', 'Action');
  await chooseOption(page, page.getByRole('combobox', { name: /^Action/ }), 'Evacuate to the assembly point');
  await typeInto(page, page.getByLabel('Who activates the plan?'), 'María López, owner');
  await typeInto(page, page.getByLabel('Assembly point'), 'Plaza de la Danza');
  // the leader and deputy, added in step 1, are the first two of the staff list
  await addRecord(page, 'Add a staff member', 'Name');
  await typeInto(page, record(page, 'Staff member', 3).getByLabel('Name'), 'Ana Torres');
  await typeInto(page, record(page, 'Staff member', 3).getByLabel('Mobile phone'), '951 555 0101');
  await addRecord(page, 'Add a contact', 'Type of contact');
  await chooseOption(page, page.getByLabel('Type of contact'), 'Fire brigade');
  await typeInto(page, page.getByLabel('Organisation'), 'Bomberos Oaxaca');
  await typeInto(page, record(page, 'Contact', 1).getByLabel('Phone number'), '911');
  await markStepComplete(page, 'Business continuity strategies');

  // Step 7: a strategy for the key product.
  await addRecord(page, 'Add a strategy', 'For which key product?');
  await chooseOption(page, page.getByLabel('For which key product?'), 'Mole paste');
  await chooseOption(page, page.getByLabel('Kind of strategy'), 'Help from a partner business (mutual aid)');
  await typeInto(page, page.getByLabel('How it works'), 'A partner kitchen in Tlacolula grinds for us.');
  await typeInto(page, page.getByLabel('Days needed to get it working'), '2');
  await markStepComplete(page, 'Financial preparedness');

  // Step 8: finance.
  await typeInto(page, page.getByLabel('Currency'), 'MXN');
  await typeInto(page, page.getByLabel('Fixed costs per month'), '80000');
  await typeInto(page, page.getByLabel('Cash available in an emergency'), '240000');
  await markStepComplete(page, 'Training and exercises');

  // Step 9: an exercise.
  await addRecord(page, 'Add an exercise', 'Date');
  await page.getByLabel('Date').focus();
  await page.keyboard.type('03152026');
  await chooseOption(page, page.getByLabel('Type of exercise'), 'Evacuation drill');
  await markStepComplete(page, 'Review and improvement');

  // Step 10: review.
  await page.getByLabel('Last reviewed on').focus();
  await page.keyboard.type('11012026');
  await press(page, page.getByRole('button', { name: 'Mark this step as complete' }));
  await expect(page.getByText('You marked this step as complete.')).toBeVisible();
  await expectSaved(page);

  await press(page, page.getByRole('link', { name: 'Overview', exact: true }));
  await expect(page.getByText('10 of 10 steps complete').first()).toBeVisible();
  await press(page, page.getByRole('link', { name: 'Review your plan' }));
  await expect(page.getByRole('heading', { name: 'Your plan on one page' })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Mole paste' })).toBeVisible();
  await expect(page.getByText('3 months of fixed costs')).toBeVisible();
});
