/**
 * PDF benchmark: the app's own path against the browser's own print, in the same run.
 *
 * - App: the production build served by `vite preview`, the Print screen in headless Chromium, the PDF
 *   worker. First = the first PDF in a fresh browser context, asked for after the Print screen has been
 *   open for 2 seconds (as a user would read it first: the worker warms up meanwhile). Edited = the median
 *   of re-prints after one answer was changed (a resource's name, stored as another tab would, at the next
 *   revision): the engine warm, what the last print of the plan kept reused (src/pdf/reprint.ts). Warm = the
 *   first print of another plan (a copy under another name) in the same worker: the engine warm, nothing of
 *   the plan kept, so the whole plan is laid out and drawn. Unchanged = the re-print of the same plan, language
 *   and paper.
 * - Chromium: the same plan through the app's own `PlanDocument`, rendered to HTML by react-dom/server
 *   with an HTML stand-in of the react-pdf primitives (scripts/bench/react-pdf-html.tsx: the same
 *   translations, font stack and TTF files, tables with a repeating header, the running header and footer
 *   as @page margin boxes), printed with `page.pdf()`. Cold = a fresh context loading the page; warm =
 *   `page.pdf()` again.
 * App times are the page's own, from the tap's click event to the download link in the page (Playwright's click
 * and polling, and headless Chromium's handling of the download, left out), and in brackets from asking for the
 * PDF to its bytes (a User Timing measure of src/app/pdf-client.ts).
 * The two engines alternate, run by run. Both PDFs must hold the same text: their character counts
 * (pdftotext, whitespace and the per-page header and footer left out) agree within 2 %.
 *
 *   npm run build && npm run bench:pdf
 *   BENCH_LANGUAGES=en,th,zh-Hant BENCH_PLANS=large npm run bench:pdf
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { register } from 'node:module';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from '@playwright/test';
import type { TFunction } from 'i18next';
import { newId, type Plan } from '../src/domain';
import { foodManufacturerSample, type ExampleTexts } from '../src/domain/samples';
import { largePlan } from '../src/domain/samples/large-plan';
import { isLanguageCode, LANGUAGE_CODES, type LanguageCode } from '../src/i18n/languages';
import { createPdfTranslator, PDF_NAMESPACES } from '../src/pdf/translator';
import { startPreview } from './bench/preview';

register('./bench/standin-hooks.mjs', import.meta.url);
const { planHtml } = await import('./bench/plan-html');

const PORT = Number(process.env.BENCH_PORT ?? 4175);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const WARM_RUNS = 3;
const PRINT_SCREEN_OPEN_MS = 2000;
const TEXT_TOLERANCE = 0.02;
const PLAN_KINDS = ['example', 'large'] as const;
type PlanKind = (typeof PLAN_KINDS)[number];

function listSetting<T extends string>(name: string, all: readonly T[], accept: (value: string) => value is T): readonly T[] {
  const value = process.env[name];
  if (!value) return all;
  const chosen = value.split(',').map((item) => item.trim());
  const unknown = chosen.filter((item) => !accept(item));
  if (unknown.length > 0) throw new Error(`${name}: unknown ${unknown.join(', ')}`);
  return chosen.filter(accept);
}

const languages = listSetting('BENCH_LANGUAGES', LANGUAGE_CODES, isLanguageCode);
const planKinds = listSetting('BENCH_PLANS', PLAN_KINDS, (value): value is PlanKind => (PLAN_KINDS as readonly string[]).includes(value));

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as T;
}

const exampleTexts = (language: LanguageCode) => readJson<ExampleTexts>(`../locales/${language}/examples/food-manufacturer.json`);

async function translator(language: LanguageCode): Promise<TFunction> {
  const resources = Object.fromEntries(PDF_NAMESPACES.map((namespace) => [namespace, readJson<unknown>(`../locales/${language}/${namespace}.json`)]));
  return createPdfTranslator(language, resources);
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

interface Rendered {
  ms: number;
  bytes: Buffer;
}

interface AppRendered extends Rendered {
  /** From the tap's handler asking for the PDF to its bytes in the page (cache hit or worker round trip), without the
   * download link and Playwright's polling: the page's own User Timing measure (src/app/pdf-client.ts). */
  pdfMs: number;
}

/** One tap on "Download the PDF" until the PDF is there: milliseconds and the PDF. The time is the page's own, from the
 * tap's click event to the new download link in the page (Playwright's click and polling, and the browser's download
 * handling around them, left out). */
