/**
 * Scale benchmark through the production build in headless Chromium (the launch flags of
 * playwright.config.ts):
 * - 500 plans on the device: time from navigation to the plans list showing every plan;
 * - one plan with 200 resources and 300 contacts: input-to-paint latency while typing in step 3
 *   (resources) and step 6 (contacts), p50/p95/max (keydown → next frame painted), and the time
 *   from the last keystroke to "All changes saved" (autosave debounce included).
 * Figures, not pass/fail: the targets are under 1 s for the list and under 50 ms p95 for typing.
 * The load average is printed because other work on the machine inflates every figure.
 *
 *   npm run build && npm run bench:scale          (BENCH_PORT, default 4195; KEYS, default 60)
 */
import { existsSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { chromium, type Page } from '@playwright/test';
import { newId, type Plan } from '../src/domain';
import { foodManufacturerSample, largePlan, type ExampleTexts } from '../src/domain/samples';
import { AUTOSAVE_DELAY_MS } from '../src/persistence/autosave';
import { startPreview } from './bench/preview';

const PORT = Number(process.env.BENCH_PORT ?? 4195);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const KEYS = Number(process.env.KEYS ?? 60);
const PLANS = 500;

const texts = JSON.parse(readFileSync(new URL('../locales/en/examples/food-manufacturer.json', import.meta.url), 'utf8')) as ExampleTexts;


/** Writes plans straight into the app's database, as the app itself would have stored them. */
async function storePlans(page: Page, plans: Plan[]): Promise<void> {
  await page.evaluate(
    (records) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('bcp-builder');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const transaction = request.result.transaction('plans', 'readwrite');
          for (const record of records) transaction.objectStore('plans').put(record);
          transaction.oncomplete = () => {
            request.result.close();
            resolve();
          };
          transaction.onerror = () => reject(transaction.error);
        };
      }),
    plans,
  );
}

/** The large plan grown to 200 resources and 300 contacts (270 staff, 30 outside). */
function bigPlan(now: Date): Plan {
  const plan = largePlan(now, texts);
  const more = <T extends { id: string }>(items: T[], total: number): T[] =>
    Array.from({ length: total }, (_, index) => ({ ...(items[index % items.length] as T), id: index < items.length ? (items[index] as T).id : newId() }));
  return {
    ...plan,
    resources: more(plan.resources, 200),
    contacts: { ...plan.contacts, employees: more(plan.contacts.employees, 270), external: more(plan.contacts.external, 30) },
  };
}

const percentile = (values: number[], share: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * share))] ?? 0;
const ms = (value: number) => `${Math.round(value)} ms`;

/** Milliseconds from navigation until every plan of the device is listed with its Open button. */
async function listTime(page: Page): Promise<number> {
  await page.goto(ORIGIN);
  await page.waitForFunction((count) => document.querySelectorAll('.plan-card a.button').length >= count, PLANS, { polling: 'raf', timeout: 60_000 });
  return page.evaluate(() => performance.now());
}

/** Types KEYS characters at about 8 a second into the field holding `value`; latencies of each key and the autosave. */
async function typingLatency(page: Page, url: string, value: string): Promise<{ latencies: number[]; saveMs: number }> {
  await page.goto(url);
  await page.getByRole('heading', { level: 1 }).waitFor();
  // Records show as closed summaries: the one holding the value is opened to type in it.
  await page.locator('.record-summary').filter({ hasText: value }).first().click();
  await page.waitForFunction((text) => [...document.querySelectorAll('input')].some((input) => input.value === text), value);
  await page.evaluate((text) => {
    const field = [...document.querySelectorAll('input')].find((input) => input.value === text);
    field?.setAttribute('data-bench', 'field');
    const state = { latencies: [] as number[], lastKey: 0, savedAt: 0 };
    Object.assign(window, { bench: state });
    document.addEventListener(
      'keydown',
      (event) => {
        const started = event.timeStamp;
        state.lastKey = started;
        state.savedAt = 0;
        requestAnimationFrame(() => setTimeout(() => state.latencies.push(performance.now() - started), 0));
      },
      true,
    );
    new MutationObserver(() => {
      if (document.querySelector('.save-saved') && state.lastKey && !state.savedAt) state.savedAt = performance.now();
    }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  }, value);
  await page.locator('[data-bench="field"]').focus();
  await page.keyboard.press('End');
  await page.keyboard.type(' Nguyen Thi Anh Duong 2026'.repeat(Math.ceil(KEYS / 26)).slice(0, KEYS), { delay: 120 });
  await page.waitForFunction(() => (window as unknown as { bench: { savedAt: number } }).bench.savedAt > 0, undefined, { timeout: 30_000 });
  return page.evaluate(() => {
    const { bench } = window as unknown as { bench: { latencies: number[]; lastKey: number; savedAt: number } };
    return { latencies: bench.latencies, saveMs: bench.savedAt - bench.lastKey };
  });
}

async function main(): Promise<void> {
  if (!existsSync('dist/index.html')) throw new Error('Build the app first: npm run build');
  const stopPreview = await startPreview(PORT);
  const browser = await chromium.launch({
    executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  console.log(`Scale benchmark, ${cpus().length} cores, ${cpus()[0]?.model ?? ''}, load average ${loadavg()[0]?.toFixed(1) ?? '?'}; Chromium ${browser.version()}`);
  try {
    const now = new Date();
    const context = await browser.newContext({ locale: 'en-US', serviceWorkers: 'block' });
    await context.addInitScript(() => window.localStorage.setItem('bcp-builder.language', 'en'));
    const page = await context.newPage();
    await page.goto(ORIGIN);
    await page.getByRole('heading', { level: 1 }).waitFor();

    const plans = Array.from({ length: PLANS }, (_, index) => {
      const plan = foodManufacturerSample(now, texts);
      return { ...plan, id: newId(), revision: 1, company: { ...plan.company, name: `${plan.company.name} ${index + 1}` } };
    });
    for (let start = 0; start < plans.length; start += 100) await storePlans(page, plans.slice(start, start + 100));
    const cold = await listTime(page);
    const warm = [await listTime(page), await listTime(page), await listTime(page)];
    console.log(`plans list, ${PLANS} plans: every plan listed ${ms(cold)} after navigation (first), ${ms(percentile(warm, 0.5))} (median of 3 more)`);

    const big = bigPlan(now);
    await storePlans(page, [big]);
    for (const [step, what, value] of [
      [3, 'resources (200)', big.resources[0]?.name ?? ''],
      [6, 'contacts (300)', big.contacts.employees[0]?.name ?? ''],
    ] as const) {
      const { latencies, saveMs } = await typingLatency(page, `${ORIGIN}/plans/${big.id}/steps/${step}`, value);
      console.log(
        `typing in step ${step}, ${what}: ${latencies.length} keys, input-to-paint p50 ${ms(percentile(latencies, 0.5))}, p95 ${ms(percentile(latencies, 0.95))}, max ${ms(Math.max(...latencies))}; last key to "All changes saved" ${ms(saveMs)} (debounce ${AUTOSAVE_DELAY_MS} ms)`,
      );
    }
    await context.close();
  } finally {
    await browser.close();
    stopPreview();
  }
}

await main();
