/**
 * Command-line renderer: the app's own PDF document, in Node.
 *
 *   npm run pdf -- plan.bcp.json --lang th --out plan.pdf
 *   npm run pdf -- room/*.bcp.json --lang vi --paper LETTER --out-dir pdfs/
 *
 *   npm run pdf -- --worksheets --lang ja --paper LETTER --out worksheets.pdf
 *   npm run pdf -- plan.bcp.json --wallet-cards --lang th --out cards.pdf
 *
 * Reads plan files exported by the app (.bcp.json, one or several plans each). `--worksheets` prints the
 * blank worksheets instead (no plan file); `--wallet-cards` prints each plan's wallet cards instead of the plan.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { isLanguageCode, LANGUAGE_CODES, type LanguageCode } from '../src/i18n/languages';
import { downloadFileName, pdfFileName } from '../src/pdf/file-name';
import { registerPdfFontsForNode } from '../src/pdf/fonts-node';
import { renderPlanPdf } from '../src/pdf/render';
import { renderWalletCardsPdf, WALLET_CARDS_NAMESPACES } from '../src/pdf/wallet-cards/render';
import { renderWorksheetsPdf, WORKSHEETS_NAMESPACES } from '../src/pdf/worksheets/render';
import { createPdfTranslator } from '../src/pdf/translator';
import type { PaperSize } from '../src/pdf/worker-protocol';
import { parsePlanFile, PlanFileError } from '../src/persistence/plan-file';

const USAGE = `Usage: npm run pdf -- (<plan file>... [--wallet-cards] | --worksheets) [--lang ${LANGUAGE_CODES.join('|')}] [--paper A4|LETTER] (--out file.pdf | --out-dir folder)`;

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(1);
}

function localeResources(language: LanguageCode, namespaces: readonly string[] = ['pdf', 'options', 'steps', 'common']): Record<string, unknown> {
  const read = (namespace: string): unknown =>
    JSON.parse(readFileSync(new URL(`../locales/${language}/${namespace}.json`, import.meta.url), 'utf8'));
  return Object.fromEntries(namespaces.map((namespace) => [namespace, read(namespace)]));
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      lang: { type: 'string', default: 'en' },
      paper: { type: 'string', default: 'A4' },
      out: { type: 'string' },
      'out-dir': { type: 'string' },
      worksheets: { type: 'boolean', default: false },
      'wallet-cards': { type: 'boolean', default: false },
    },
  });
  const language = values.lang;
  if (!isLanguageCode(language)) fail(`Unknown language "${language}".`);
  const paper = values.paper.toUpperCase();
  if (paper !== 'A4' && paper !== 'LETTER') fail(`Unknown paper size "${values.paper}".`);
  const paperSize: PaperSize = paper;
  if (values.worksheets) {
    if (positionals.length > 0 || values['wallet-cards']) fail('--worksheets prints blank worksheets: give no plan file.');
    if (!values.out && !values['out-dir']) fail('Say where to write the PDF: --out or --out-dir.');
    registerPdfFontsForNode();
    const t = await createPdfTranslator(language, localeResources(language, WORKSHEETS_NAMESPACES), { namespaces: WORKSHEETS_NAMESPACES });
    const bytes = await renderWorksheetsPdf({ t, language, paperSize });
    if (values['out-dir']) mkdirSync(values['out-dir'], { recursive: true });
    const target = values.out ?? join(values['out-dir'] ?? '.', downloadFileName([t('worksheets:ui.worksheets.fileName'), language, paperSize], 'pdf'));
    writeFileSync(target, bytes);
    console.log(`worksheets → ${target} (${Math.round(bytes.byteLength / 1024)} KB)`);
    return;
  }
  if (positionals.length === 0) fail('No plan file given.');

  const plans = positionals.flatMap((file) => {
    try {
      return parsePlanFile(readFileSync(file, 'utf8')).map((plan) => ({ file, plan }));
    } catch (error) {
      fail(`${file}: ${error instanceof PlanFileError ? error.message : String(error)}`);
    }
  });
  if (values.out && plans.length > 1) fail(`${plans.length} plans to print: use --out-dir.`);
  if (!values.out && !values['out-dir']) fail('Say where to write the PDF: --out or --out-dir.');

  registerPdfFontsForNode();
  const cards = values['wallet-cards'];
  const t = cards
    ? await createPdfTranslator(language, localeResources(language, WALLET_CARDS_NAMESPACES), { namespaces: WALLET_CARDS_NAMESPACES })
    : await createPdfTranslator(language, localeResources(language));
  const printedAt = new Date();
  if (values['out-dir']) mkdirSync(values['out-dir'], { recursive: true });
  for (const { file, plan } of plans) {
    if (cards && plan.contacts.employees.length === 0) {
      console.log(`${file}: "${plan.company.name}" has no staff contacts, so no wallet cards.`);
      continue;
    }
    const options = { plan, t, language, paperSize, printedAt };
    const bytes = cards ? await renderWalletCardsPdf(options) : await renderPlanPdf(options);
    const kind = t(cards ? 'worksheets:ui.cards.fileName' : 'common:print.fileName.plan');
    const target = values.out ?? join(values['out-dir'] ?? '.', pdfFileName(plan.company.name, kind, [language], printedAt));
    writeFileSync(target, bytes);
    console.log(`${file} → ${target} (${Math.round(bytes.byteLength / 1024)} KB)`);
  }
}

await main();
