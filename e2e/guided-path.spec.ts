import AxeBuilder from '@axe-core/playwright';
import { expect, PlansList, press, test, type Page } from './fixtures';

const PHONE = { width: 360, height: 740 };

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

/**
 * The food manufacturer example with answers taken out, written straight into this browser's database:
 * the mobile numbers of five employees, the phones of three outside contacts and every key product's
 * target recovery time (twelve errors in steps 2 and 6, most of them deep in long lists). Returns the
 * address of its review screen.
 */
async function seedPlanWithOpenIssues(page: Page): Promise<string> {
  await new PlansList(page).open();
  await page.getByRole('button', { name: 'Start from the example' }).click();
  await expect(page.getByRole('link', { name: 'Review and self-check' })).toBeVisible();
  const planUrl = new URL(page.url()).pathname.replace(/\/$/, '');
  await page.getByRole('link', { name: 'All plans' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your business continuity plans' })).toBeVisible();
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const opening = indexedDB.open('bcp-builder');
        opening.onerror = () => reject(opening.error);
        opening.onsuccess = () => {
          const transaction = opening.result.transaction('plans', 'readwrite');
          const store = transaction.objectStore('plans');
          const reading = store.getAll();
          reading.onsuccess = () => {
            const [plan] = reading.result as {
              contacts: { employees: { mobile: string }[]; external: { phone: string }[] };
              keyProducts: { rto: { value: number | null } }[];
            }[];
            if (!plan) throw new Error('the example was not stored');
            plan.contacts.employees.slice(0, 5).forEach((employee) => (employee.mobile = ''));
            plan.contacts.external.slice(0, 3).forEach((contact) => (contact.phone = ''));
            plan.keyProducts.forEach((product) => (product.rto.value = null));
            store.put(plan);
          };
          transaction.oncomplete = () => {
            opening.result.close();
            resolve();
          };
          transaction.onerror = () => reject(transaction.error);
        };
      }),
  );
  return `${planUrl}/review`;
}

/** Where the focused element is, once focus has settled on a field (the id its link names, or a record around it). */
async function focusedField(page: Page, target: string) {
  await expect
    .poll(() => page.evaluate((id) => document.activeElement !== null && id.startsWith(document.activeElement.id) && document.activeElement.id.startsWith('f-'), target))
    .toBe(true);
  // The step list used to scroll itself into view a moment after the jump: the field must still be in view after that.
  await page.waitForTimeout(400);
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element) return null;
    const box = element.getBoundingClientRect();
    return { id: element.id, top: box.top, bottom: box.bottom, height: box.height, viewport: window.innerHeight };
  });
}

