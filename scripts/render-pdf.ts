/**
 * Command-line renderer: the app's own PDF document, in Node.
 *
 *   npm run pdf -- plan.bcp.json --lang th --out plan.pdf
 *   npm run pdf -- room/*.bcp.json --lang vi --paper LETTER --out-dir pdfs/
 *
 * Reads plan files exported by the app (.bcp.json, one or several plans each).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { isLanguageCode, LANGUAGE_CODES, type LanguageCode } from '../src/i18n/languages';
import { pdfFileName } from '../src/pdf/file-name';
import { registerPdfFontsForNode } from '../src/pdf/fonts-node';
import { renderPlanPdf } from '../src/pdf/render';
import { createPdfTranslator } from '../src/pdf/translator';
import type { PaperSize } from '../src/pdf/worker-protocol';
import { parsePlanFile, PlanFileError } from '../src/persistence/plan-file';

const USAGE = `Usage: npm run pdf -- <plan file>... [--lang ${LANGUAGE_CODES.join('|')}] [--paper A4|LETTER] (--out file.pdf | --out-dir folder)`;

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(1);
}

function localeResources(language: LanguageCode): Record<string, unknown> {
  const read = (namespace: string): unknown =>
    JSON.parse(readFileSync(new URL(`../locales/${language}/${namespace}.json`, import.meta.url), 'utf8'));
  return Object.fromEntries(['pdf', 'options', 'steps', 'common'].map((namespace) => [namespace, read(namespace)]));
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      lang: { type: 'string', default: 'en' },
      paper: { type: 'string', default: 'A4' },
      out: { type: 'string' },
      'out-dir': { type: 'string' },
    },
  });
  const language = values.lang;
  if (!isLanguageCode(language)) fail(`Unknown language "${language}".`);
  const paperSize = values.paper.toUpperCase();
  if (paperSize !== 'A4' && paperSize !== 'LETTER') fail(`Unknown paper size "${values.paper}".`);
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
  const t = await createPdfTranslator(language, localeResources(language));
  const printedAt = new Date();
  if (values['out-dir']) mkdirSync(values['out-dir'], { recursive: true });
  for (const { file, plan } of plans) {
    const bytes = await renderPlanPdf({ plan, t, language, paperSize: paperSize satisfies PaperSize, printedAt });
    const target = values.out ?? join(values['out-dir'] ?? '.', pdfFileName(plan.company.name, language, printedAt));
    writeFileSync(target, bytes);
    console.log(`${file} → ${target} (${Math.round(bytes.byteLength / 1024)} KB)`);
  }
}

await main();