async function appRender(page: Page): Promise<AppRendered> {
  const previous = await page.getByRole('link', { name: 'Download again' }).getAttribute('href', { timeout: 1 }).catch(() => null);
  await page.evaluate((previousHref) => {
    const times = { tap: Number.NaN, link: Number.NaN };
    Object.assign(window, { benchTimes: times });
    document.addEventListener('click', (event) => (times.tap = event.timeStamp), { capture: true, once: true });
    const observer = new MutationObserver(() => {
      const link = Array.from(document.querySelectorAll('a')).find((anchor) => anchor.textContent === 'Download again' && anchor.getAttribute('href') !== previousHref);
      if (link === undefined) return;
      times.link = performance.now();
      observer.disconnect();
    });
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['href'] });
  }, previous);
  await page.getByRole('button', { name: 'Download the PDF' }).click();
  const link = page.locator(`a:text-is("Download again")${previous ? `:not([href="${previous}"])` : ''}`);
  await link.waitFor({ timeout: 120_000 });
  const ms = await page.evaluate(() => {
    const { tap, link: shown } = (window as unknown as { benchTimes: { tap: number; link: number } }).benchTimes;
    return Math.round(shown - tap);
  });
  const href = await link.getAttribute('href');
  const data = await page.evaluate(async (url) => Array.from(new Uint8Array(await (await fetch(url ?? '')).arrayBuffer())), href);
  const pdfMs = await page.evaluate(() => performance.getEntriesByName('bcp:plan-pdf', 'measure').at(-1)?.duration ?? Number.NaN);
  return { ms, bytes: Buffer.from(data), pdfMs: Math.round(pdfMs) };
}

/** Changes one answer (the first resource's name) as another tab would: stored at the next revision and announced. */
async function editOneAnswer(page: Page, plan: Plan, run: number): Promise<Plan> {
  const edited: Plan = {
    ...plan,
    revision: plan.revision + 1,
    resources: plan.resources.map((resource, index) => (index === 0 ? { ...resource, name: `${resource.name} (${run + 2})` } : resource)),
  };
  await storePlan(page, edited);
  await page.evaluate((change) => {
    const channel = new BroadcastChannel('bcp-builder-plans');
    channel.postMessage(change);
    channel.close();
  }, { planId: edited.id, revision: edited.revision });
  // The open Print screen takes the new revision from the channel; give it a moment to read it back.
  await page.waitForTimeout(300);
  return edited;
}

/** Another plan, stored and its Print screen opened in the same page (the app's own navigation: the PDF worker,
 * warm, stays) in `language`, for as long as the first Print screen was open before its first print. */
async function openOtherPlan(page: Page, plan: Plan, language: LanguageCode): Promise<void> {
  await storePlan(page, plan);
  await page.evaluate((id) => {
    history.pushState(null, '', `/plans/${id}/print`);
    dispatchEvent(new PopStateEvent('popstate'));
  }, plan.id);
  await page.getByText(plan.company.name).first().waitFor();
  await page.getByLabel('Language of the PDF').selectOption(language);
  await page.waitForTimeout(PRINT_SCREEN_OPEN_MS);
}

/** A fresh context with the plan stored and its Print screen open in `language`, for `openMs` before returning. */
async function openPrintScreen(browser: Browser, plan: Plan, language: LanguageCode, openMs: number): Promise<Page> {
  const context = await browser.newContext({ locale: 'en-US', acceptDownloads: true });
  await context.addInitScript(() => window.localStorage.setItem('bcp-builder.language', 'en'));
  const page = await context.newPage();
  await page.goto(ORIGIN);
  // The app creates its database on start: wait for it before storing the plan.
  await page.getByRole('heading', { level: 1 }).waitFor();
  await storePlan(page, plan);
  await page.goto(`${ORIGIN}/plans/${plan.id}/print`);
  await page.getByLabel('Language of the PDF').selectOption(language);
  await page.waitForTimeout(openMs);
  return page;
}

/** Chromium's own print of the HTML file: the page load (cold only) and `page.pdf()`. */
async function chromiumRender(page: Page, htmlFile: string, load: boolean): Promise<Rendered> {
  const started = Date.now();
  if (load) {
    await page.goto(pathToFileURL(htmlFile).href);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
  }
  const bytes = await page.pdf({ preferCSSPageSize: true });
  return { ms: Date.now() - started, bytes };
}

function pdfFacts(bytes: Buffer, folder: string, name: string): { pages: number; text: string } {
  const file = join(folder, `${name}.pdf`);
  writeFileSync(file, bytes);
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const text = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0), text };
}

/** Characters other than white space, less those of the running header and footer on every page. */
function bodyCharacters(text: string, pages: number, chrome: readonly string[]): number {
  const count = (value: string) => value.replace(/\s+/g, '').length;
  return count(text) - pages * chrome.reduce((sum, line) => sum + count(line), 0);
}

/** The running header's and footer's texts of one page (the page number is counted with one digit each). */
function chromeTexts(t: TFunction, plan: Plan, printedAt: Date, language: LanguageCode): string[] {
  const date = new Intl.DateTimeFormat(language, { dateStyle: 'medium' }).format(printedAt);
  return [
    plan.company.name,
    t('pdf:document.title'),
    t('pdf:footer.version', { version: plan.revision }),
    t('pdf:footer.privacy'),
    t('pdf:footer.printed', { date }),
    t('pdf:footer.page', { page: 1, total: 1 }),
  ];
}

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const ratio = (app: number, browser: number) => (browser > 0 ? `${(app / browser).toFixed(2)}×` : '-');

