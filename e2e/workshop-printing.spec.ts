import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { unzipSync } from 'fflate';
import { expect, PlansList, test } from './fixtures';

test.describe('Printing for a workshop', () => {
  test('several plans come out as one zip with one valid PDF per chosen plan', async ({ page }, testInfo) => {
    test.slow();
    const plans = new PlansList(page);
    await plans.open();
    await page.getByRole('button', { name: 'Start from the example' }).click();
    // The example's own overview, not the plans list's heading: leaving sooner would drop the example.
    await expect(page.getByRole('heading', { level: 1, name: 'Baan Rim Nam Foods Co., Ltd.' })).toBeVisible();
    for (const name of ['Sari Tailoring', 'Tran Repair Shop', 'Left Out Bakery']) {
      await plans.open();
      await plans.createPlan(name, 'Quick plan');
    }
    await plans.open();
    await page.getByRole('link', { name: 'Print several plans at once' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Print several plans' })).toBeVisible();

    await page.getByRole('button', { name: 'Download the zip file' }).click();
    await expect(page.getByText('Choose at least one plan to print.')).toBeVisible();

    const chosen = ['Baan Rim Nam Foods Co., Ltd.', 'Sari Tailoring', 'Tran Repair Shop'];
    for (const name of chosen) await page.getByRole('checkbox', { name }).check();
    await expect(page.getByRole('checkbox', { name: 'Left Out Bakery' })).not.toBeChecked();
    await page.getByLabel('Language of the PDF').selectOption('vi');
    await page.getByRole('radio', { name: 'US Letter' }).check();
    // Every text the status shows while the zip is made, in order.
    const status = page.getByRole('status');
    await status.evaluate((element) => {
      const shown: string[] = [];
      Object.assign(window, { statusTexts: shown });
      new MutationObserver(() => shown.push(element.textContent ?? '')).observe(element, { subtree: true, childList: true, characterData: true });
    });
    const downloaded = page.waitForEvent('download', { timeout: 120_000 });
    await page.getByRole('button', { name: 'Download the zip file' }).click();
    const file = await downloaded;
    await expect(status).toHaveText('✓ 3 PDFs are ready in one zip file.');
    const shown = await page.evaluate(() => (window as unknown as { statusTexts: string[] }).statusTexts);
    // Only "n of 3" counts, then exactly 3 ready: nothing else was shown on the way.
    expect(shown.filter((text) => !/^[0-3] of 3 PDFs created…$/.test(text))).toEqual(['✓ 3 PDFs are ready in one zip file.']);
    expect(shown.at(-1)).toBe('✓ 3 PDFs are ready in one zip file.');
    // Counted up from 0, and "2 of 3" while the last PDF was made ("3 of 3" may give way to "ready" before it is drawn).
    const counts = shown.flatMap((text) => /^(\d) of 3/.exec(text)?.[1] ?? []).map(Number);
    expect(counts[0]).toBe(0);
    expect(counts).toContain(2);
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
    expect(file.suggestedFilename()).toMatch(/^Kế hoạch BCP - vi - \d{4}-\d{2}-\d{2}\.zip$/);
    const zipPath = testInfo.outputPath('plans.zip');
    await file.saveAs(zipPath);
    const entries = unzipSync(new Uint8Array(readFileSync(zipPath)));
    const names = Object.keys(entries).sort();
    expect(names).toHaveLength(chosen.length);
    for (const company of chosen) expect(names.some((name) => name.startsWith(`${company} - Kế hoạch BCP - vi - `))).toBe(true);
    for (const [index, name] of names.entries()) {
      const bytes = entries[name] ?? new Uint8Array();
      expect(new TextDecoder().decode(bytes.subarray(0, 5)), name).toBe('%PDF-');
      const path = testInfo.outputPath(`plan-${index}.pdf`);
      writeFileSync(path, bytes);
      const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
      expect(info, name).toMatch(/Pages:\s+[1-9]\d*/);
      expect(info, name).toContain('612 x 792 pts');
      expect(execFileSync('pdffonts', [path], { encoding: 'utf8' }), name).not.toContain('Helvetica');
      const company = chosen.find((candidate) => name.startsWith(candidate)) ?? '';
      expect(execFileSync('pdftotext', ['-raw', path, '-'], { encoding: 'utf8' }), name).toContain(company);
    }
  });

  test('blank worksheets in Japanese on Letter paper, from the plans list', async ({ page }, testInfo) => {
    test.slow();
    const plans = new PlansList(page);
    await plans.open();
    await page.getByRole('link', { name: 'Blank worksheets to fill in by hand' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Blank worksheets' })).toBeVisible();
    await page.getByLabel('Language of the PDF').selectOption('ja');
    await page.getByRole('radio', { name: 'US Letter' }).check();
    const [file] = await Promise.all([
      page.waitForEvent('download', { timeout: 120_000 }),
      page.getByRole('button', { name: 'Download the worksheets' }).click(),
    ]);
    await expect(page.getByTitle('Preview')).toBeVisible();
    expect(file.suggestedFilename()).toBe('BCPワークシート - ja - LETTER.pdf');
    const path = testInfo.outputPath('worksheets-ja.pdf');
    await file.saveAs(path);
    const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
    expect(info).toContain('612 x 792 pts');
    expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBeGreaterThanOrEqual(20);
    const fonts = execFileSync('pdffonts', [path], { encoding: 'utf8' });
    expect(fonts).not.toContain('Helvetica');
    expect(fonts).toContain('NotoSansJP');
    const text = execFileSync('pdftotext', ['-raw', path, '-'], { encoding: 'utf8' });
    expect(text).toContain('事業継続計画：記入用ワークシート');
    expect(text).toContain('このステップが大切な理由');
  });

  test("a plan's wallet cards print on their own, eight to a page", async ({ page }, testInfo) => {
    test.slow();
    const plans = new PlansList(page);
    await plans.open();
    await page.getByRole('button', { name: 'Start from the example' }).click();
    await page.getByRole('link', { name: 'Print or download' }).click();
    await page.getByRole('radio', { name: /Wallet cards for every employee/ }).check();
    await page.getByRole('radio', { name: 'A4' }).check();
    const [file] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.getByRole('button', { name: 'Download the PDF' }).click(),
    ]);
    expect(file.suggestedFilename()).toMatch(/^Baan Rim Nam Foods Co\., Ltd\. - wallet cards - en - \d{4}-\d{2}-\d{2}\.pdf$/);
    const path = testInfo.outputPath('cards.pdf');
    await file.saveAs(path);
    const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
    expect(info).toMatch(/Pages:\s+1\n/);
    expect(info).toMatch(/595\.\d* x 841\.\d* pts/);
    const text = execFileSync('pdftotext', ['-raw', path, '-'], { encoding: 'utf8' });
    expect(text.match(/Emergency card/g)).toHaveLength(8);
  });

  for (const width of [360, 1280]) {
    test(`the workshop screens pass axe and fit the screen at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      const plans = new PlansList(page);
      await plans.open();
      await plans.createPlan('Sari Tailoring', 'Quick plan');
      for (const screen of ['/worksheets', '/print-plans']) {
        await page.goto(screen);
        await expect(page.getByRole('button', { name: /Download the/ })).toBeVisible();
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
        const serious = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
        expect(serious.map((violation) => violation.id), screen).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth), screen).toBeLessThanOrEqual(width);
      }
    });
  }
});
