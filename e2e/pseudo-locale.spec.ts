import { expect, PlansList, test, type Page } from './fixtures';

/** Every string the user typed into the plans on this device (read straight from IndexedDB). */
async function userStrings(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const request = indexedDB.open('bcp-builder');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const read = request.result.transaction('plans').objectStore('plans').getAll();
          read.onsuccess = () => {
            const strings: string[] = [];
            const collect = (value: unknown): void => {
              if (typeof value === 'string') strings.push(value);
              else if (value && typeof value === 'object') Object.values(value).forEach(collect);
            };
            collect(read.result);
            request.result.close();
            resolve(strings.filter((text) => text.trim().length > 0));
          };
        };
      }),
  );
}

/** Words of plain ASCII letters on the screen once the user's own text is taken out. */
async function untranslatedWords(page: Page, typed: string[]): Promise<string[]> {
  const texts = await page.evaluate(() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const found: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      // Text marked as another language (the language names in their own scripts) is not ours to translate.
      const otherLanguage = parent?.closest('[lang]') !== document.documentElement;
      if (parent && parent.checkVisibility() && !parent.closest('option') && !otherLanguage && node.textContent?.trim()) {
        found.push(node.textContent);
      }
    }
    return found;
  });
  const longestFirst = [...typed].sort((a, b) => b.length - a.length);
  // Dates are formatted by the browser's Intl, which has no pseudo-locale.
  const dates = /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b|\b(AM|PM)\b/g;
  return texts.flatMap((text) => {
    const withoutUserText = longestFirst.reduce((rest, typedText) => rest.split(typedText).join(' '), text);
    return withoutUserText.replace(dates, ' ').match(/[A-Za-z]{2,}/g) ?? [];
  });
}

test('in the pseudo-locale no visible text is left unaccented', async ({ page }) => {
  test.slow();
  const plans = new PlansList(page);
  await plans.open();
  await page.getByRole('button', { name: 'Start from the example' }).click();
  await expect(page.getByRole('link', { name: 'Review and self-check' })).toBeVisible();
  const planUrl = new URL(page.url()).pathname;
  const typed = await userStrings(page);

  const screens = ['/', planUrl, ...Array.from({ length: 10 }, (_, index) => `${planUrl}/steps/${index + 1}`), `${planUrl}/review`, `${planUrl}/summary`];
  for (const screen of screens) {
    await page.goto(`${screen}?lng=en-XA`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en-XA');
    await expect(page.locator('h1')).toBeVisible();
    await page.locator('details').evaluateAll((elements) => elements.forEach((element) => element.setAttribute('open', '')));
    expect(await untranslatedWords(page, typed), `untranslated text on ${screen}`).toEqual([]);
  }
});
