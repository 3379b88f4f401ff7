/**
 * The continuity summary, rendered in Node and read back with poppler like the plan PDF
 * (document/plan-document.test.ts): the example plan in every language and in two bilingual pairs
 * (Thai with Japanese headings, Vietnamese with English headings). Each must embed only subset fonts,
 * give the user's text back as typed, fit on one or two pages, and hold none of the plan's private
 * data: staff phones, money, insurance, the call tree.
 *
 * Set PDF_TEST_OUTPUT_DIR to keep the PDFs (look at them with `pdftoppm -png -r 60 <file> <prefix>`).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TFunction } from 'i18next';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMonths, bcpLeader, calendarDate, createPlan, formatIsoDate, type Plan } from '../../domain';
import { foodManufacturerSample, type ExampleTexts } from '../../domain/samples';
import { formatDate, formatMoney, formatNumber } from '../../i18n/format';
import { LANGUAGE_CODES, type LanguageCode } from '../../i18n/languages';
import { registerPdfFontsForNode } from '../fonts-node';
import { pdfFonts, pdfPageCount, pdfText } from '../testing/poppler-node';
import { textLayerPattern } from '../testing/text-layer';
import { renderSummaryPdf } from './render-summary';
import { createSummaryTranslator, SUMMARY_NAMESPACES } from './translators';

const NOW = new Date(2025, 5, 15, 9, 30);
const outputDir = process.env.PDF_TEST_OUTPUT_DIR;
const RENDER_TIMEOUT = 120_000;

type Json = Record<string, unknown>;
const localeOf = (path: string): string => /locales\/([^/]+)\//.exec(path)?.[1] ?? path;
const byLocale = <T>(files: Record<string, T>): Map<string, T> =>
  new Map(Object.entries(files).map(([path, content]) => [localeOf(path), content]));

const namespaceFiles: Record<(typeof SUMMARY_NAMESPACES)[number], Map<string, Json>> = {
  summary: byLocale(import.meta.glob<Json>('../../../locales/*/summary.json', { eager: true, import: 'default' })),
  pdf: byLocale(import.meta.glob<Json>('../../../locales/*/pdf.json', { eager: true, import: 'default' })),
  fields: byLocale(import.meta.glob<Json>('../../../locales/*/fields.json', { eager: true, import: 'default' })),
  options: byLocale(import.meta.glob<Json>('../../../locales/*/options.json', { eager: true, import: 'default' })),
  common: byLocale(import.meta.glob<Json>('../../../locales/*/common.json', { eager: true, import: 'default' })),
};
const exampleFiles = byLocale(
  import.meta.glob<ExampleTexts>('../../../locales/*/examples/food-manufacturer.json', { eager: true, import: 'default' }),
);

function resources(language: LanguageCode): Json {
  return Object.fromEntries(
    SUMMARY_NAMESPACES.map((namespace) => {
      const content = namespaceFiles[namespace].get(language);
      if (content === undefined) throw new Error(`locales/${language}/${namespace}.json is missing`);
      return [namespace, content];
    }),
  );
}

function exampleTexts(language: string): ExampleTexts {
  const texts = exampleFiles.get(language);
  if (texts === undefined) throw new Error(`locales/${language}/examples/food-manufacturer.json is missing`);
  return texts;
}

let dir = '';

beforeAll(() => {
  registerPdfFontsForNode();
  dir = outputDir ?? mkdtempSync(join(tmpdir(), 'bcp-summary-pdf-'));
  mkdirSync(dir, { recursive: true });
});

afterAll(() => {
  if (!outputDir && dir) rmSync(dir, { recursive: true, force: true });
});

interface Rendered {
  file: string;
  /** The summary's own language. */
  t: TFunction;
  /** The partner's language, when there is one. */
  partnerT: TFunction | null;
  /** pdftotext -raw of the whole document, NFC. */
  text: string;
  pages: number;
}

async function render(
  name: string,
  plan: Plan,
  language: LanguageCode,
  partnerLanguage?: LanguageCode,
  paperSize: 'A4' | 'LETTER' = 'A4',
): Promise<Rendered> {
  const t = await createSummaryTranslator(language, resources(language));
  const partnerT = partnerLanguage === undefined ? null : await createSummaryTranslator(partnerLanguage, resources(partnerLanguage));
  const bytes = await renderSummaryPdf({
    plan,
    own: { t, language },
    partner: partnerT === null || partnerLanguage === undefined ? undefined : { t: partnerT, language: partnerLanguage },
    paperSize,
    printedAt: NOW,
  });
  const file = join(dir, `summary-${name}.pdf`);
  writeFileSync(file, bytes);
  return { file, t, partnerT, text: pdfText(file).normalize('NFC'), pages: pdfPageCount(file) };
}

