import { execFileSync } from 'node:child_process';
import type { Download } from '@playwright/test';
import { expect, expectSaved, PlansList, test, toggle, type Page } from './fixtures';

/** The text of a downloaded PDF (pdftotext -raw), after checking it embeds only its own fonts. */
async function pdfTextOf(download: Download, path: string): Promise<{ text: string; fonts: string }> {
  await download.saveAs(path);
  const fonts = execFileSync('pdffonts', [path], { encoding: 'utf8' });
  expect(fonts).not.toContain('Helvetica');
  return { text: execFileSync('pdftotext', ['-raw', path, '-'], { encoding: 'utf8' }), fonts };
}

/** One tap on "Download the PDF" makes the PDF and downloads it. */
async function createAndDownload(page: Page): Promise<Download> {
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.getByRole('button', { name: 'Download the PDF' }).click(),
  ]);
  return file;
}

async function openExampleSummary(page: Page): Promise<void> {
  const plans = new PlansList(page);
  await plans.open();
  await page.getByRole('button', { name: 'Start from the example' }).click();
  await page.getByRole('link', { name: 'Summary for partners' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Summary for customers and partners' })).toBeVisible();
}

test.describe('The continuity summary for customers and partners', () => {
  test('a key product hidden on the summary screen is left out of the summary, but stays in the full plan', async ({ page }, testInfo) => {
    test.slow();
    await openExampleSummary(page);
    const product = 'Prawn crackers, 80 g bags';
    const checkbox = page.getByRole('checkbox', { name: product });
    await expect(checkbox).toBeChecked();
    await toggle(page, checkbox);
    await expect(checkbox).not.toBeChecked();
    await page.getByLabel('Contact for continuity matters').selectOption({ label: 'Somchai Rattanakul (BCP leader)' });
    await expect(page.getByText('+66 81 000 5678 · somchai@baanrimnam.example')).toBeVisible();
    await expectSaved(page);

    // the choices are saved with the plan
    await page.reload();
    await expect(page.getByRole('checkbox', { name: product })).not.toBeChecked();
    await expect(page.getByLabel('Contact for continuity matters')).toHaveValue('leader');

    await page.getByLabel('Language of the summary').selectOption('en');
    const summaryFile = await createAndDownload(page);
    expect(summaryFile.suggestedFilename()).toMatch(/^Baan Rim Nam Foods Co\., Ltd\. - Continuity summary - en - \d{4}-\d{2}-\d{2}\.pdf$/);
    await expect(page.getByTitle('Preview')).toBeVisible();
    const summary = await pdfTextOf(summaryFile, testInfo.outputPath('summary-en.pdf'));
    expect(summary.text).toContain('Business continuity summary');
    expect(summary.text).toContain('Sweet chilli sauce, 300 ml');
    expect(summary.text).not.toContain('Prawn crackers');
    expect(summary.text).toContain('+66 81 000 5678');
    // the deputy's and staff phones, the money and the insurance policies stay in the full plan
    for (const privateText of ['+66 89 000 4321', '+66 86 000 2233', 'PF-2291-0457', '2,600,000', 'Krungthep SME Bank']) {
      expect(summary.text).not.toContain(privateText);
    }

    await page.getByRole('link', { name: 'Print or download' }).click();
    await page.getByLabel('Language of the PDF').selectOption('en');
    const planFile = await createAndDownload(page);
    const plan = await pdfTextOf(planFile, testInfo.outputPath('plan-en.pdf'));
    expect(plan.text).toContain('Prawn crackers, 80 g bags');
    expect(plan.text).toContain('PF-2291-0457');
  });

  test('a Thai summary with Japanese headings for a Japanese buyer', async ({ page }, testInfo) => {
    test.slow();
    await openExampleSummary(page);
    await page.getByLabel('Language of the summary').selectOption('th');
    await page.getByLabel("Partner's language (optional)").selectOption('ja');
    await expectSaved(page);
    const file = await createAndDownload(page);
    expect(file.suggestedFilename()).toMatch(/ - สรุปแผน BCP - ja\+th - \d{4}-\d{2}-\d{2}\.pdf$/);
    const { text, fonts } = await pdfTextOf(file, testInfo.outputPath('summary-ja-th.pdf'));
    expect(fonts).toMatch(/\+NotoSansJP-/);
    expect(fonts).toMatch(/\+NotoSansThai-/);
    expect(text).toContain('事業継続計画（BCP）の概要');
    expect(text).toContain('สรุปแผนบริหารความต่อเนื่องทางธุรกิจ');
  });
});
