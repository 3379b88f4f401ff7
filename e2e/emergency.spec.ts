import { execFileSync } from 'node:child_process';
import AxeBuilder from '@axe-core/playwright';
import thExample from '../locales/th/examples/food-manufacturer.json' with { type: 'json' };
import en from '../locales/en/emergency.json' with { type: 'json' };
import th from '../locales/th/emergency.json' with { type: 'json' };
import thOptions from '../locales/th/options.json' with { type: 'json' };
import { expect, test, type Page } from './fixtures';

test.use({ serviceWorkers: 'allow', viewport: { width: 360, height: 740 } });

const SHOTS = process.env.EMERGENCY_SHOTS;

async function shot(page: Page, name: string): Promise<void> {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png` });
}

/** First visit online, then wait until the service worker has installed and controls the page. */
async function installApp(page: Page): Promise<void> {
  await page.goto('/');
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

/** The app in `language` (remembered on the device), then the food manufacturer example copied as the latest plan. */
async function exampleIn(page: Page, language: 'th' | 'en', startLabel: string): Promise<string> {
  // Every frame runs it, the PDF preview's too, which has no localStorage.
  await page.addInitScript((code) => window.localStorage?.setItem('bcp-builder.language', code), language);
  await installApp(page);
  await page.getByRole('button', { name: startLabel }).click();
  await page.waitForURL(/\/plans\/[^/]+$/);
  return new URL(page.url()).pathname;
}

/**
 * Presses Tab through the whole page and returns the visible controls that never got keyboard focus
 * (each named by its tag and text).
 */
async function missedByKeyboard(page: Page): Promise<string[]> {
  const controls = 'a[href], button, input, select, textarea, summary';
  const count = await page.evaluate((selector) => {
    const seen = new Set<EventTarget>();
    (window as unknown as { seenByTab: Set<EventTarget> }).seenByTab = seen;
    document.addEventListener('focusin', (event) => seen.add(event.target as EventTarget));
    (document.activeElement as HTMLElement | null)?.blur();
    return document.querySelectorAll(selector).length;
  }, controls);
  for (let press = 0; press < count + 5; press += 1) await page.keyboard.press('Tab');
  return page.evaluate((selector) => {
    const seen = (window as unknown as { seenByTab: Set<EventTarget> }).seenByTab;
    return [...document.querySelectorAll<HTMLElement>(selector)]
      .filter((element) => element.checkVisibility() && !(element as HTMLButtonElement).disabled && !seen.has(element))
      .map((element) => `${element.tagName} ${element.textContent ?? ''}`.trim());
  }, controls);
}

const thaiTime = /\d{1,2}:\d{2}/;
const stamp = (text: string, name: string) => th.stamp.by.replace('{{text}}', text).replace('{{name}}', name);

test('in Thai, offline: an incident from the home screen in two taps, ticked, marked, logged, kept on reload, closed into step 10 and printed', async ({
  page,
  context,
}, testInfo) => {
  test.slow();
  const planPath = await exampleIn(page, 'th', 'เริ่มจากแผนตัวอย่าง');
  const people = thExample.people;

  await context.setOffline(true);
  await page.goto('/');
  const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: thExample.company.name }) });
  // Tap 1: Emergency on the latest plan's card. Tap 2: what happened.
  await card.getByRole('link', { name: new RegExp(`^⚠? ?${th.open}`) }).click();
  await expect(page.getByRole('heading', { level: 1, name: th.start.title })).toBeVisible();
  await shot(page, 'th-360-start');
  await page.getByRole('button', { name: thOptions.hazard.flood, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: thOptions.hazard.flood })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`${planPath}/emergency/[^/]+$`));
  await expect(page.getByText(thExample.emergency.evacuation.assemblyPoint)).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth), 'nothing wider than the phone').toBeLessThanOrEqual(360);

  // The name, asked once on this device.
  await page.getByLabel(th.recorder.label).fill('สมหญิง');
  await page.getByRole('button', { name: th.recorder.save }).click();
  await expect(page.getByText(th.recorder.as.replace('{{name}}', 'สมหญิง'))).toBeVisible();

  const actions = page.locator('#incident-actions');
  // "Call emergency services" carries the fire brigade's number, one tap away.
  await expect(actions.getByRole('link', { name: `${thOptions.contactCategory.fire} 199` })).toHaveAttribute('href', 'tel:199');
  const boxes = actions.getByRole('checkbox');
  for (const index of [0, 1, 2]) await boxes.nth(index).check();
  await expect(actions.getByRole('checkbox', { checked: true })).toHaveCount(3);
  await expect(actions.getByText(new RegExp(`^${stamp('ทำแล้ว \\d{1,2}:\\d{2}', 'สมหญิง')}$`))).toHaveCount(3);

  const safety = page.locator('#incident-people');
  const person = (name: string) => safety.getByRole('listitem').filter({ has: page.getByText(name, { exact: true }) });
  await person(people.somchai.name).getByRole('button', { name: th.people.status.safe, exact: true }).click();
  await person(people.malee.name).getByRole('button', { name: th.people.status.not_reached }).click();
  await expect(person(people.somchai.name).getByRole('button', { name: th.people.status.safe, exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(person(people.malee.name)).toContainText(th.people.status.not_reached);
  await expect(safety).toContainText(th.people.count.replace('{{safe}}', '1').replace('{{total}}', '8'));
  const call = person(people.somchai.name).getByRole('link', { name: new RegExp(`^โทร ${people.somchai.mobile}`) });
  await expect(call).toHaveAttribute('href', `tel:${people.somchai.mobile.replace(/-/g, '')}`);
  const sms = person(people.somchai.name).getByRole('link', { name: new RegExp(th.people.text) });
  const smsHref = decodeURIComponent((await sms.getAttribute('href')) ?? '');
  expect(smsHref).toContain(`sms:${people.somchai.mobile.replace(/-/g, '')}?body=`);
  expect(smsHref).toContain(`${thExample.company.name}: คุณปลอดภัยไหม`);
  await shot(page, 'th-360-incident');

  const log = page.locator('#incident-log');
  for (const note of ['น้ำเข้าโกดังสูง 20 ซม.', 'แก้ไข: น้ำสูง 30 ซม. ย้ายสินค้าขึ้นชั้น 2 แล้ว']) {
    await log.getByLabel(th.log.note).fill(note);
    await log.getByRole('button', { name: th.log.add }).click();
    await expect(log.getByRole('listitem').filter({ hasText: note })).toContainText(thaiTime);
  }

  // Far down the screen, the meeting point and the way to the activation criteria are still in view.
  await expect(log.getByRole('button', { name: th.log.add })).toBeInViewport();
  await expect(page.getByText(thExample.emergency.evacuation.assemblyPoint)).toBeInViewport();
  await expect(page.getByText(th.place.criteria)).toBeInViewport();

  await expect(page.getByRole('status').filter({ hasText: 'บันทึกการเปลี่ยนแปลงทั้งหมดแล้ว' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: thOptions.hazard.flood })).toBeVisible();
  await expect(actions.getByRole('checkbox', { checked: true })).toHaveCount(3);
  await expect(person(people.somchai.name)).toContainText(th.people.status.safe);
  await expect(person(people.malee.name)).toContainText(th.people.status.not_reached);
  await expect(log.getByRole('listitem')).toHaveText([/น้ำเข้าโกดังสูง 20 ซม\./, /แก้ไข: น้ำสูง 30 ซม\./]);
  expect(await seriousViolations(page)).toEqual([]);

  // Home again: Emergency resumes the open incident.
  await page.goto('/');
  await card.getByRole('link', { name: new RegExp(`^⚠? ?${th.open}`) }).click();
  await expect(page.getByRole('heading', { level: 1, name: thOptions.hazard.flood })).toBeVisible();

  const close = page.locator('#incident-close');
  await close.getByLabel(th.close.worked).fill('ทุกคนมาถึงจุดรวมพลภายใน 10 นาที');
  await close.getByLabel(th.close.didNotWork).fill('เบอร์ของคุณมาลีโทรไม่ติด');
  await close.getByLabel(th.close.toChange).fill('เพิ่มเบอร์สำรองของคุณมาลีในรายชื่อ');
  await close.getByRole('button', { name: th.close.submit }).click();
  const dialog = page.getByRole('dialog', { name: th.close.confirmTitle });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: th.close.confirm }).click();
  await expect(page.getByText(new RegExp(th.incident.closed.replace('{{time}}', '')))).toBeVisible();
  await expect(actions.getByRole('checkbox').first()).toBeDisabled();
  await shot(page, 'th-360-closed');

  // The report prints the ticks with their times and names, the safety check and the lessons.
  const ticked = await actions.locator('.incident-check-done .incident-check-text').allTextContents();
  const tickTimes = (await actions.locator('.incident-stamp').allTextContents()).map((text) => text.match(thaiTime)?.[0] ?? '');
  const [report] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.getByRole('button', { name: th.report.print }).click(),
  ]);
  expect(report.suggestedFilename()).toMatch(/\.pdf$/);
  const path = testInfo.outputPath('incident-th.pdf');
  await report.saveAs(path);
  expect(execFileSync('pdffonts', [path], { encoding: 'utf8' })).not.toContain('Helvetica');
  const text = execFileSync('pdftotext', ['-raw', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(ticked).toHaveLength(3);
  for (const action of ticked) expect(text).toContain(action.replace(/\s+/g, ' ').trim());
  for (const time of tickTimes) expect(text).toContain(time);
  for (const name of ['สมหญิง', people.somchai.name, people.malee.name, thExample.company.name]) expect(text).toContain(name);
  for (const words of [th.people.status.safe, th.people.status.not_reached, 'น้ำเข้าโกดังสูง 20 ซม.', 'เพิ่มเบอร์สำรองของคุณมาลีในรายชื่อ']) {
    expect(text).toContain(words);
  }

  await page.getByRole('link', { name: th.close.toStep10 }).click();
  await expect(page).toHaveURL(new RegExp(`${planPath}/steps/10$`));
  for (const lesson of ['ทุกคนมาถึงจุดรวมพลภายใน 10 นาที', 'เบอร์ของคุณมาลีโทรไม่ติด', 'เพิ่มเบอร์สำรองของคุณมาลีในรายชื่อ']) {
    await expect(page.getByRole('button', { name: new RegExp(lesson) })).toBeVisible();
  }
});

test('an exercise run from the same screen is recorded in step 9', async ({ page }) => {
  test.slow();
  const planPath = await exampleIn(page, 'en', 'Start from the example');
  await page.getByRole('link', { name: new RegExp(`^⚠? ?${en.open}`) }).click();
  await expect(page.getByRole('heading', { level: 1, name: en.start.title })).toBeVisible();
  await page.getByLabel(en.start.exerciseType).selectOption('evacuation_drill');
  await page.getByLabel(en.start.exerciseScenario).fill('Fire in the packing room');
  await page.getByRole('button', { name: en.start.startExercise }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Fire in the packing room' })).toBeVisible();
  await expect(page.getByText(en.kind.exercise, { exact: false }).first()).toBeVisible();
  await page.getByLabel(en.recorder.label).fill('Ana');
  await page.getByRole('button', { name: en.recorder.save }).click();
  await page.locator('#incident-actions').getByRole('checkbox').first().check();
  await page.locator('#incident-log').getByLabel(en.log.note).fill('Everyone out in 4 minutes');
  await page.getByRole('button', { name: en.log.add }).click();
  await shot(page, 'en-360-exercise');
  expect(await seriousViolations(page)).toEqual([]);
  expect(await missedByKeyboard(page)).toEqual([]);

  const close = page.locator('#incident-close');
  await close.getByLabel(en.close.worked).fill('The alarm was heard everywhere');
  await close.getByRole('button', { name: en.close.submitExercise }).click();
  await page.getByRole('dialog').getByRole('button', { name: en.close.confirm }).click();
  await page.getByRole('link', { name: en.close.toStep9 }).click();
  await expect(page).toHaveURL(new RegExp(`${planPath}/steps/9$`));
  const exercise = page.getByRole('button', { name: /Fire in the packing room/ });
  await expect(exercise).toBeVisible();
  await exercise.click();
  const record = page.getByRole('group', { name: /Fire in the packing room/ });
  await expect(record.getByLabel('Type of exercise')).toHaveValue('evacuation_drill');
  await expect(record.getByLabel('Who took part')).toHaveValue('Ana');
  await expect(record.getByLabel('What did you learn?')).toHaveValue(/The alarm was heard everywhere/);
});

test('the emergency screen and an editor open in another tab do not overwrite each other', async ({ page, context }) => {
  test.slow();
  const planPath = await exampleIn(page, 'en', 'Start from the example');
  await page.goto(`${planPath}/steps/1`);
  const position = page.getByLabel('Position', { exact: true });
  await expect(position).toBeVisible();

  const phone = await context.newPage();
  await phone.goto(`${planPath}/emergency`);
  await phone.getByRole('button', { name: 'Flood', exact: true }).click();
  await phone.locator('#incident-actions').getByRole('checkbox').first().check();
  await expect(phone.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();

  // The editor takes the newer version without a conflict, and its next change keeps the tick.
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
  await position.fill('Owner on duty');
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
  await expect(page.getByText('This plan was changed in another tab or window.')).toHaveCount(0);

  // And the emergency screen takes the editor's change: its next tick keeps the text typed there.
  await phone.locator('#incident-actions').getByRole('checkbox').nth(1).check();
  await expect(phone.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
  await expect(phone.getByText('This plan was changed in another tab or window.')).toHaveCount(0);

  await phone.reload();
  await expect(phone.locator('#incident-actions').getByRole('checkbox', { checked: true })).toHaveCount(2);
  await page.reload();
  await expect(position).toHaveValue('Owner on duty');
});

test('a new plan with nothing in it yet: "something else" with a line of text, and every part says what is missing', async ({ page }) => {
  await installApp(page);
  await page.getByLabel('Company or business name').fill('Toko Baru');
  await page.getByRole('button', { name: 'Create plan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Purpose, scope and BCP team' })).toBeVisible();
  await page.goto('/');
  await page.getByRole('link', { name: new RegExp(`^⚠? ?${en.open}`) }).click();
  await expect(page.getByText(en.start.noHazards)).toBeVisible();

  await page.getByRole('button', { name: en.start.startOther, exact: true }).click();
  await expect(page.getByText(en.start.describeRequired)).toBeVisible();
  await expect(page.getByLabel(en.start.somethingElse)).toBeFocused();
  await page.getByLabel(en.start.somethingElse).fill('Water pipe burst in the shop');
  await page.getByRole('button', { name: en.start.startOther, exact: true }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Water pipe burst in the shop' })).toBeVisible();
  for (const missing of [en.actions.none, en.people.none, en.tell.none, en.clocks.none, en.log.empty]) {
    await expect(page.getByText(missing)).toBeVisible();
  }
  await expect(page.locator('.place-card')).toContainText(en.place.notSet);
  expect(await seriousViolations(page)).toEqual([]);
});
