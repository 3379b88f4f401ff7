import { chromium } from '@playwright/test';
const ORIGIN = 'http://127.0.0.1:4310';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const lang of ['en', 'th']) {
  for (const width of [360, 1280]) {
    const context = await browser.newContext({ viewport: { width, height: width === 360 ? 740 : 800 }, locale: lang === 'th' ? 'th-TH' : 'en-US' });
    await context.addInitScript((l) => window.localStorage.setItem('bcp-builder.language', l), lang);
    const page = await context.newPage();
    await page.goto(ORIGIN);
    await page.waitForTimeout(800);
    await page.screenshot({ path: `/tmp/shots/home-first-${lang}-${width}.png` });
    await page.locator('.example-picker button, button').filter({ hasText: lang === 'th' ? /ตัวอย่าง/ : /Start from the example/ }).first().click();
    await page.waitForURL(/\/plans\/[^/]+$/);
    const planUrl = new URL(page.url()).pathname;
    await page.waitForTimeout(800);
    await page.screenshot({ path: `/tmp/shots/overview-${lang}-${width}.png` });
    for (const step of [1, 6]) {
      await page.goto(`${ORIGIN}${planUrl}/steps/${step}`);
      await page.waitForTimeout(1000);
      await page.screenshot({ path: `/tmp/shots/step${step}-${lang}-${width}.png`, fullPage: step === 1 });
    }
    await page.goto(`${ORIGIN}${planUrl}/review`);
    await page.waitForTimeout(1200);
    await page.screenshot({ path: `/tmp/shots/review-${lang}-${width}.png` });
    await page.goto(`${ORIGIN}${planUrl}/print`);
    await page.waitForTimeout(800);
    await page.screenshot({ path: `/tmp/shots/print-${lang}-${width}.png` });
    await page.goto(ORIGIN);
    await page.waitForTimeout(800);
    await page.screenshot({ path: `/tmp/shots/home-plan-${lang}-${width}.png` });
    await context.close();
  }
}
await browser.close();
