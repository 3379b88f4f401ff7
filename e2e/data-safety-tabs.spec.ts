import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { expect, expectSaved, PlansList, test, typeInto, type Page } from './fixtures';

const CONFLICT = 'This plan was changed in another tab or window.';
const leader = (page: Page) => page.getByLabel('Position', { exact: true });

test.describe('Two tabs, one plan', () => {
  test('a change saved in one tab shows in the other without a reload', async ({ page, context }) => {
    const plans = new PlansList(page);
    await plans.open();
    await plans.createPlan('Kedai Kopi Senja', 'Full plan');
    const other = await context.newPage();
    await other.goto(page.url());
    await expect(leader(other)).toHaveValue('');

    await typeInto(page, leader(page), 'Budi Santoso');
    await expectSaved(page);
    await expect(leader(other)).toHaveValue('Budi Santoso');
    await expectSaved(other);

    await typeInto(other, leader(other), 'Budi Santoso Jr.');
    await expect(leader(page)).toHaveValue('Budi Santoso Jr.');
    await expect(page.getByText(CONFLICT)).toHaveCount(0);
    await expect(other.getByText(CONFLICT)).toHaveCount(0);
  });

  test('when both tabs edit at once, the later write is refused and its owner keeps their text', async ({ page, context }) => {
    const plans = new PlansList(page);
    await plans.open();
    await plans.createPlan('Panadería La Espiga', 'Full plan');
    const other = await context.newPage();
    await other.goto(page.url());
    await expect(leader(other)).toBeVisible();

    await Promise.all([typeInto(page, leader(page), 'Rosa Martínez'), typeInto(other, leader(other), 'Julio Pérez')]);
    const refused = await expect
      .poll(async () => {
        if (await page.getByText(CONFLICT).isVisible()) return 'page';
        if (await other.getByText(CONFLICT).isVisible()) return 'other';
        return 'none';
      })
      .not.toBe('none')
      .then(async () => ((await page.getByText(CONFLICT).isVisible()) ? { tab: page, text: 'Rosa Martínez', winner: other } : { tab: other, text: 'Julio Pérez', winner: page }));

    // The refused tab still shows its own text; nothing was overwritten silently.
    await expect(leader(refused.tab)).toHaveValue(refused.text);
    await refused.tab.getByRole('button', { name: 'Keep my version' }).click();
    await expectSaved(refused.tab);
    await expect(leader(refused.winner)).toHaveValue(refused.text);
    await refused.winner.reload();
    await expect(leader(refused.winner)).toHaveValue(refused.text);
  });

  test('two tabs editing different plans never interfere', async ({ page, context }) => {
    const plans = new PlansList(page);
    await plans.open();
    await plans.createPlan('Toko Maju', 'Full plan');
    const other = await context.newPage();
    const otherPlans = new PlansList(other);
    await otherPlans.open();
    await otherPlans.createPlan('Taller Hermanos Ruiz', 'Full plan');

    for (const round of [1, 2, 3]) {
      await Promise.all([typeInto(page, leader(page), `Siti ${round}`), typeInto(other, leader(other), `Carlos ${round}`)]);
    }
    await Promise.all([expectSaved(page), expectSaved(other)]);
    await expect(page.getByText(CONFLICT)).toHaveCount(0);
    await expect(other.getByText(CONFLICT)).toHaveCount(0);
    await Promise.all([page.reload(), other.reload()]);
    await expect(leader(page)).toHaveValue('Siti 3');
    await expect(leader(other)).toHaveValue('Carlos 3');
  });

  test('the plans list shows a plan created or deleted in another tab without a reload', async ({ page, context }) => {
    const plans = new PlansList(page);
    await plans.open();
    const other = await context.newPage();
    await new PlansList(other).open();
    await plans.createPlan('Warung Sari Rasa', 'Quick plan');
    const otherCard = new PlansList(other).card('Warung Sari Rasa');
    await expect(otherCard).toBeVisible();

    await page.getByRole('link', { name: 'All plans' }).click();
    await plans.card('Warung Sari Rasa').getByRole('button', { name: /Delete/ }).click();
    await page.getByRole('dialog', { name: 'Delete this plan?' }).getByRole('button', { name: 'Delete' }).click();
    await expect(plans.card('Warung Sari Rasa')).toHaveCount(0);
    await expect(otherCard).toHaveCount(0);
  });
});

test.describe('Closing at the worst moment', () => {
  async function startPlan(page: Page): Promise<string> {
    const plans = new PlansList(page);
    await plans.open();
    await plans.createPlan('Cơ sở Bánh Mì Hồng Hà', 'Full plan');
    await typeInto(page, leader(page), 'Nguyễn Thị Hồng');
    await expectSaved(page);
    return page.url();
  }

  async function expectLeader(page: Page, url: string, name: string): Promise<void> {
    await page.goto(url);
    await expect(leader(page)).toHaveValue(name);
    await expectSaved(page);
  }

  test('closing the tab right after typing keeps the last change', async ({ page, context }) => {
    const url = await startPlan(page);
    await typeInto(page, leader(page), 'Trần Văn Nam');
    await page.close({ runBeforeUnload: true });
    await expectLeader(await context.newPage(), url, 'Trần Văn Nam');
  });

  test('navigating away right after typing keeps the last change', async ({ page }) => {
    const url = await startPlan(page);
    await typeInto(page, leader(page), 'Lê Thị Mai');
    await page.goto('/not-a-page');
    await expectLeader(page, url, 'Lê Thị Mai');
  });

  test('a phone putting the browser in the background, freezing and then discarding the tab, keeps the last change', async ({ page, context }) => {
    const url = await startPlan(page);
    await typeInto(page, leader(page), 'Phạm Minh Tuấn');
    const session = await context.newCDPSession(page);
    await page.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await session.send('Page.setWebLifecycleState', { state: 'frozen' });
    await page.close();
    await expectLeader(await context.newPage(), url, 'Phạm Minh Tuấn');
  });

  test('killing the browser process right after a save leaves a readable plan', async ({ baseURL }) => {
    const profile = mkdtempSync(join(tmpdir(), 'bcp-kill-'));
    const launch = () =>
      chromium.launchPersistentContext(profile, { ...test.info().project.use, baseURL, serviceWorkers: 'block', headless: true });
    try {
      const first = await launch();
      const page = first.pages()[0] ?? (await first.newPage());
      const url = await startPlan(page);
      await typeInto(page, leader(page), 'Hoàng Văn Đức');
      await expectSaved(page);
      const browserPid = execFileSync('pgrep', ['-o', '-f', '--', `--user-data-dir=${profile}`], { encoding: 'utf8' }).trim();
      process.kill(Number(browserPid), 'SIGKILL');
      await first.close().catch(() => undefined);

      const second = await launch();
      const reopened = second.pages()[0] ?? (await second.newPage());
      await expectLeader(reopened, url, 'Hoàng Văn Đức');
      await reopened.goto('/');
      await expect(new PlansList(reopened).card('Cơ sở Bánh Mì Hồng Hà')).toBeVisible();
      await second.close();
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  });
});
