import { readFileSync, writeFileSync } from 'node:fs';
import { addPersonInStep1, expect, PlansList, test, typeInto, type Page } from './fixtures';

test.use({ serviceWorkers: 'allow' });
test.describe.configure({ mode: 'serial' });

/** First visit online, then wait until the service worker has installed and controls the page. */
async function installApp(page: Page): Promise<void> {
  await page.goto('/');
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

async function printIn(page: Page, language: string): Promise<void> {
  await page.getByLabel('Language of the PDF').selectOption(language);
  await page.getByRole('button', { name: 'Download the PDF' }).click();
  await expect(page.getByRole('link', { name: 'Download again' })).toBeVisible({ timeout: 60_000 });
}

test('after one visit the app, every language and PDF printing work with the network gone', async ({ page, context }) => {
  test.slow();
  await installApp(page);
  const plans = new PlansList(page);
  await plans.open();
  await page.getByRole('button', { name: /Download.*日本語/ }).click();
  await expect(page.locator('.offline-languages li').filter({ hasText: '日本語' })).toContainText('Ready offline', { timeout: 60_000 });
  await page.getByRole('button', { name: 'Start from the example' }).click();
  await page.waitForURL(/\/plans\/[^/]+$/);
  const planUrl = new URL(page.url()).pathname;

  await context.setOffline(true);
  const started = Date.now();
  await page.goto(`${planUrl}/steps/1`);
  await expect(page.getByRole('heading', { level: 1, name: 'Purpose, scope and BCP team' })).toBeVisible();
  console.log(`offline reload of a step: ${Date.now() - started} ms`);
  await typeInto(page, page.getByLabel('Position', { exact: true }), 'Malee Offline');
  await page.getByRole('combobox', { name: 'Language', exact: true }).selectOption('th');
  await expect(page.locator('html')).toHaveAttribute('lang', 'th');
  await page.getByLabel('ภาษา').selectOption('en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await page.getByRole('link', { name: 'Print or download' }).click();
  await printIn(page, 'en');
  await printIn(page, 'th');
  await printIn(page, 'ja');
  await page.getByLabel('Language of the PDF').selectOption('zh-Hant');
  await page.getByRole('button', { name: 'Download the PDF' }).click();
  await expect(page.getByText('The fonts for this language are not on this device yet')).toBeVisible();

  await page.goto(`${planUrl}/steps/1`);
  await expect(page.getByLabel('Position', { exact: true })).toHaveValue('Malee Offline');
});

test('a rare name character: its font slice is fetched online, then the plan prints offline', async ({ page, context }) => {
  test.slow();
  const slices: { url: string; bytes: number }[] = [];
  page.on('response', (response) => {
    if (/\/assets\/NotoSansKR-\d{3}-/.test(response.url())) {
      void response.body().then((body) => slices.push({ url: response.url(), bytes: body.byteLength }));
    }
  });
  await installApp(page);
  const plans = new PlansList(page);
  await plans.open();
  await plans.createPlan('Hanbit Trading', 'Quick plan');
  await addPersonInStep1(page, 'BCP leader', '김민준');
  await page.getByRole('link', { name: 'Print or download' }).click();
  await printIn(page, 'en');
  // Only the slices the name needs: 김, 민 and 준 are in three slices of Noto Sans KR (Regular and Bold of
  // each), at most 500 KB a slice.
  await expect.poll(() => slices.length).toBe(6);
  expect(slices.reduce((sum, slice) => sum + slice.bytes, 0)).toBeLessThanOrEqual(3 * 500_000);
  const printUrl = new URL(page.url()).pathname;

  await context.setOffline(true);
  const failed: string[] = [];
  page.on('requestfailed', (request) => failed.push(request.url()));
  await page.goto('/');
  // The sizes of the language packs come from the build: no request for them, none failing offline.
  await expect(page.locator('.offline-languages li').filter({ hasText: '繁體中文' })).toContainText(/Not downloaded \(\d+ MB\)/);
  await page.goto(printUrl);
  await printIn(page, 'en');
  await expect(page.getByText('Some characters in your plan cannot be printed')).toHaveCount(0);

  // A character whose slice was never fetched cannot print offline: the warning names its field.
  await page.goto(printUrl.replace(/\/print$/, '/steps/1'));
  await addPersonInStep1(page, 'Deputy', '힣');
  await page.getByRole('link', { name: 'Print or download' }).click();
  await page.getByLabel('Language of the PDF').selectOption('en');
  await page.getByRole('button', { name: 'Download the PDF' }).click();
  const warning = page.getByRole('alert').filter({ hasText: 'Some characters in your plan cannot be printed' });
  await expect(warning).toContainText('힣');
  await expect(warning).toContainText('Step 6 · “Name” of entry 2 in “Staff contact list”');
  await expect(warning).not.toContainText('entry 1');
  await warning.getByRole('button', { name: 'Print anyway' }).click();
  await expect(page.getByRole('link', { name: 'Download again' })).toBeVisible({ timeout: 60_000 });
  // Only requests to the network count here: the one-tap download's blob: address and the PDF preview's
  // built-in viewer (chrome:// and chrome-extension:// resources) are the browser's own.
  expect(failed.filter((url) => /^https?:/.test(url) && !/NotoSansKR-/.test(url))).toEqual([]);
});

test('the running app asks for nothing beyond its own origin', async ({ page, baseURL }) => {
  test.slow();
  const foreign: string[] = [];
  // Network requests only: the browser's own PDF viewer loads chrome:// and chrome-extension:// resources.
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol) && url.origin !== new URL(baseURL ?? '').origin) {
      foreign.push(url.href);
    }
  });
  await installApp(page);
  const plans = new PlansList(page);
  await plans.open();
  await plans.createPlan('Warung Makan Sederhana', 'Full plan');
  await typeInto(page, page.getByLabel('Position', { exact: true }), 'Ibu Sari');
  await page.getByRole('combobox', { name: 'Language', exact: true }).selectOption('id');
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');
  await page.getByLabel('Bahasa').selectOption('en');
  await page.getByRole('link', { name: 'Print or download' }).click();
  await printIn(page, 'vi');
  expect(foreign).toEqual([]);
});

test('a new version is offered, and accepting it reloads with the work saved', async ({ page }) => {
  test.slow();
  await installApp(page);
  const plans = new PlansList(page);
  await plans.open();
  await plans.createPlan('Toko Baru', 'Full plan');

  const serviceWorkerFile = 'dist/sw.js';
  const original = readFileSync(serviceWorkerFile, 'utf8');
  try {
    writeFileSync(serviceWorkerFile, `${original}\n// next version\n`);
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((registration) => registration?.update()));
    await expect(page.getByRole('alert').filter({ hasText: 'A new version of the app is ready.' })).toBeVisible({ timeout: 30_000 });
    await typeInto(page, page.getByLabel('Position', { exact: true }), 'Pak Budi');
    await page.getByRole('button', { name: 'Save and reload' }).click();
    await page.waitForEvent('load');
    await expect(page.getByLabel('Position', { exact: true })).toHaveValue('Pak Budi');
  } finally {
    writeFileSync(serviceWorkerFile, original);
  }
});
