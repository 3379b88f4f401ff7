import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Locator } from '@playwright/test';
import { expect, test, type Page } from './fixtures';

/**
 * A Thai restaurant owner on a phone (360 × 740, browser in Thai) writes a Quick plan. Every label is
 * read from the Thai locale files, so the story follows the words the owner sees.
 */
type Json = { [key: string]: string | Json };
const locale = (namespace: string): Json => JSON.parse(readFileSync(`locales/th/${namespace}.json`, 'utf8')) as Json;
const common = locale('common');
const fields = locale('fields');
const validation = locale('validation');
const pdf = locale('pdf');

function text(file: Json, key: string, values: Record<string, string | number> = {}): string {
  const value = key.split('.').reduce<string | Json | undefined>((node, part) => (typeof node === 'object' ? node[part] : undefined), file);
  if (typeof value !== 'string') throw new Error(`no Thai text at ${key}`);
  return value.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? `{{${name}}}`));
}
const label = (field: string) => text(fields, `${field}.label`);
const addButton = (list: string) => text(fields, `${list}.add`);

/** The words of a problem count in a step's status ("ต้องแก้ไข 2 รายการ", "คำแนะนำ 1 ข้อ") with the number taken out. */
const countWords = (key: string): RegExp => new RegExp(text(common, key, { count: 'N' }).replace('N', '\\d+'));
const ERROR_COUNT = countWords('issues.errorCount_other');
const WARNING_COUNT = countWords('issues.warningCount_other');

/** Red and amber marks: issue lists and counts, the "fix these to complete" line, a field's error or warning. */
const ALARM = '.issue, .issue-summary, .step-blocked, .field-error, .field-warning, [aria-invalid="true"]';

const OWNER = {
  company: 'ร้านครัวบ้านสวน',
  statement: 'ดูแลพนักงานและลูกค้าให้ปลอดภัย แล้วเปิดร้านให้ได้ภายใน 2 วัน',
  leader: 'คุณมาลี ใจงาม',
  leaderPhone: '081-234-5678',
  deputy: 'คุณสมชาย ใจงาม',
  deputyPhone: '089-876-5432',
  product: 'ข้าวแกงกะหรี่',
  whoDecides: 'คุณมาลี เจ้าของร้าน',
  assemblyPoint: 'ลานจอดรถหน้าตลาดสดเทศบาล',
  staff: 'คุณอรุณี แสงทอง',
  staffMobile: '092-555-0101',
  contact: 'สถานีดับเพลิงเทศบาลนครเชียงใหม่',
  contactPhone: '199',
};

test.use({ locale: 'th-TH', viewport: { width: 360, height: 740 } });

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

async function createQuickPlan(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'th');
  await page.getByLabel(text(common, 'plans.companyName')).fill(OWNER.company);
  await page.getByRole('radio', { name: new RegExp(text(common, 'path.quickName')) }).check();
  await page.getByRole('button', { name: text(common, 'plans.create') }).click();
  await expect(page.getByRole('heading', { level: 1, name: text(locale('steps'), '1.title') })).toBeVisible();
}

/** The step list's status texts: the neutral to-do only, never a count of things to fix or advice. */
async function expectCalmStatus(page: Page): Promise<void> {
  const states = await page.locator('.step-nav .step-state').allInnerTexts();
  expect(states.length).toBe(4);
  for (const state of states) {
    expect(state).not.toMatch(ERROR_COUNT);
    expect(state).not.toMatch(WARNING_COUNT);
  }
}

/** The step 1 chooser of the BCP leader or the deputy, found by its Thai label. */
function personChooser(page: Page, field: 'team_leader_employeeId' | 'team_deputy_employeeId'): Locator {
  return page.locator('.person-field').filter({ has: page.getByRole('combobox', { name: new RegExp(`^${label(field)}`) }) });
}

/** Adds a person to the staff list from step 1 with their mobile number, and chooses them for the role. */
async function addPersonInStep1(page: Page, field: 'team_leader_employeeId' | 'team_deputy_employeeId', name: string, mobile: string): Promise<void> {
  const chooser = personChooser(page, field);
  await chooser.getByRole('button', { name: new RegExp(text(common, 'person.add')) }).click();
  await chooser.getByLabel(text(common, 'person.name')).fill(name);
  await chooser.getByLabel(text(common, 'person.mobile'), { exact: true }).fill(mobile);
  await chooser.getByRole('button', { name: text(common, 'person.confirm') }).click();
  await expect(chooser.getByRole('combobox').locator('option:checked')).toHaveText(name);
}