function expectOnlyEmbeddedSubsets(file: string): string[] {
  const { rows, raw } = pdfFonts(file);
  expect(raw).not.toMatch(/Helvetica|Times|Courier/i);
  expect(rows.length).toBeGreaterThan(0);
  for (const row of rows) {
    expect(row, raw).toMatchObject({ embedded: true, subset: true, unicode: true });
    expect(row.name, raw).toMatch(/^[A-Z]{6}\+NotoSans/);
  }
  return rows.map((row) => row.name);
}

const present = (text: string, phrase: string) => {
  expect(phrase.trim(), 'a phrase to look for').not.toBe('');
  expect(text, phrase).toMatch(textLayerPattern(phrase));
};
const absent = (text: string, phrase: string) => {
  expect(phrase.trim(), 'a phrase to look for').not.toBe('');
  expect(text, phrase).not.toMatch(textLayerPattern(phrase));
};

/** What the summary must show: the user's text, exactly as typed. */
function publicPhrases(plan: Plan): string[] {
  return [
    plan.company.name,
    bcpLeader(plan).name,
    ...plan.keyProducts.map((product) => product.name),
    ...plan.measures.filter((measure) => measure.status === 'done' && measure.type !== 'insurance').map((measure) => measure.action),
  ];
}

/** What it must never show: staff contacts (but the chosen contact), money, insurance, the call tree. */
function privatePhrases(plan: Plan, language: LanguageCode, contactPhone = ''): string[] {
  const { finance } = plan;
  const money = [finance.cashOnHand, finance.monthlyFixedCosts, finance.estimatedRecoveryCost, ...finance.credit.map((line) => line.amount), ...plan.measures.map((measure) => measure.costEstimate)]
    .filter((amount): amount is number => amount !== null);
  return [
    ...plan.contacts.employees.flatMap((employee) => [employee.mobile, employee.altPhone, employee.emergencyContact]),
    ...plan.team.members.map((member) => member.phone),
    plan.team.leader.email,
    // staff other than the BCP leader (the call tree and staff list are theirs), unless the owner typed a name into a measure
    ...plan.contacts.employees
      .map((employee) => employee.name)
      .filter((name) => name !== bcpLeader(plan).name && !publicPhrases(plan).some((phrase) => phrase.includes(name))),
    ...plan.contacts.external.flatMap((contact) => [contact.phone, contact.organisation]),
    ...finance.insurance.flatMap((policy) => [policy.policyNo, policy.insurer, policy.coverage, policy.type]),
    ...finance.credit.map((line) => line.lender),
    ...plan.measures.filter((measure) => measure.type === 'insurance').map((measure) => measure.action),
    ...money.map((amount) => formatMoney(amount, finance.currency, language)),
    ...money.map((amount) => formatNumber(amount, language)),
    ...money.map(String),
  ].filter((phrase) => phrase.trim() !== '' && phrase !== contactPhone);
}

