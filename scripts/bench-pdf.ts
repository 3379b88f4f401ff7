/**
 * PDF benchmark through the app's own path: the production build served by `vite preview`, the
 * Print screen in headless Chromium, the PDF worker. For the example plan and a large plan in every
 * language: the first render in a fresh browser (cold: worker start, fonts, JIT) and the median of
 * three more (warm), with the PDF's size and page count.
 *
 *   npm run build && npm run bench:pdf
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import type { Plan } from '../src/domain';
import { foodManufacturerSample, type FoodManufacturerTexts } from '../src/domain/samples';
import { largePlan } from '../src/domain/samples/large-plan';
import { LANGUAGE_CODES, type LanguageCode } from '../src/i18n/languages';

const PORT = Number(process.env.BENCH_PORT ?? 4175);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const WARM_RUNS = 3;

function exampleTexts(language: LanguageCode): FoodManufacturerTexts {
  const file = new URL(`../locales/${language}/examples/food-manufacturer.json`, import.meta.url);
  return JSON.parse(readFileSync(file, 'utf8')) as FoodManufacturerTexts;
}

async function startPreview(): Promise<() => void> {
  const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort'], { stdio: 'ignore' });
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      if ((await fetch(ORIGIN)).ok) return () => server.kill();
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  server.kill();
  throw new Error('vite preview did not start');
}

async function storePlan(page: Page, plan: Plan): Promise<void> {
  await page.evaluate(
    (record) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('bcp-builder');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          try {
            const transaction = request.result.transaction('plans', 'readwrite');
            transaction.objectStore('plans').put(record);
            transaction.oncomplete = () => {
              request.result.close();
              resolve();
            };
            transaction.onerror = () => reject(transaction.error);
          } catch (error) {
            reject(error);
          }
        };
      }),
    plan,
  );
}

/** One click on "Download the PDF" until the PDF is there: milliseconds and the PDF. */
async function renderOnce(page: Page): Promise<{ ms: number; bytes: Buffer }> {
  const started = Date.now();
  await page.getByRole('button', { name: 'Download the PDF' }).click();
  const link = page.getByRole('link', { name: 'Download again' });
  await link.waitFor({ timeout: 120_000 });
  const ms = Date.now() - started;
  const href = await link.getAttribute('href');
  const data = await page.evaluate(async (url) => Array.from(new Uint8Array(await (await fetch(url ?? '')).arrayBuffer())), href);
  await page.getByRole('radio', { name: 'US Letter' }).check();
  await page.getByRole('radio', { name: 'A4' }).check();
  return { ms, bytes: Buffer.from(data) };
}

function pageCount(bytes: Buffer, folder: string): number {
  const file = join(folder, 'bench.pdf');
  writeFileSync(file, bytes);
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

async function main(): Promise<void> {
  if (!existsSync('dist/index.html')) throw new Error('Build the app first: npm run build');
  const stopPreview = await startPreview();
  const browser = await chromium.launch({
    executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const folder = mkdtempSync(join(tmpdir(), 'bench-pdf-'));
  const now = new Date();
  console.log(`PDF benchmark, ${cpus().length} cores, ${cpus()[0]?.model ?? ''}, load average ${loadavg().map((load) => load.toFixed(1)).join(' ')}`);
  console.log('plan     lang     pages   cold ms   warm ms   warm ms/page   size KB');
  try {
    for (const kind of ['example', 'large'] as const) {
      for (const language of LANGUAGE_CODES) {
        const texts = exampleTexts(language);
        const plan = kind === 'example' ? foodManufacturerSample(now, texts) : largePlan(now, texts);
        const context = await browser.newContext({ locale: 'en-US', acceptDownloads: true });
        await context.addInitScript(() => window.localStorage.setItem('bcp-builder.language', 'en'));
        const page = await context.newPage();
        await page.goto(ORIGIN);
        // The app creates its database on start: wait for it before storing the plan.
        await page.getByRole('heading', { level: 1 }).waitFor();
        await storePlan(page, plan);
        await page.goto(`${ORIGIN}/plans/${plan.id}/print`);
        await page.getByLabel('Language of the PDF').selectOption(language);
        const cold = await renderOnce(page);
        const warm: number[] = [];
        for (let run = 0; run < WARM_RUNS; run += 1) warm.push((await renderOnce(page)).ms);
        const pages = pageCount(cold.bytes, folder);
        console.log(
          `${kind.padEnd(8)} ${language.padEnd(8)} ${String(pages).padStart(5)} ${String(cold.ms).padStart(9)} ${String(median(warm)).padStart(9)} ${(median(warm) / pages).toFixed(1).padStart(14)} ${String(Math.round(cold.bytes.length / 1024)).padStart(9)}`,
        );
        await context.close();
      }
    }
  } finally {
    await browser.close();
    stopPreview();
  }
}

await main();