async function markComplete(page: Page): Promise<void> {
  await page.getByRole('button', { name: text(common, 'step.markComplete') }).click();
  await expect(page.getByText(text(common, 'step.completeNote'))).toBeVisible();
}

async function nextStep(page: Page, step: number): Promise<void> {
  await page.getByRole('link', { name: new RegExp(text(locale('steps'), `${step}.shortTitle`)) }).last().click();
  await expect(page.getByRole('heading', { level: 1, name: text(locale('steps'), `${step}.title`) })).toBeVisible();
}

/** No message about the steps the Quick path leaves out (resources, strategies), wherever the owner is. */
async function expectNothingFromOutsideThePath(page: Page): Promise<void> {
  const outside = [
    text(validation, 'key_product_without_resources', { product: OWNER.product }),
    text(validation, 'key_product_without_strategy', { product: OWNER.product }),
  ];
  const body = await page.locator('body').innerText();
  for (const message of outside) expect(body).not.toContain(message);
  await expect(page.getByText(text(common, 'issues.inStep', { number: 3 }))).toHaveCount(0);
}

test('a Thai owner writes a Quick plan on a phone and prints a short plan with nothing "not specified"', async ({ page }, testInfo) => {
  test.slow();
  await createQuickPlan(page);
  await expect(page.getByText(text(common, 'step.kicker', { number: 1, total: 4 }))).toBeVisible();
  await expect(page.getByText(text(common, 'progress.steps', { complete: 0, total: 4 })).first()).toBeAttached();

  // Step 1: purpose and team.
  await page.getByLabel(label('purpose_statement')).fill(OWNER.statement);
  await addPersonInStep1(page, 'team_leader_employeeId', OWNER.leader, OWNER.leaderPhone);
  await addPersonInStep1(page, 'team_deputy_employeeId', OWNER.deputy, OWNER.deputyPhone);
  await markComplete(page);
  await nextStep(page, 2);

  // Step 2: one key product with its target recovery time.
  await expect(page.getByText(text(common, 'step.kicker', { number: 2, total: 4 }))).toBeVisible();
  await page.getByRole('button', { name: addButton('keyProducts') }).click();
  await page.getByLabel(label('keyProducts_name')).last().fill(OWNER.product);
  await page.getByLabel(label('keyProducts_rto_value')).last().fill('2');
  await page.getByLabel(label('keyProducts_rto_unit')).last().selectOption('days');
  await markComplete(page);
  await expectNothingFromOutsideThePath(page);
  await nextStep(page, 6);

  // Step 6: first actions, who decides, assembly point, staff and outside contacts.
  await expect(page.getByText(text(common, 'step.kicker', { number: 3, total: 4 }))).toBeVisible();
  await page.getByRole('button', { name: addButton('emergency_firstActions') }).click();
  await page.getByLabel(label('emergency_firstActions_code')).last().selectOption('evacuate');
  await page.getByLabel(label('emergency_activation_whoDecides')).fill(OWNER.whoDecides);
  await page.getByLabel(label('emergency_evacuation_assemblyPoint')).fill(OWNER.assemblyPoint);
  // The leader and the deputy added in step 1 are already the first two people on the staff list.
  await page.getByRole('button', { name: addButton('contacts_employees') }).click();
  const staffMember = page.getByRole('group', { name: new RegExp(`^${text(fields, 'contacts_employees.item', { number: 3 })}`) });
  await staffMember.getByLabel(new RegExp(`^${label('contacts_employees_name')}`)).fill(OWNER.staff);
  await staffMember.getByLabel(new RegExp(`^${label('contacts_employees_mobile')}`)).fill(OWNER.staffMobile);
  await page.getByRole('button', { name: addButton('contacts_external') }).click();
  await page.getByLabel(label('contacts_external_category')).last().selectOption('fire');
  await page.getByLabel(label('contacts_external_organisation')).last().fill(OWNER.contact);
  await page.getByLabel(label('contacts_external_phone')).last().fill(OWNER.contactPhone);
  await markComplete(page);
  await expectNothingFromOutsideThePath(page);
  await nextStep(page, 10);

  // Step 10: the review schedule keeps its default of once a year.
  await expect(page.getByText(text(common, 'step.kicker', { number: 4, total: 4 }))).toBeVisible();
  await markComplete(page);
  await expect(page.getByText(text(common, 'progress.steps', { complete: 4, total: 4 })).first()).toBeAttached();

  // The review scores the five Quick items, and finds nothing to fix.
  await page.getByRole('link', { name: text(common, 'nav.review') }).first().click();
  await expect(page.getByRole('heading', { level: 2, name: text(common, 'review.selfCheckTitle', { passed: 5, total: 5 }) })).toBeVisible();
  await expect(page.getByText(text(common, 'review.noIssues'))).toBeVisible();
  // The plan on one page shows what the Quick path asks: no cash reserve "not yet written".
  await expect(page.locator('.plan-summary')).not.toContainText(text(common, 'review.reserve'));
  await expect(page.locator('.plan-summary')).not.toContainText(text(common, 'review.notYetWritten'));
  await expectNothingFromOutsideThePath(page);
  expect(await seriousViolations(page)).toEqual([]);

  // Print: the PDF in Thai is the short plan, with the owner's answers and nothing "not specified".
  await page.getByRole('link', { name: text(common, 'nav.print') }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: text(common, 'print.title') })).toBeVisible();
  await expect(page.getByLabel(text(common, 'print.language'))).toHaveValue('th');
  // One-tap printing: the download button alone.
  const download = page.getByRole('link', { name: text(common, 'print.download') }).or(page.getByRole('button', { name: text(common, 'print.download') }));
  await expect(download.first()).toBeVisible({ timeout: 90_000 });
  const [file] = await Promise.all([page.waitForEvent('download'), download.first().click()]);
  const path = testInfo.outputPath('quick-plan-th.pdf');
  await file.saveAs(path);
  const printed = execFileSync('pdftotext', ['-raw', path, '-'], { encoding: 'utf8' }).normalize('NFC');
  const squeeze = (value: string) => value.replace(/\s+/g, '');
  expect(squeeze(printed)).not.toContain(squeeze(text(pdf, 'document.notYetWritten')));
  for (const answer of Object.values(OWNER)) expect(squeeze(printed), answer).toContain(squeeze(answer));
  expect(squeeze(printed)).toContain(squeeze(text(pdf, 'quickPlan.fullPlanAdds')));
  expect(squeeze(printed)).not.toContain(squeeze(text(locale('steps'), '4.title')));
});

