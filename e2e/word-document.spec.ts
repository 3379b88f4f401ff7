import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { expect, PlansList, test } from './fixtures';

test.describe('The plan as a Word document', () => {
  test('the Print screen downloads a Thai Word document of the plan, loading docx only on the click', async ({ page }, testInfo) => {
    test.slow();
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script' || request.url().endsWith('.js')) scripts.push(request.url());
    });
    const plans = new PlansList(page);
    await plans.open();
    await page.getByRole('button', { name: 'Start from the example' }).click();
    await page.getByRole('link', { name: 'Print or download' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Word document to edit' })).toBeVisible();
    expect(scripts.filter((url) => /docx/i.test(url)), 'docx loaded before the click').toEqual([]);

    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(axe.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => violation.id)).toEqual([]);

    await page.getByLabel('Language of the PDF').selectOption('th');
    const [file] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.getByRole('button', { name: 'Download as Word document' }).click(),
    ]);
    expect(file.suggestedFilename()).toMatch(/^Baan Rim Nam Foods Co\., Ltd\. - แผน BCP - th - \d{4}-\d{2}-\d{2}\.docx$/);
    await expect(page.getByRole('status').filter({ hasText: 'The Word document has been downloaded' })).toBeVisible();
    expect(scripts.filter((url) => /docx\.worker/.test(url)).length, 'the Word document worker').toBe(1);

    const path = testInfo.outputPath('plan-th.docx');
    await file.saveAs(path);
    const document = strFromU8(unzipSync(new Uint8Array(readFileSync(path)))['word/document.xml'] ?? new Uint8Array());
    const text = [...document.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join('');
    expect(text).toContain('Baan Rim Nam Foods Co., Ltd.');
    expect(text).toContain('แผ่นสรุปเหตุฉุกเฉินหน้าเดียว');
    expect(text).toContain('การรับมือฉุกเฉิน');
  });
});

test.describe('The Word document offline', () => {
  test.use({ serviceWorkers: 'allow' });

  test('after one visit, the Word document is made with the network gone', async ({ page, context }) => {
    test.slow();
    await page.goto('/');
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.reload();
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    const plans = new PlansList(page);
    await plans.open();
    await page.getByRole('button', { name: 'Start from the example' }).click();
    await page.waitForURL(/\/plans\/[^/]+$/);

    await context.setOffline(true);
    await page.getByRole('link', { name: 'Print or download' }).click();
    await page.getByLabel('Language of the PDF').selectOption('vi');
    const [file] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.getByRole('button', { name: 'Download as Word document' }).click(),
    ]);
    expect(file.suggestedFilename()).toMatch(/ - vi - \d{4}-\d{2}-\d{2}\.docx$/);
    const bytes = readFileSync((await file.path()) ?? '');
    const document = strFromU8(unzipSync(new Uint8Array(bytes))['word/document.xml'] ?? new Uint8Array());
    expect(document).toContain('Baan Rim Nam Foods Co., Ltd.');
  });
});
