import { LANGUAGES } from '../src/i18n/languages';
import { addPersonInStep1, expect, PlansList, test } from './fixtures';


for (const language of LANGUAGES) {
  test(`the plans list, every step and the review screen read in ${language.nativeName}, on a 360 px phone`, async ({ page }) => {
    test.slow();
    await page.setViewportSize({ width: 360, height: 780 });
    const plans = new PlansList(page);
    await plans.open();
    await page.getByRole('combobox', { name: 'Language', exact: true }).selectOption(language.code);
    await expect(page.locator('html')).toHaveAttribute('lang', language.code);

    await page.locator('.example-picker button').click();
    await expect(page.getByRole('navigation').getByRole('link')).toHaveCount(14);
    const planUrl = new URL(page.url()).pathname;
    const screens = [planUrl, ...Array.from({ length: 10 }, (_, index) => `${planUrl}/steps/${index + 1}`), `${planUrl}/review`, `${planUrl}/summary`, '/'];
    for (const screen of screens) {
      await page.goto(screen);
      await expect(page.locator('html')).toHaveAttribute('lang', language.code);
      await expect(page.locator('h1')).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `sideways overflow on ${screen}`).toBeLessThanOrEqual(0);
    }
  });
}

test('the first visit follows the browser language, and the choice is remembered', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'zh-TW' });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
  await page.locator('.language-picker select').selectOption('vi');
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await context.close();
});

test('switching language keeps what the owner typed', async ({ page }) => {
  const plans = new PlansList(page);
  await plans.open();
  await plans.createPlan('Nhà hàng Phở Bắc', 'Full plan');
  await addPersonInStep1(page, 'BCP leader', 'Trần Văn Minh', '0913 234 567');
  await page.getByRole('combobox', { name: 'Language', exact: true }).selectOption('th');
  await expect(page.locator('html')).toHaveAttribute('lang', 'th');
  await expect(page.locator('#f-team\\.leader\\.employeeId option:checked')).toHaveText('Trần Văn Minh');
  await expect(page.getByRole('textbox', { name: 'เบอร์มือถือของTrần Văn Minh' })).toHaveValue('0913 234 567');
  await page.reload();
  await expect(page.locator('#f-team\\.leader\\.employeeId option:checked')).toHaveText('Trần Văn Minh');
  await expect(page.locator('#f-company\\.name')).toHaveValue('Nhà hàng Phở Bắc');
});
