/**
 * Command-line Word document: the app's own .docx of a plan, in Node.
 *
 *   npm run docx -- plan.bcp.json --lang th --out plan.docx
 *   npm run docx -- room/*.bcp.json --lang vi --paper LETTER --out-dir documents/
 *
 * Reads plan files exported by the app (.bcp.json, one or several plans each) and says what the app says,
 * in English, when a plan file cannot be read. No font is embedded, so every character is kept as typed.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import i18next, { type ResourceKey } from 'i18next';
import { planFileProblemText } from '../src/app/plan-files/plan-file-messages';
import { docxFileName } from '../src/docx/file-name';
import { renderPlanDocx } from '../src/docx/render';
import { isLanguageCode, LANGUAGE_CODES, type LanguageCode } from '../src/i18n/languages';
import { createPdfTranslator, PDF_NAMESPACES } from '../src/pdf/translator';
import { parsePlanFile, PlanFileError } from '../src/persistence/plan-file';

const USAGE = `Usage: npm run docx -- <plan file>... [--lang ${LANGUAGE_CODES.join('|')}] [--paper A4|LETTER] (--out file.docx | --out-dir folder)`;

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(1);
}

const readLocale = (language: LanguageCode, namespace: string): ResourceKey =>
  JSON.parse(readFileSync(new URL(`../locales/${language}/${namespace}.json`, import.meta.url), 'utf8'));

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

  const messages = i18next.createInstance();
  await messages.init({
    lng: 'en',
    fallbackLng: false,
    resources: { en: Object.fromEntries(['files', 'fields', 'sections', 'common'].map((namespace) => [namespace, readLocale('en', namespace)])) },
    interpolation: { escapeValue: false },
  });
  const plans = positionals.flatMap((file) => {
    try {
      return parsePlanFile(readFileSync(file, 'utf8')).map((plan) => ({ file, plan }));
    } catch (error) {
      fail(`${file}: ${error instanceof PlanFileError ? planFileProblemText(messages, error) : String(error)}`);
    }
  });
  if (values.out && plans.length > 1) fail(`${plans.length} plans: use --out-dir.`);
  if (!values.out && !values['out-dir']) fail('Say where to write the document: --out or --out-dir.');

  const resources = Object.fromEntries(PDF_NAMESPACES.map((namespace) => [namespace, readLocale(language, namespace)]));
  const t = await createPdfTranslator(language, resources);
  const printedAt = new Date();
  mkdirSync(values['out-dir'] ?? dirname(values.out ?? '.'), { recursive: true });
  for (const { file, plan } of plans) {
    const bytes = await renderPlanDocx({ plan, t, language, paperSize, printedAt });
    const target = values.out ?? join(values['out-dir'] ?? '.', docxFileName(plan.company.name, t('common:print.fileName.plan'), language, printedAt));
    writeFileSync(target, bytes);
    console.log(`${file} → ${target} (${Math.round(bytes.byteLength / 1024)} KB)`);
  }
}

await main();