async function main(): Promise<void> {
  if (!existsSync('dist/index.html')) throw new Error('Build the app first: npm run build');
  const stopPreview = await startPreview(PORT);
  const browser = await chromium.launch({
    executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--allow-file-access-from-files'],
  });
  const folder = mkdtempSync(join(tmpdir(), 'bench-pdf-'));
  const now = new Date();
  const header = `PDF benchmark, ${cpus().length} cores, ${cpus()[0]?.model ?? ''}`;
  console.log(`${header}, load average at start ${loadavg().map((load) => load.toFixed(1)).join(' ')}`);
  console.log(
    'plan     lang     pages app/chr  app first  chr cold  ratio app edited    app warm  chr warm  ratio unchanged   size KB  text Δ  load',
  );
  console.log(
    '(app times in the page: tap to download link / in brackets, asking for the PDF to its bytes)',
  );
  let textMismatch = false;
  try {
    for (const kind of planKinds) {
      for (const language of languages) {
        const texts = exampleTexts(language);
        const plan = kind === 'example' ? foodManufacturerSample(now, texts) : largePlan(now, texts);
        const t = await translator(language);
        const htmlFile = join(folder, `${kind}-${language}.html`);
        writeFileSync(htmlFile, planHtml({ plan, t, language, paperSize: 'A4', printedAt: now }));

        const appPage = await openPrintScreen(browser, plan, language, PRINT_SCREEN_OPEN_MS);
        const appCold = await appRender(appPage);
        const chromiumContext = await browser.newContext();
        const chromiumPage = await chromiumContext.newPage();
        const chromiumCold = await chromiumRender(chromiumPage, htmlFile, true);

        const appEdited: number[] = [];
        const appEditedPdf: number[] = [];
        const chromiumWarm: number[] = [];
        let stored = plan;
        let last = appCold.bytes;
        for (let run = 0; run < WARM_RUNS; run += 1) {
          stored = await editOneAnswer(appPage, stored, run);
          const reprint = await appRender(appPage);
          if (reprint.bytes.equals(last)) throw new Error('The Print screen did not take the edited plan: the re-print is the old PDF');
          last = reprint.bytes;
          appEdited.push(reprint.ms);
          appEditedPdf.push(reprint.pdfMs);
          chromiumWarm.push((await chromiumRender(chromiumPage, htmlFile, false)).ms);
        }
        const unchanged = await appRender(appPage);
        if (!unchanged.bytes.equals(last)) throw new Error('An unchanged re-print gave another PDF');
        await openOtherPlan(appPage, { ...plan, id: newId(), company: { ...plan.company, name: `${plan.company.name} (2)` } }, language);
        const appWarm = await appRender(appPage);
        if (appWarm.bytes.equals(last)) throw new Error('The Print screen of the other plan printed the first plan');
        await appPage.context().close();
        await chromiumContext.close();

        const app = pdfFacts(appCold.bytes, folder, `${kind}-${language}-app`);
        const chrome = pdfFacts(chromiumCold.bytes, folder, `${kind}-${language}-chromium`);
        const chromeLines = chromeTexts(t, plan, now, language);
        const appCharacters = bodyCharacters(app.text, app.pages, chromeLines);
        const chromiumCharacters = bodyCharacters(chrome.text, chrome.pages, chromeLines);
        const textDelta = Math.abs(appCharacters - chromiumCharacters) / Math.max(appCharacters, 1);
        if (textDelta > TEXT_TOLERANCE) textMismatch = true;
        console.log(
          [
            kind.padEnd(8),
            language.padEnd(8),
            `${app.pages}/${chrome.pages}`.padStart(13),
            `${appCold.ms} (${appCold.pdfMs})`.padStart(10),
            String(chromiumCold.ms).padStart(9),
            ratio(appCold.ms, chromiumCold.ms).padStart(6),
            `${median(appEdited)} (${median(appEditedPdf)})`.padStart(10),
            `${appWarm.ms} (${appWarm.pdfMs})`.padStart(11),
            String(median(chromiumWarm)).padStart(9),
            ratio(appWarm.ms, median(chromiumWarm)).padStart(6),
            `${unchanged.ms} (${unchanged.pdfMs})`.padStart(9),
            String(Math.round(appCold.bytes.length / 1024)).padStart(9),
            `${(textDelta * 100).toFixed(1)} %`.padStart(7),
            loadavg()[0]?.toFixed(1).padStart(5),
          ].join(' '),
        );
      }
    }
  } finally {
    await browser.close();
    stopPreview();
  }
  console.log(`PDFs and HTML kept in ${folder}`);
  if (textMismatch) {
    console.error(`The two engines' texts differ by more than ${TEXT_TOLERANCE * 100} %: the comparison is not of the same document.`);
    process.exitCode = 1;
  }
}

await main();
