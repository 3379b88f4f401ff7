/**
 * Text that looks like markup is printed as the owner typed it: react-pdf draws strings, it does
 * not parse them, and this test keeps it so. Read back with pdftotext.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { samplePlan } from '../../domain/testing/builders';
import { registerPdfFontsForNode } from '../fonts-node';
import { renderPlanPdf } from '../render';
import { pdfText } from '../testing/poppler-node';
import { createPdfTranslator } from '../translator';
import fields from '../../../locales/en/fields.json';
import pdf from '../../../locales/en/pdf.json';
import options from '../../../locales/en/options.json';
import steps from '../../../locales/en/steps.json';
import common from '../../../locales/en/common.json';

const SCRIPT = '<script>alert(1)</script>';
const IMAGE = '<img src=x onerror=alert(2)>';
const ENTITY = 'Tom &amp; Jerry &lt;b&gt;';

const dir = mkdtempSync(join(tmpdir(), 'bcp-markup-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('prints markup typed into a plan as plain text', { timeout: 120_000 }, async () => {
  registerPdfFontsForNode();
  const plan = samplePlan();
  plan.company.name = `Bakery ${SCRIPT}`;
  const leader = plan.contacts.employees.find(({ id }) => id === plan.team.leader.employeeId);
  if (leader) leader.name = IMAGE;
  plan.purpose.statement = ENTITY;
  const t = await createPdfTranslator('en', { pdf, fields, options, steps, common });
  const file = join(dir, 'markup.pdf');
  writeFileSync(file, await renderPlanPdf({ plan, t, language: 'en', paperSize: 'A4', printedAt: new Date(2025, 5, 15) }));
  const text = pdfText(file).replace(/\s+/g, '');
  for (const typed of [SCRIPT, IMAGE, ENTITY]) expect(text).toContain(typed.replace(/\s+/g, ''));
});
