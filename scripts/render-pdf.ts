/**
 * Command-line renderer: the app's own PDF document, in Node.
 *
 *   npm run pdf -- plan.bcp.json --lang th --out plan.pdf
 *   npm run pdf -- room/*.bcp.json --lang vi --paper LETTER --out-dir pdfs/
 *
 *   npm run pdf -- --worksheets --lang ja --paper LETTER --out worksheets.pdf
 *   npm run pdf -- plan.bcp.json --wallet-cards --lang th --out cards.pdf
 *   npm run pdf -- plan.bcp.json --incident <id> --lang th --out report.pdf
 *
 * Reads plan files exported by the app (.bcp.json, one or several plans each). `--worksheets` prints the
 * blank worksheets instead (no plan file); `--wallet-cards` prints each plan's wallet cards instead of the plan;
 * `--incident <id>` prints the report of that incident or exercise (from the plan that has it) instead.
 *
 * Says what the app says, in English: why a plan file cannot be read, and which characters no font can draw
 * and the questions that hold them. A plan with such characters is printed only with `--allow-missing`
 * (each of them then prints as �, U+FFFD).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import i18next, { type ResourceKey } from 'i18next';
import { planFileProblemText } from '../src/app/plan-files/plan-file-messages';
import { unprintableFieldTexts } from '../src/app/printing/unprintable-fields';
import { allStrings } from '../src/pdf/all-strings';
import { loadFamilyCoverage, printableText, selectFonts } from '../src/pdf/missing-glyphs';
import { isLanguageCode, LANGUAGE_CODES, type LanguageCode } from '../src/i18n/languages';
import { downloadFileName, pdfFileName } from '../src/pdf/file-name';
import { registerPdfFontsForNode } from '../src/pdf/fonts-node';
import { renderPlanPdf } from '../src/pdf/render';
import { renderIncidentReportPdf } from '../src/pdf/incident-report/render-incident-report';
import { INCIDENT_REPORT_NAMESPACES } from '../src/pdf/incident-report/translators';
import { renderWalletCardsPdf, WALLET_CARDS_NAMESPACES } from '../src/pdf/wallet-cards/render';
import { renderWorksheetsPdf, WORKSHEETS_NAMESPACES } from '../src/pdf/worksheets/render';
import { createPdfTranslator, PDF_NAMESPACES } from '../src/pdf/translator';
import type { PaperSize } from '../src/pdf/worker-protocol';
import { parsePlanFile, PlanFileError } from '../src/persistence/plan-file';

const USAGE = `Usage: npm run pdf -- (<plan file>... [--wallet-cards | --incident <id>] [--allow-missing] | --worksheets) [--lang ${LANGUAGE_CODES.join('|')}] [--paper A4|LETTER] (--out file.pdf | --out-dir folder)`;

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(1);
}

function localeFile(language: LanguageCode, namespace: string): ResourceKey {
  return JSON.parse(readFileSync(new URL(`../locales/${language}/${namespace}.json`, import.meta.url), 'utf8'));
}

function localeResources(language: LanguageCode, namespaces: readonly string[] = PDF_NAMESPACES): Record<string, unknown> {
  const read = (namespace: string): unknown =>
    JSON.parse(readFileSync(new URL(`../locales/${language}/${namespace}.json`, import.meta.url), 'utf8'));
  return Object.fromEntries(namespaces.map((namespace) => [namespace, read(namespace)]));
}

/** The app's own English messages (plan-file problems, unprintable characters), without React. */
async function englishMessages(): Promise<typeof i18next> {
  const messages = i18next.createInstance();
  await messages.init({
    lng: 'en',
    fallbackLng: false,
    resources: { en: Object.fromEntries(['files', 'fields', 'sections', 'common'].map((namespace) => [namespace, localeFile('en', namespace)])) },
    interpolation: { escapeValue: false },
  });
  return messages;
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
      incident: { type: 'string' },
      'allow-missing': { type: 'boolean', default: false },
    },
  });
  const language = values.lang;
  if (!isLanguageCode(language)) fail(`Unknown language "${language}".`);
  const paper = values.paper.toUpperCase();
  if (paper !== 'A4' && paper !== 'LETTER') fail(`Unknown paper size "${values.paper}".`);
  const paperSize: PaperSize = paper;
  if (values.worksheets) {
    if (positionals.length > 0 || values['wallet-cards'] || values.incident !== undefined) fail('--worksheets prints blank worksheets: give no plan file.');
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

  const messages = await englishMessages();
  const incidentId = values.incident;
  if (incidentId !== undefined && values['wallet-cards']) fail('Print either --wallet-cards or --incident, not both.');
  const plans = positionals
    .flatMap((file) => {
      try {
        return parsePlanFile(readFileSync(file, 'utf8')).map((plan) => ({ file, plan }));
      } catch (error) {
        fail(`${file}: ${error instanceof PlanFileError ? planFileProblemText(messages, error) : String(error)}`);
      }
    })
    .filter(({ plan }) => incidentId === undefined || plan.incidents.some((incident) => incident.id === incidentId));
  if (incidentId !== undefined && plans.length === 0) fail(`No plan in ${positionals.join(', ')} has the incident "${incidentId}".`);
  if (values.out && plans.length > 1) fail(`${plans.length} plans to print: use --out-dir.`);
  if (!values.out && !values['out-dir']) fail('Say where to write the PDF: --out or --out-dir.');

  registerPdfFontsForNode();
  const cards = values['wallet-cards'];
  const namespaces = cards ? WALLET_CARDS_NAMESPACES : incidentId !== undefined ? INCIDENT_REPORT_NAMESPACES : undefined;
  const resources = localeResources(language, namespaces);
  const t = await createPdfTranslator(language, resources, { namespaces });
  const jobs = [];
  for (const { file, plan } of plans) {
    const selection = await selectFonts([...allStrings(plan), ...allStrings(resources)], language, loadFamilyCoverage);
    jobs.push({ file, plan, selection });
    if (selection.unprintable.length === 0) continue;
    const where = unprintableFieldTexts(messages, plan, selection.unprintable).map((field) => `\n  - ${field}`);
    const message = messages.t('common:print.unprintable', { characters: selection.unprintable.join(' ') });
    const text = `${file}: "${plan.company.name}": ${message}${where.length ? `\n${messages.t('common:print.unprintableIn')}${where.join('')}` : ''}`;
    if (!values['allow-missing']) {
      console.error(`${text}\nTo print anyway, add --allow-missing.`);
      process.exit(1);
    }
    console.warn(text);
  }
  const printedAt = new Date();
  if (values['out-dir']) mkdirSync(values['out-dir'], { recursive: true });
  for (const { file, plan, selection } of jobs) {
    if (cards && plan.contacts.employees.length === 0) {
      console.log(`${file}: "${plan.company.name}" has no staff contacts, so no wallet cards.`);
      continue;
    }
    const options = { plan: printableText(plan, selection), t, language, paperSize, printedAt, fontStack: selection.stack };
    const incident = plan.incidents.find(({ id }) => id === incidentId);
    const bytes = cards
      ? await renderWalletCardsPdf(options)
      : incident
        ? await renderIncidentReportPdf({ ...options, incidentId: incident.id })
        : await renderPlanPdf(options);
    const kind = t(cards ? 'worksheets:ui.cards.fileName' : incident ? `incident-report:fileName.${incident.kind}` : 'common:print.fileName.plan');
    const day = incident ? new Date(incident.startedAt) : printedAt;
    const target = values.out ?? join(values['out-dir'] ?? '.', pdfFileName(plan.company.name, kind, [language], day));
    writeFileSync(target, bytes);
    console.log(`${file} → ${target} (${Math.round(bytes.byteLength / 1024)} KB)`);
  }
}

await main();
