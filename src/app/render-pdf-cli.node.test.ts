/**
 * The command-line renderer (scripts/render-pdf.ts) says what the app says: the warning about characters no
 * font has, with the questions that hold them, printing them only with --allow-missing; and the app's
 * plan-file messages (a file from a newer version says so).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addLogLine, createPlan, startIncident, type Plan } from '../domain';
import { withBcpTeam } from '../domain/testing/builders';
import { serializePlanFile } from '../persistence/plan-file';
import { PLACEHOLDER } from '../pdf/missing-glyphs';
import { pdfFonts, pdfText } from '../pdf/testing/poppler-node';

const NOW = new Date(2025, 5, 15, 9, 30);
const TIMEOUT = 120_000;
const ROOT = join(import.meta.dirname, '..', '..');

function planWith(company: string, leader: string): Plan {
  return withBcpTeam(createPlan(company, 'quick', NOW), { name: leader });
}

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'bcp-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function expectOnlyEmbeddedSubsets(file: string): void {
  const { rows, raw } = pdfFonts(file);
  expect(raw).not.toMatch(/Helvetica|Times|Courier/i);
  for (const row of rows) expect(row, raw).toMatchObject({ embedded: true, subset: true });
}

describe('the command-line renderer', () => {
  const run = promisify(execFile);
  const cli = (args: string[]) =>
    run('npx', ['tsx', '--tsconfig', 'tsconfig.node-src.json', 'scripts/render-pdf.ts', ...args], { cwd: ROOT, timeout: TIMEOUT }).then(
      ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
      (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
    );

  it(
    'warns about characters no font has, names their fields, and prints only with --allow-missing',
    async () => {
      const input = join(dir, 'emoji.bcp.json');
      writeFileSync(input, serializePlanFile([planWith('Angkor Crafts', 'Sok 😀')], NOW));
      const out = join(dir, 'emoji.pdf');

      const refused = await cli([input, '--out', out]);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain('Some characters in your plan cannot be printed with the fonts of the app: 😀.');
      expect(refused.stderr).toContain('Step 6 · “Name” of entry 1 in “Staff contact list”');
      expect(refused.stderr).toContain('--allow-missing');

      const printed = await cli([input, '--out', out, '--allow-missing']);
      expect(printed.code, printed.stderr).toBe(0);
      expect(pdfText(out)).toContain(`Sok ${PLACEHOLDER}`);
      expectOnlyEmbeddedSubsets(out);
    },
    TIMEOUT,
  );

  it(
    'says that a file comes from a newer version, as the app does',
    async () => {
      const input = join(dir, 'future.bcp.json');
      const file = JSON.parse(serializePlanFile([planWith('Future Co', 'Ann')], NOW)) as { plans: { schemaVersion: number }[] };
      for (const plan of file.plans) plan.schemaVersion = 999;
      writeFileSync(input, JSON.stringify(file));
      const refused = await cli([input, '--out', join(dir, 'future.pdf')]);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain('was made with a newer version of BCP Builder');
      expect(refused.stderr).not.toContain('invalid_plan');
    },
    TIMEOUT,
  );

  it(
    'prints the report of the incident named with --incident, and refuses an id no plan has',
    async () => {
      const started = startIncident(planWith('Riverside Bakery', 'Ann'), { kind: 'incident', hazardId: null, description: 'Burst water pipe', exerciseType: null }, NOW, 'Ann');
      const plan = addLogLine(started.plan, started.incidentId, 'Water off at the main valve', NOW, 'Ben');
      const input = join(dir, 'incident.bcp.json');
      writeFileSync(input, serializePlanFile([plan], NOW));
      const out = join(dir, 'incident.pdf');

      const printed = await cli([input, '--incident', started.incidentId, '--out', out]);
      expect(printed.code, printed.stderr).toBe(0);
      const text = pdfText(out);
      for (const phrase of ['Incident report', 'Burst water pipe', 'Water off at the main valve', 'Ben']) expect(text).toContain(phrase);
      expectOnlyEmbeddedSubsets(out);

      const refused = await cli([input, '--incident', 'no-such-incident', '--out', out]);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain('has the incident "no-such-incident"');
    },
    TIMEOUT,
  );
});