describe('the continuity summary', () => {
  it('is available in every language of the app', () => {
    expect(LANGUAGE_CODES.every((language) => namespaceFiles.summary.has(language))).toBe(true);
  });

  describe.each(LANGUAGE_CODES)('of the example plan in %s', (language) => {
    const plan = foodManufacturerSample(NOW, exampleTexts(language));
    let rendered: Rendered;

    beforeAll(async () => {
      rendered = await render(language, plan, language);
    }, RENDER_TIMEOUT);

    it('embeds only subset fonts', () => {
      expectOnlyEmbeddedSubsets(rendered.file);
    });

    it('fits on one or two pages', () => {
      expect(rendered.pages).toBeGreaterThanOrEqual(1);
      expect(rendered.pages).toBeLessThanOrEqual(2);
    });

    it("gives the plan's public text back exactly, with headings in its language", () => {
      for (const phrase of publicPhrases(plan)) present(rendered.text, phrase);
      for (const key of ['summary:pdf.title', 'fields:keyProducts.label', 'summary:pdf.hazards', 'summary:pdf.measures']) {
        present(rendered.text, rendered.t(key));
      }
      present(rendered.text, rendered.t('options:hazard.flood'));
      expect(rendered.text).not.toMatch(/ำา|ํา|\uFFFD/);
    });

    it('holds no staff phone, money, insurance or call tree', () => {
      for (const phrase of privatePhrases(plan, language)) absent(rendered.text, phrase);
    });
  });

  describe.each([
    ['th', 'ja'],
    ['vi', 'en'],
  ] as const)('of the example plan in %s with headings in %s', (language, partnerLanguage) => {
    const plan = foodManufacturerSample(NOW, exampleTexts(language));
    let rendered: Rendered;

    beforeAll(async () => {
      rendered = await render(`${partnerLanguage}+${language}`, plan, language, partnerLanguage);
    }, RENDER_TIMEOUT);

    it("embeds only subset fonts, the partner's script and the plan's", () => {
      const names = expectOnlyEmbeddedSubsets(rendered.file);
      if (language === 'th') {
        for (const family of ['NotoSansThai', 'NotoSansJP']) {
          expect(names.some((name) => name.includes(`+${family}-`)), `${family}: ${names.join(', ')}`).toBe(true);
        }
      }
    });

    it('fits on one or two pages', () => {
      expect(rendered.pages).toBeGreaterThanOrEqual(1);
      expect(rendered.pages).toBeLessThanOrEqual(2);
    });

    it('prints every heading in both languages', () => {
      const partnerT = rendered.partnerT;
      expect(partnerT).not.toBeNull();
      for (const key of ['summary:pdf.title', 'fields:team_leader_employeeId.label', 'fields:keyProducts.label', 'summary:pdf.hazards', 'summary:pdf.measures', 'fields:keyProducts_name.label', 'summary:pdf.target']) {
        present(rendered.text, partnerT?.(key) ?? '');
        present(rendered.text, rendered.t(key));
      }
    });

    it("prints the user's own text once, as typed", () => {
      for (const phrase of publicPhrases(plan)) {
        present(rendered.text, phrase);
        expect(rendered.text.match(new RegExp(textLayerPattern(phrase).source, 'gu'))?.length ?? 0, phrase).toBe(
          phrase === plan.company.name ? 1 + rendered.pages : 1, // the company name also heads every page
        );
      }
    });

    it('holds no staff phone, money, insurance or call tree', () => {
      for (const phrase of [...privatePhrases(plan, language), ...privatePhrases(plan, partnerLanguage)]) absent(rendered.text, phrase);
    });
  });

  describe('of a new, empty plan on US Letter', () => {
    let rendered: Rendered;

    beforeAll(async () => {
      rendered = await render('empty-en-letter', createPlan('Riverside Bakery', 'quick', NOW), 'en', undefined, 'LETTER');
    }, RENDER_TIMEOUT);

    it('is one page with the company, and says what is not there yet', () => {
      expectOnlyEmbeddedSubsets(rendered.file);
      expect(rendered.pages).toBe(1);
      present(rendered.text, 'Riverside Bakery');
      present(rendered.text, rendered.t('summary:pdf.notYet'));
      absent(rendered.text, rendered.t('fields:keyProducts.label'));
    });
  });

  describe("the owner's choices", () => {
    const base = foodManufacturerSample(NOW, exampleTexts('en'));
    const [first, second] = [...base.keyProducts].sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0));
    const plan: Plan = {
      ...base,
      partnerSummary: { hiddenItems: [second?.id ?? '', 'selfCheck', 'address'], contactId: 'leader', partnerLanguage: null },
    };
    let rendered: Rendered;

    beforeAll(async () => {
      rendered = await render('choices-en', plan, 'en');
    }, RENDER_TIMEOUT);

    it('leaves out what the owner hid and keeps the rest', () => {
      absent(rendered.text, second?.name ?? '');
      present(rendered.text, first?.name ?? '');
      absent(rendered.text, rendered.t('summary:pdf.selfCheck'));
      absent(rendered.text, plan.company.address);
      present(rendered.text, rendered.t('summary:pdf.lastExercise'));
    });

    it("gives the chosen contact's phone and e-mail, and no other", () => {
      present(rendered.text, bcpLeader(plan).phone);
      present(rendered.text, plan.team.leader.email);
      for (const phrase of privatePhrases(plan, 'en', bcpLeader(plan).phone).filter((phrase) => phrase !== plan.team.leader.email)) {
        absent(rendered.text, phrase);
      }
    });

    it('prints the dates of the last exercise and the last and next review', () => {
      for (const months of [-3, -2, 10]) present(rendered.text, formatDate(formatIsoDate(addMonths(calendarDate(NOW), months)), 'en'));
    });
  });
});
