import { readFileSync } from 'node:fs';
import { expect, expectSaved, PlansList, test, typeInto, type Page } from './fixtures';

declare global {
  interface Window {
    storageSwitchedOff?: boolean;
    storageFull?: boolean;
    persistCalls?: number;
    heldConnection?: IDBDatabase;
  }
}

const leader = (page: Page) => page.getByLabel('Position', { exact: true });

async function downloadedText(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: download.suggestedFilename(), text: readFileSync(await download.path(), 'utf8') };
}

test.describe('Storage that fails', () => {
  test('with IndexedDB switched off the app says so, and carries on by itself when it comes back', async ({ page }) => {
    await page.addInitScript(() => {
      window.storageSwitchedOff = true;
      const open = IDBFactory.prototype.open;
      IDBFactory.prototype.open = function (this: IDBFactory, ...args: Parameters<IDBFactory['open']>) {
        if (window.storageSwitchedOff) throw new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError');
        return open.apply(this, args);
      };
    });
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'This browser cannot store plans' })).toBeVisible();
    await expect(page.getByRole('alert')).toContainText('some private browsing modes do this');
    await expect(page.getByRole('button', { name: 'Try again now' })).toBeVisible();

    await page.evaluate(() => (window.storageSwitchedOff = false));
    await expect(page.getByRole('heading', { level: 1, name: 'Your business continuity plans' })).toBeVisible();
  });

  test('out of space: the change stays in the window, can be downloaded, and is stored when space comes back', async ({ page }) => {
    await page.addInitScript(() => {
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
        if (window.storageFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return put.apply(this, args);
      };
    });
    const plans = new PlansList(page);
    await plans.open();
    await plans.createPlan('Warung Bu Sari', 'Full plan');
    await page.evaluate(() => (window.storageFull = true));
    await typeInto(page, leader(page), 'Sari Wulandari');

    const problem = page.getByRole('alert').filter({ hasText: 'Your latest changes are not stored on this device yet.' });
    await expect(problem).toContainText('This device is out of storage space.');
    await expect(problem).toContainText('download this plan as a file now');
    await typeInto(page, page.getByLabel('Email', { exact: true }), 'sari@warung.example');
    await expect(leader(page)).toHaveValue('Sari Wulandari');

    const file = await downloadedText(page, () => problem.getByRole('button', { name: 'Download this plan' }).click());
    expect(file.name).toMatch(/^Warung Bu Sari - BCP - \d{4}-\d{2}-\d{2}\.bcp\.json$/);
    const saved = JSON.parse(file.text) as { format: string; plans: { team: { leader: { position: string; email: string } } }[] };
    expect(saved.format).toBe('bcp-builder-plans');
    expect(saved.plans[0]?.team.leader.position).toBe('Sari Wulandari');
    expect(saved.plans[0]?.team.leader.email).toBe('sari@warung.example');

    await page.evaluate(() => (window.storageFull = false));
    await expectSaved(page);
    await expect(page.getByRole('status').filter({ hasText: 'Storage works again: all your changes are saved.' })).toBeVisible();
    await expect(problem).toHaveCount(0);
    await page.reload();
    await expect(leader(page)).toHaveValue('Sari Wulandari');
    await expect(page.getByLabel('Email', { exact: true })).toHaveValue('sari@warung.example');
  });

  test('an old tab holding the database open during an upgrade: the app asks for it to be closed, then opens', async ({ page, context }) => {
    await new PlansList(page).open();
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const request = indexedDB.open('bcp-builder');
          request.onsuccess = () => {
            window.heldConnection = request.result; // an old app version: no versionchange handler, never closes
            resolve();
          };
        }),
    );
    const newer = await context.newPage();
    await newer.addInitScript(() => {
      const open = IDBFactory.prototype.open;
      IDBFactory.prototype.open = function (this: IDBFactory, name: string, version?: number) {
        return open.call(this, name, name === 'bcp-builder' && version ? version + 1 : version);
      };
    });
    await newer.goto('/');
    await expect(newer.getByRole('heading', { level: 1, name: 'Waiting for another tab to close' })).toBeVisible();
    await expect(newer.getByRole('alert')).toContainText('Close or reload the other tabs of BCP Builder');

    await page.evaluate(() => window.heldConnection?.close());
    await expect(newer.getByRole('heading', { level: 1, name: 'Your business continuity plans' })).toBeVisible();
  });
});