test('a new plan and an untouched step show nothing red or amber, only what is left to do', async ({ page }) => {
  await createQuickPlan(page);

  // Step 1 of the new plan: no error or warning anywhere, the step list shows what is left.
  await expect(page.locator(ALARM)).toHaveCount(0);
  await expectCalmStatus(page);
  // One question left: the BCP leader (their phone is asked once they are chosen). Thai has one plural form.
  await expect(page.locator('.step-to-do')).toHaveText(text(common, 'stepState.questionsLeft_other', { count: 1 }));
  expect(await seriousViolations(page)).toEqual([]);

  // An untouched step.
  await page.getByRole('link', { name: new RegExp(text(locale('steps'), '2.shortTitle')) }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: text(locale('steps'), '2.title') })).toBeVisible();
  await expect(page.locator(ALARM)).toHaveCount(0);
  await expectCalmStatus(page);

  // The overview and the plans list.
  await page.getByRole('link', { name: text(common, 'nav.overview'), exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: OWNER.company })).toBeVisible();
  for (const state of await page.locator('.overview-step .step-state').allInnerTexts()) {
    expect(state).not.toMatch(ERROR_COUNT);
    expect(state).not.toMatch(WARNING_COUNT);
  }
  await expect(page.locator(ALARM)).toHaveCount(0);
  expect(await seriousViolations(page)).toEqual([]);
  await page.goto('/');
  await expect(page.getByRole('heading', { name: OWNER.company })).toBeVisible();
  const body = await page.locator('body').innerText();
  expect(body).not.toMatch(ERROR_COUNT);
  expect(body).not.toMatch(WARNING_COUNT);

  // Trying to complete the step shows what to fix; opening the review shows it for every step.
  await page.getByRole('link', { name: OWNER.company }).first().click();
  await page.getByRole('link', { name: new RegExp(text(locale('steps'), '1.shortTitle')) }).first().click();
  await page.getByRole('button', { name: text(common, 'step.markComplete') }).click();
  // A new plan's step 1 misses one required answer, as its to-do said.
  await expect(page.locator('.step-nav .step-state').first()).toContainText(text(common, 'issues.errorCount_other', { count: 1 }));
  await expect(page.locator('.step-nav .step-state').nth(2)).not.toContainText(ERROR_COUNT);
  await page.getByRole('link', { name: text(common, 'nav.review') }).first().click();
  await expect(page.locator('.step-nav .step-state').nth(2)).toContainText(ERROR_COUNT);
});
