import AxeBuilder from '@axe-core/playwright';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, PlansList, test, type Page } from './fixtures';

const OLD_FIXTURE = 'e2e/fixtures/plans/schema-v1.bcp.json';

type StoredPlan = Record<string, unknown> & { id: string; revision: number; company: { name: string } };
interface FilePayload {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/** The plan records in this browser profile's database, as stored. */
function storedPlans(page: Page): Promise<StoredPlan[]> {
  return page.evaluate(
    () =>
      new Promise<StoredPlan[]>((resolve, reject) => {
        const opening = indexedDB.open('bcp-builder');
        opening.onerror = () => reject(opening.error);
        opening.onsuccess = () => {
          const request = opening.result.transaction('plans').objectStore('plans').getAll();
          request.onsuccess = () => {
            opening.result.close();
            resolve((request.result as StoredPlan[]).sort((a, b) => a.id.localeCompare(b.id)));
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );
}

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

function planFile(name: string, plans: unknown[], envelope: Record<string, unknown> = {}): FilePayload {
  const content = { format: 'bcp-builder-plans', version: 1, exportedAt: '2026-11-20T10:00:00.000Z', plans, ...envelope };
  return { name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(content)) };
}

async function importFiles(page: Page, files: FilePayload[] | string): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Import plans' }).click()]);
  expect(chooser.isMultiple()).toBe(true);
  await chooser.setFiles(files);
}

function importReport(page: Page) {
  return page.getByRole('dialog', { name: 'Import finished' });
}

/** A plan made through the app, back on the plans list. */
async function seedPlan(page: Page, name: string): Promise<StoredPlan> {
  const plans = new PlansList(page);
  await plans.open();
  await plans.createPlan(name, 'Full plan');
  await page.getByRole('link', { name: 'All plans' }).click();
  await expect(plans.card(name)).toBeVisible();
  const [stored] = await storedPlans(page);
  if (!stored) throw new Error('the plan was not stored');
  return stored;
}

test.describe('Plan files', () => {
  test('a plan exported on one device opens on another exactly as it was', async ({ page, browser }) => {
    const plans = new PlansList(page);
    await plans.open();
    await page.getByRole('button', { name: 'Start from the example' }).click();
    await page.getByRole('link', { name: 'All plans' }).click();
    const name = (await page.getByRole('heading', { level: 3 }).first().textContent()) ?? '';
    const [original] = await storedPlans(page);

    const [download] = await Promise.all([page.waitForEvent('download'), plans.card(name).getByRole('button', { name: /^Export/ }).click()]);
    expect(download.suggestedFilename()).toMatch(new RegExp(` - BCP - \\d{4}-\\d{2}-\\d{2}\\.bcp\\.json$`));
    const path = await download.path();
    const file = JSON.parse(readFileSync(path, 'utf8')) as { format: string; version: number; exportedAt: string; plans: unknown[] };
    expect(file).toMatchObject({ format: 'bcp-builder-plans', version: 1, plans: [original] });
    await expect(page.getByRole('status').filter({ hasText: 'was saved as a plan file' })).toBeVisible();

    const elsewhere = await browser.newContext();
    const other = await elsewhere.newPage();
    const errors: string[] = [];
    other.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await new PlansList(other).open();
    await importFiles(other, path);
    const report = importReport(other);
    await expect(report).toContainText('New plans added: 1');
    await expect(report).toContainText('Files not imported: 0');
    await report.getByRole('button', { name: 'Close' }).click();
    await expect(new PlansList(other).card(name)).toBeVisible();
    expect(await storedPlans(other)).toEqual([original]);
    await new PlansList(other).card(name).getByRole('link', { name: /^Open/ }).click();
    await expect(other.getByRole('heading', { level: 1, name })).toBeVisible();
    expect(errors).toEqual([]);
    await elsewhere.close();
  });

  test('"Export all plans" saves every plan of the device in one file', async ({ page }) => {
    await seedPlan(page, 'Toko Maju');
    await new PlansList(page).createPlan('Warung Sari Rasa', 'Quick plan');
    await page.getByRole('link', { name: 'All plans' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export all plans' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^BCP Builder plans - \d{4}-\d{2}-\d{2}\.bcp\.json$/);
    const file = JSON.parse(readFileSync(await download.path(), 'utf8')) as { plans: StoredPlan[] };
    expect(file.plans.map((plan) => plan.company.name).sort()).toEqual(['Toko Maju', 'Warung Sari Rasa']);
  });

  test('the overview of a plan exports it too', async ({ page }) => {
    const stored = await seedPlan(page, 'Toko Maju');
    await page.goto(`/plans/${stored.id}`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export this plan to a file' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^Toko Maju - BCP - \d{4}-\d{2}-\d{2}\.bcp\.json$/);
    const file = JSON.parse(readFileSync(await download.path(), 'utf8')) as { plans: StoredPlan[] };
    expect(file.plans).toEqual([stored]);
    await expect(page.getByRole('status').filter({ hasText: '“Toko Maju” was saved as a plan file.' })).toBeVisible();
  });

  for (const choice of ['Replace the plan on this device', 'Keep both', 'Skip'] as const) {
    test(`a bundle of three plans, one already on the device: ${choice}`, async ({ page }) => {
      const existing = await seedPlan(page, 'Toko Maju');
      const fromWorkshop = { ...existing, company: { ...existing.company, name: 'Toko Maju (workshop)' }, revision: 9 };
      const others = ['Warung Sari Rasa', 'Panadería La Espiga'].map((name) => ({ ...existing, id: randomUUID(), company: { ...existing.company, name } }));
      await importFiles(page, [planFile('workshop.bcp.json', [fromWorkshop, ...others])]);

      const dialog = page.getByRole('dialog', { name: 'Some plans are already on this device' });
      const conflict = dialog.getByRole('group', { name: 'Toko Maju (workshop)' });
      await expect(conflict).toContainText('On this device: “Toko Maju”');
      await expect(dialog.getByRole('group')).toHaveCount(1);
      await expect(conflict.getByRole('radio', { name: /^Keep both/ })).toBeChecked();
      expect(await seriousViolations(page), 'axe on the choices').toEqual([]);
      await conflict.getByRole('radio', { name: new RegExp(`^${choice.replace(/[()]/g, '\\$&')}`) }).check();
      await dialog.getByRole('button', { name: 'Import' }).click();

      const report = importReport(page);
      await expect(report).toContainText('New plans added: 2');
      await expect(report).toContainText(`Plans replaced: ${choice.startsWith('Replace') ? 1 : 0}`);
      await expect(report).toContainText(`Added as copies: ${choice === 'Keep both' ? 1 : 0}`);
      await expect(report).toContainText(`Skipped: ${choice === 'Skip' ? 1 : 0}`);
      await report.getByRole('button', { name: 'Close' }).click();

      const stored = await storedPlans(page);
      const names = stored.map((plan) => plan.company.name).sort();
      const onDevice = stored.find((plan) => plan.id === existing.id);
      if (choice === 'Replace the plan on this device') {
        expect(names).toEqual(['Panadería La Espiga', 'Toko Maju (workshop)', 'Warung Sari Rasa']);
        expect(onDevice).toEqual({ ...fromWorkshop, revision: existing.revision + 1 });
      } else if (choice === 'Keep both') {
        expect(names).toEqual(['Panadería La Espiga', 'Toko Maju', 'Toko Maju (workshop) (imported)', 'Warung Sari Rasa']);
        expect(onDevice).toEqual(existing);
      } else {
        expect(names).toEqual(['Panadería La Espiga', 'Toko Maju', 'Warung Sari Rasa']);
        expect(onDevice).toEqual(existing);
      }
      for (const name of names) await expect(new PlansList(page).card(name)).toBeVisible();
    });
  }

  test('replacing a plan that is open in another tab shows the imported version there, and edits build on it', async ({ page, context }) => {
    const existing = await seedPlan(page, 'Toko Maju');
    const editor = await context.newPage();
    await editor.goto(`/plans/${existing.id}/steps/1`);
    await expect(editor.getByLabel('Business name')).toHaveValue('Toko Maju');

    await importFiles(page, [planFile('workshop.bcp.json', [{ ...existing, company: { ...existing.company, name: 'Toko Maju (workshop)' } }])]);
    const dialog = page.getByRole('dialog', { name: 'Some plans are already on this device' });
    await dialog.getByRole('radio', { name: 'Replace the plan on this device' }).check();
    await dialog.getByRole('button', { name: 'Import' }).click();
    await expect(importReport(page)).toContainText('Plans replaced: 1');

    await expect(editor.getByLabel('Business name')).toHaveValue('Toko Maju (workshop)');
    await editor.getByLabel('Business name').fill('Toko Maju (workshop) Jaya');
    await expect.poll(async () => (await storedPlans(page))[0]?.company.name).toBe('Toko Maju (workshop) Jaya');
    await expect(editor.getByText('This plan was changed in another tab or window.')).toBeHidden();
  });

  test('a plan file from an older version, dropped on the page, opens', async ({ page }) => {
    const plans = new PlansList(page);
    await plans.open();
    const text = readFileSync(OLD_FIXTURE, 'utf8');
    const dropped = await page.evaluateHandle((content) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], 'schema-v1.bcp.json', { type: 'application/json' }));
      return transfer;
    }, text);
    const main = page.locator('main');
    await main.dispatchEvent('dragenter', { dataTransfer: dropped });
    await expect(page.getByText('Drop plan files here to import them')).toBeVisible();
    await main.dispatchEvent('drop', { dataTransfer: dropped });
    await expect(page.getByText('Drop plan files here to import them')).toBeHidden();

    const report = importReport(page);
    await expect(report).toContainText('New plans added: 1');
    await report.getByRole('button', { name: 'Close' }).click();
    const name = 'บริษัท บ้านริมน้ำฟู้ดส์ จำกัด';
    await plans.card(name).getByRole('link', { name: /^Open/ }).click();
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();

    const [fixturePlan] = (JSON.parse(text) as { plans: StoredPlan[] }).plans;
    const [stored] = await storedPlans(page);
    expect(stored?.id).toBe(fixturePlan?.id);
    expect(stored?.keyProducts).toEqual(fixturePlan?.keyProducts);
    // the same staff list (each record now with an empty "second number to check"), the leader one of them
    expect(stored?.contacts).toMatchObject(fixturePlan?.contacts as Record<string, unknown>);
    const staff = (stored?.contacts as { employees: { id: string; name: string }[] }).employees;
    const leaderId = (stored?.team as { leader: { employeeId: string } }).leader.employeeId;
    expect(staff.find((employee) => employee.id === leaderId)?.name).toBe('สมชาย รัตนกุล');
  });

  test('broken and hostile files are refused one by one, each with its reason, and nothing is stored from them', async ({ page }) => {
    await seedPlan(page, 'Toko Maju');
    const before = await storedPlans(page);
    const [fixturePlan] = (JSON.parse(readFileSync(OLD_FIXTURE, 'utf8')) as { plans: Record<string, unknown>[] }).plans;
    const withoutStart = { ...fixturePlan };
    delete withoutStart.createdAt;
    const good = { ...fixturePlan, id: randomUUID() };

    await importFiles(page, [
      { name: 'notes.bcp.json', mimeType: 'application/json', buffer: Buffer.from('{ this is not json') },
      planFile('other-app.json', [fixturePlan], { format: 'someone-elses-format' }),
      planFile('from-the-future.bcp.json', [fixturePlan], { version: 99 }),
      planFile('missing-date.bcp.json', [good, withoutStart]),
      { name: 'huge.bcp.json', mimeType: 'application/json', buffer: Buffer.alloc(20 * 1024 * 1024, ' ') },
    ]);

    const report = importReport(page);
    await expect(report).toContainText('New plans added: 0');
    await expect(report).toContainText('Files not imported: 5');
    const reason = (file: string) => report.getByRole('listitem').filter({ hasText: file });
    await expect(reason('notes.bcp.json')).toContainText('This is not a plan file');
    await expect(reason('other-app.json')).toContainText('This file holds other data, not plans from BCP Builder.');
    await expect(reason('from-the-future.bcp.json')).toContainText('saved by a newer version of BCP Builder');
    await expect(reason('missing-date.bcp.json')).toContainText(
      'Plan 2 “บริษัท บ้านริมน้ำฟู้ดส์ จำกัด” in this file cannot be read. “Date the plan was started” is missing.',
    );
    await expect(reason('huge.bcp.json')).toContainText('The file is larger than 10 MB');
    expect(await seriousViolations(page), 'axe on the report').toEqual([]);
    await report.getByRole('button', { name: 'Close' }).click();

    expect(await storedPlans(page)).toEqual(before);
    await expect(page.getByRole('heading', { level: 3 })).toHaveText(['Toko Maju']);
  });

  test('the list marks reviews due soon or overdue and plans never exported, with a reminder that can wait', async ({ page }) => {
    const plans = new PlansList(page);
    await plans.open();
    const [fixturePlan] = (JSON.parse(readFileSync(OLD_FIXTURE, 'utf8')) as { plans: StoredPlan[] }).plans;
    const daysAgo = (days: number) => new Date(Date.now() - days * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
    const planReviewed = (name: string, lastReviewed: string) => ({
      ...fixturePlan,
      id: randomUUID(),
      createdAt: '2025-01-01T00:00:00.000Z',
      updatedAt: '2025-06-01T00:00:00.000Z',
      company: { ...fixturePlan?.company, name },
      review: { ...(fixturePlan?.review as object), frequencyMonths: 12, lastReviewed },
    });
    const envelopeWithoutDate = { exportedAt: undefined };
    await importFiles(page, [
      planFile('plans.bcp.json', [planReviewed('Due soon', daysAgo(350)), planReviewed('Overdue', daysAgo(400)), planReviewed('Reviewed', daysAgo(10))], envelopeWithoutDate),
    ]);
    await importReport(page).getByRole('button', { name: 'Close' }).click();

    await expect(plans.card('Due soon')).toContainText('Review due soon:');
    await expect(plans.card('Overdue')).toContainText('Review overdue since');
    await expect(plans.card('Reviewed')).toContainText('Next review:');
    for (const name of ['Due soon', 'Overdue', 'Reviewed']) await expect(plans.card(name)).toContainText('Never exported');

    const reminder = page.getByText('Some plans have changes that are only on this device.');
    await expect(reminder).toBeVisible();
    expect(await seriousViolations(page), 'axe on the marked list').toEqual([]);
    await page.getByRole('button', { name: 'Not now' }).click();
    await expect(reminder).toBeHidden();
    await page.reload();
    await expect(plans.card('Overdue')).toContainText('Never exported');
    await expect(reminder).toBeHidden();

    await Promise.all([page.waitForEvent('download'), plans.card('Overdue').getByRole('button', { name: /^Export/ }).click()]);
    await expect(plans.card('Overdue')).not.toContainText('Never exported');
    await expect(plans.card('Due soon')).toContainText('Never exported');
  });
});
