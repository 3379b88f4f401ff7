import { execFileSync } from 'node:child_process';
import { expect, PlansList, test } from './fixtures';

test.describe('Printing the plan', () => {
  test('the questionnaire loads without the PDF engine, and a Thai PDF comes out of the Print screen', async ({ page }, testInfo) => {
    test.slow();
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script' || request.url().endsWith('.js')) scripts.push(request.url());
    });
    const plans = new PlansList(page);
    await plans.open();
    await page.getByRole('button', { name: 'Start from the example' }).click();
    await page.getByRole('link', { name: /Key products/ }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: 'Key products and target recovery time' })).toBeVisible();
    expect(scripts.filter((url) => /pdf\.worker|react-pdf/i.test(url)), 'PDF engine loaded by the questionnaire').toEqual([]);

    await page.getByRole('link', { name: 'Print or download' }).click();
    await page.getByLabel('Language of the PDF').selectOption('th');
    const [file] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.getByRole('button', { name: 'Download the PDF' }).click(),
    ]);
    await expect(page.getByTitle('Preview')).toBeVisible();
    expect(file.suggestedFilename()).toMatch(/^Baan Rim Nam Foods Co\., Ltd\. - แผน BCP - th - \d{4}-\d{2}-\d{2}\.pdf$/);
    const path = testInfo.outputPath('plan-th.pdf');
    await file.saveAs(path);
    expect(execFileSync('pdffonts', [path], { encoding: 'utf8' })).not.toContain('Helvetica');
    const text = execFileSync('pdftotext', ['-raw', path, '-'], { encoding: 'utf8' });
    expect(text).toContain('Baan Rim Nam Foods Co., Ltd.');
  });
});