test.describe('Persistent storage', () => {
  async function answerPersist(page: Page, granted: boolean): Promise<void> {
    await page.addInitScript((answer) => {
      window.persistCalls = 0;
      Object.defineProperty(navigator.storage, 'persisted', { value: () => Promise.resolve(false) });
      Object.defineProperty(navigator.storage, 'persist', {
        value: () => {
          window.persistCalls = (window.persistCalls ?? 0) + 1;
          return Promise.resolve(answer);
        },
      });
    }, granted);
  }

  test('is asked for when the first plan is saved; when refused, the list suggests regular downloads', async ({ page }) => {
    await answerPersist(page, false);
    const plans = new PlansList(page);
    await plans.open();
    expect(await page.evaluate(() => window.persistCalls)).toBe(0);
    await plans.createPlan('Toko Maju', 'Quick plan');
    await expect.poll(() => page.evaluate(() => window.persistCalls)).toBe(1);
    await page.getByRole('link', { name: 'All plans' }).click();

    await expect(page.getByText('This browser may delete its stored data when the device runs low on space')).toBeVisible();
    const file = await downloadedText(page, () => page.getByRole('button', { name: 'Download 1 plan' }).click());
    expect((JSON.parse(file.text) as { plans: { company: { name: string } }[] }).plans.map((plan) => plan.company.name)).toEqual(['Toko Maju']);
  });

  test('when granted, no suggestion is shown', async ({ page }) => {
    await answerPersist(page, true);
    const plans = new PlansList(page);
    await plans.open();
    await plans.createPlan('Toko Maju', 'Quick plan');
    await expect.poll(() => page.evaluate(() => window.persistCalls)).toBe(1);
    await page.getByRole('link', { name: 'All plans' }).click();
    await expect(plans.card('Toko Maju')).toBeVisible();
    await expect(page.getByText('This browser may delete its stored data')).toHaveCount(0);
  });
});

test.describe('A damaged record', () => {
  test('is listed as damaged with its raw data to download; every other plan still opens', async ({ page }) => {
    const plans = new PlansList(page);
    await plans.open();
    await plans.createPlan('Panadería La Espiga', 'Full plan');
    await typeInto(page, leader(page), 'Rosa Martínez');
    await expectSaved(page);
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.open('bcp-builder');
          request.onsuccess = () => {
            const db = request.result;
            const transaction = db.transaction('plans', 'readwrite');
            transaction.objectStore('plans').put({
              id: 'damaged-plan',
              revision: 4,
              updatedAt: '2026-11-26T08:00:00.000Z',
              schemaVersion: 1,
              createdAt: '2026-11-01T08:00:00.000Z',
              company: 'Bengkel Jaya — written by a broken extension',
              keyProducts: { not: 'a list' },
            });
            transaction.oncomplete = () => {
              db.close();
              resolve();
            };
            transaction.onerror = () => reject(transaction.error);
          };
        }),
    );
    await page.goto('/');
    const damaged = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'A plan that cannot be opened' }) });
    await expect(damaged).toContainText('Your other plans are not affected.');
    const file = await downloadedText(page, () => damaged.getByRole('button', { name: 'Download its data' }).click());
    expect(file.name).toBe('damaged-plan-damaged-plan.json');
    expect(JSON.parse(file.text)).toMatchObject({ id: 'damaged-plan', company: 'Bengkel Jaya — written by a broken extension' });

    await plans.card('Panadería La Espiga').getByRole('link', { name: /^Open/ }).click();
    await page.getByRole('link', { name: /Purpose, scope/ }).first().click();
    await expect(leader(page)).toHaveValue('Rosa Martínez');

    await page.goto('/plans/damaged-plan');
    await expect(page.getByRole('heading', { level: 1, name: 'This plan cannot be opened' })).toBeVisible();
    await page.getByRole('link', { name: 'All plans' }).click();
    await expect(plans.card('Panadería La Espiga')).toBeVisible();
  });
});
