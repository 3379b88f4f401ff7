import { execFileSync } from 'node:child_process';
import AxeBuilder from '@axe-core/playwright';
import { expect, PlansList, test } from './fixtures';

test.describe('Printing the plan', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('the questionnaire loads without the PDF engine; on a phone one tap on "Download the PDF" makes the Thai plan, with its progress next to the button', async ({
    page,
  }, testInfo) => {
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
    await expect(page.getByRole('radio', { name: 'US Letter' })).toBeChecked();
    await page.getByLabel('Language of the PDF').selectOption('th');
    // Thai is printed on A4 in Thailand, whatever this English browser's region.
    await expect(page.getByRole('radio', { name: 'A4' })).toBeChecked();

    const button = page.getByRole('button', { name: 'Download the PDF' });
    // as on a phone: the button just in view at the bottom of the screen when tapped
    await button.evaluate((element) => element.scrollIntoView({ block: 'end' }));
    const downloaded = page.waitForEvent('download', { timeout: 60_000 });
    await button.click();
    await expect(page.locator('.pdf-action').getByRole('progressbar')).toBeInViewport();
    const file = await downloaded;
    expect(file.suggestedFilename()).toMatch(/^Baan Rim Nam Foods Co\., Ltd\. - แผน BCP - th - \d{4}-\d{2}-\d{2}\.pdf$/);
    await expect(page.locator('.pdf-action').getByRole('status')).toContainText('The PDF is ready.');
    await expect(page.getByRole('link', { name: 'Download again' })).toBeVisible();
    await expect(page.getByTitle('Preview')).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => violation.id)).toEqual([]);

    const path = testInfo.outputPath('plan-th.pdf');
    await file.saveAs(path);
    expect(execFileSync('pdffonts', [path], { encoding: 'utf8' })).not.toContain('Helvetica');
    const text = execFileSync('pdftotext', ['-raw', path, '-'], { encoding: 'utf8' });
    expect(text).toContain('Baan Rim Nam Foods Co., Ltd.');
  });
});