test.describe('The guided path', () => {
  test('on a first visit on a phone, the name field and "Create plan" are on the first screen, with the offline promise', async ({ page }) => {
    await page.setViewportSize(PHONE);
    await new PlansList(page).open();
    await expect(page.getByText('Works offline. Everything you type stays on this device.')).toBeInViewport({ ratio: 1 });
    await expect(page.getByLabel('Company or business name')).toBeInViewport({ ratio: 1 });
    await expect(page.getByRole('button', { name: 'Create plan' })).toBeInViewport({ ratio: 1 });
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('a returning owner finds their plan first, with a Continue button on the first screen', async ({ page }) => {
    await page.setViewportSize(PHONE);
    const plans = new PlansList(page);
    await plans.open();
    await plans.createPlan('Warung Sari Rasa', 'Quick plan');
    await page.getByRole('link', { name: 'All plans' }).click();

    const card = plans.card('Warung Sari Rasa');
    await expect(card).toContainText('0 of 4 steps complete');
    const continueLink = card.getByRole('link', { name: 'Continue with step 1: Purpose and team' });
    await expect(continueLink).toBeInViewport({ ratio: 1 });
    const cardTop = (await card.boundingBox())?.y ?? Infinity;
    const newPlanTop = (await page.getByRole('heading', { name: 'Start a new plan' }).boundingBox())?.y ?? -Infinity;
    expect(cardTop).toBeLessThan(newPlanTop);
    expect(await seriousViolations(page)).toEqual([]);

    await press(page, continueLink);
    await expect(page.getByRole('heading', { level: 1, name: 'Purpose, scope and BCP team' })).toBeFocused();
  });

  test('after each change of screen, focus is on its heading and the first question is at most three Tabs away', async ({ page }) => {
    await page.setViewportSize(PHONE);
    const plans = new PlansList(page);
    await plans.open();
    await plans.createPlan('Kedai Kopi Pagi', 'Full plan');

    for (const next of ['Next: Key products', 'Next: Resources']) {
      const heading = page.getByRole('heading', { level: 1 });
      await expect(heading).toBeFocused();
      // The step's first question: a field, or the button that adds the first record of a list.
      const first = page.locator('.step-page form').locator('input, select, textarea, button').first();
      const isFocused = () => first.evaluate((element) => element === document.activeElement);
      for (let tabs = 0; tabs < 3 && !(await isFocused()); tabs += 1) await page.keyboard.press('Tab');
      await expect(first).toBeFocused();

      // The pager at the bottom of a long step opens the next step at its top, with the save status in view.
      const title = (await heading.textContent()) ?? '';
      await press(page, page.getByRole('link', { name: new RegExp(`^${next}`) }));
      await expect(heading).not.toHaveText(title);
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeInViewport();
    }
  });

  test('the review puts what to fix first: errors, then advice, then the self-check with open items first', async ({ page }) => {
    const review = await seedPlanWithOpenIssues(page);
    await page.goto(review);
    const fixes = page.getByRole('link', { name: /^Fix\b/ });
    await expect(fixes.first()).toBeVisible();
    expect(await fixes.count()).toBeGreaterThanOrEqual(10);

    const top = async (text: string | RegExp) => (await page.getByRole('heading', { name: text }).boundingBox())?.y ?? NaN;
    expect(await top(/things to fix$/)).toBeLessThan(await top(/Self-check: \d+ of 12 done/));
    const checks = page.locator('.self-check li');
    await expect(checks.first()).toContainText('Not yet');
    await expect(checks.last()).not.toContainText('Not yet');
    await expect(page.getByRole('group', { name: 'Checks only you can make' }).getByRole('checkbox')).toHaveCount(1);
    expect(await seriousViolations(page)).toEqual([]);
  });

  for (const viewport of [PHONE, { width: 1280, height: 800 }]) {
    test(`every Fix link of a plan with many open issues leaves its field in view at ${viewport.width} px`, async ({ page }) => {
      test.slow();
      await page.setViewportSize(viewport);
      const review = await seedPlanWithOpenIssues(page);
      await page.goto(review);
      const fixes = page.getByRole('link', { name: /^Fix\b/ });
      await expect(fixes.first()).toBeVisible();
      const count = await fixes.count();
      expect(count).toBeGreaterThanOrEqual(10);

      for (let index = 0; index < count; index += 1) {
        await page.goto(review);
        const fix = fixes.nth(index);
        const target = decodeURIComponent(((await fix.getAttribute('href')) ?? '').split('#')[1] ?? '');
        await fix.click();
        const field = await focusedField(page, target);
        expect(field, `field of fix link ${index + 1} (${target})`).not.toBeNull();
        if (!field) continue;
        if (field.height <= field.viewport) {
          expect(field.top, `top of ${field.id}`).toBeGreaterThanOrEqual(0);
          expect(field.bottom, `bottom of ${field.id}`).toBeLessThanOrEqual(field.viewport);
        } else {
          expect(field.top, `top of ${field.id}`).toBeLessThan(field.viewport);
          expect(field.bottom, `bottom of ${field.id}`).toBeGreaterThan(0);
        }
      }
    });
  }
});
