import { test as base, expect, type Locator, type Page } from '@playwright/test';

/**
 * Every test fails on a console error or an uncaught exception: a missing translation key
 * is reported as a console error by the app's i18next set-up.
 */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(String(error)));
      await use(errors);
      expect(errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
export type { Page };

/** Keyboard-only helpers: focus a control, then type or press keys as a person would. */
export async function typeInto(page: Page, field: Locator, text: string): Promise<void> {
  await field.focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
}

export async function chooseOption(page: Page, select: Locator, label: string | RegExp): Promise<void> {
  await select.focus();
  await page.keyboard.press('Home');
  for (let attempt = 0; attempt < 40; attempt += 1) {
    const chosen = await select.evaluate((element) => {
      const selectElement = element as HTMLSelectElement;
      return selectElement.options[selectElement.selectedIndex]?.text ?? '';
    });
    if (typeof label === 'string' ? chosen === label : label.test(chosen)) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`option ${String(label)} not reachable with the arrow keys`);
}

export async function toggle(page: Page, checkbox: Locator): Promise<void> {
  await checkbox.focus();
  await page.keyboard.press('Space');
}

export async function press(page: Page, button: Locator): Promise<void> {
  await button.focus();
  await page.keyboard.press('Enter');
}

/** Pages of the app, in the words a user would use. */
export class PlansList {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/');
    await expect(this.page.getByRole('heading', { level: 1, name: 'Your business continuity plans' })).toBeVisible();
  }

  async createPlan(name: string, path: 'Quick plan' | 'Full plan'): Promise<void> {
    await typeInto(this.page, this.page.getByLabel('Company or business name'), name);
    await toggle(this.page, this.page.getByRole('radio', { name: new RegExp(path) }));
    await press(this.page, this.page.getByRole('button', { name: 'Create plan' }));
    await expect(this.page.getByRole('heading', { level: 1, name: 'Purpose, scope and BCP team' })).toBeVisible();
  }

  card(name: string): Locator {
    return this.page.getByRole('listitem').filter({ has: this.page.getByRole('heading', { name, exact: true }) });
  }
}

export async function expectSaved(page: Page): Promise<void> {
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
}

/** An open record of a list: a group named by its noun, position and name ("Staff member 2: Ana Torres"). */
export function record(page: Page, noun: string, position: number): Locator {
  return page.getByRole('group', { name: new RegExp(`^${noun} ${position}(:| |$)`) });
}

/** The one-line summary of a record, a button that opens and closes it. */
export function recordSummary(page: Page, noun: string, position: number): Locator {
  return page.getByRole('button', { name: new RegExp(`^${noun} ${position}(:| |$)`) });
}

/** Opens a closed record with the keyboard (records open one at a time). */
export async function openRecord(page: Page, noun: string, position: number): Promise<void> {
  const summary = recordSummary(page, noun, position);
  await expect(summary).toHaveAttribute('aria-expanded', 'false');
  await summary.focus();
  await page.keyboard.press('Enter');
  await expect(summary).toHaveAttribute('aria-expanded', 'true');
}

/** The BCP leader or deputy chooser of step 1, with the chosen person's phone and "add a person". */
export function personChooser(page: Page, role: 'BCP leader' | 'Deputy'): Locator {
  return page.locator('.person-field').filter({ has: page.getByRole('combobox', { name: new RegExp(`^${role}`) }) });
}

/** Adds a person to the staff list from step 1 and chooses them as BCP leader or deputy, with the keyboard. */
export async function addPersonInStep1(page: Page, role: 'BCP leader' | 'Deputy', name: string, phone = ''): Promise<void> {
  const chooser = personChooser(page, role);
  await press(page, chooser.getByRole('button', { name: /Add a person to the staff list/ }));
  await expect(chooser.getByLabel('Full name')).toBeFocused();
  await page.keyboard.type(name);
  if (phone) await typeInto(page, chooser.getByLabel('Mobile phone', { exact: true }), phone);
  await press(page, chooser.getByRole('button', { name: 'Add and choose' }));
  await expect(chooser.getByRole('combobox').locator('option:checked')).toHaveText(name);
}
