/**
 * The incident report, rendered in Node and read back with poppler like the plan PDF: the example plan with a
 * flood recorded on the emergency screen, in every language. Each must embed only subset fonts (no Helvetica)
 * and give back, with `pdftotext -raw`, the names of who did what, the ticked first actions with their times,
 * the safety statuses, the contacts told, the log lines and the lessons. An open incident prints too, without
 * a close; a closed exercise prints as an exercise report.
 *
 * Set PDF_TEST_OUTPUT_DIR to keep the PDFs (look at them with `pdftoppm -png -r 60 <file> <prefix>`).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TFunction } from 'i18next';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addLogLine,
  closeIncident,
  markSafety,
  startIncident,
  toggleFirstAction,
  toggleNotified,
  type IncidentLessons,
  type Plan,
} from '../../domain';
import { foodManufacturerSample } from '../../domain/samples';
import { formatDate, formatDateTime, formatTime } from '../../i18n/format';
import { LANGUAGE_CODES, type LanguageCode } from '../../i18n/languages';
import { firstActionItems } from '../document/QuickCard';
import { createPdfContext } from '../document/context';
import { registerPdfFontsForNode } from '../fonts-node';
import { foodManufacturerTexts, localeResources } from '../testing/locale-resources';
import { pdfFonts, pdfPageCount, pdfText } from '../testing/poppler-node';
import { textLayerPattern } from '../testing/text-layer';
import { elapsedText } from './IncidentReportDocument';
import { renderPlanPdf } from '../render';
import { createPdfTranslator, PDF_NAMESPACES } from '../translator';
import type { PdfResponse } from '../worker-protocol';
import { renderIncidentReportPdf } from './render-incident-report';
import { renderIncidentReportForWorker } from './worker-incident-report';
import { createIncidentReportTranslator, INCIDENT_REPORT_NAMESPACES } from './translators';

const NOW = new Date(2025, 5, 15, 9, 30);
/** The flood starts at 10:00 on the day after NOW; the minutes after that. */
const at = (minutes: number): Date => new Date(2025, 5, 16, 10, minutes);
const outputDir = process.env.PDF_TEST_OUTPUT_DIR;
const RENDER_TIMEOUT = 120_000;

let dir = '';

beforeAll(() => {
  registerPdfFontsForNode();
  dir = outputDir ?? mkdtempSync(join(tmpdir(), 'bcp-incident-pdf-'));
  mkdirSync(dir, { recursive: true });
});

afterAll(() => {
  if (!outputDir && dir) rmSync(dir, { recursive: true, force: true });
});

interface Recorded {
  plan: Plan;
  incidentId: string;
  /** The first actions ticked: their index in the plan and the minute. */
  ticks: { index: number; minute: number }[];
  notes: string[];
  lessons: IncidentLessons;
}

/** The example plan with a flood: three first actions ticked, four people checked, two contacts told, two log lines. */
function recordFlood(language: LanguageCode, close: boolean): Recorded {
  const base = foodManufacturerSample(NOW, foodManufacturerTexts(language));
  const [owner, deputy, third, fourth] = base.contacts.employees;
  const name = (index: number) => base.contacts.employees[index]?.name ?? '';
  const flood = base.hazards.find((hazard) => hazard.code === 'flood');
  const started = startIncident(base, { kind: 'incident', hazardId: flood?.id ?? null, description: '', exerciseType: null }, at(0), name(0));
  const { incidentId } = started;
  const ticks = [
    { index: 0, minute: 3 },
    { index: 3, minute: 7 },
    { index: 4, minute: 12 },
  ];
  let plan = started.plan;
  for (const { index, minute } of ticks) plan = toggleFirstAction(plan, incidentId, base.emergency.firstActions[index]?.id ?? '', at(minute), name(1));
  plan = markSafety(plan, incidentId, owner?.id ?? '', 'safe', at(4), name(0));
  plan = markSafety(plan, incidentId, deputy?.id ?? '', 'not_reached', at(5), name(0));
  plan = markSafety(plan, incidentId, deputy?.id ?? '', 'safe', at(21), name(0));
  plan = markSafety(plan, incidentId, third?.id ?? '', 'needs_help', at(8), name(1));
  plan = markSafety(plan, incidentId, fourth?.id ?? '', 'not_reached', at(9), name(1));
  plan = toggleNotified(plan, incidentId, base.suppliers[0]?.id ?? '', at(30), name(1));
  plan = toggleNotified(plan, incidentId, base.contacts.external.find((contact) => contact.category === 'customer')?.id ?? '', at(31), name(0));
  const notes = [base.emergency.evacuation.assemblyPoint, base.measures[0]?.action ?? ''];
  plan = addLogLine(plan, incidentId, notes[0] ?? '', at(15), name(2));
  plan = addLogLine(plan, incidentId, notes[1] ?? '', at(40), name(0));
  const lessons = { worked: base.changeLog[1]?.summary ?? '', didNotWork: '', toChange: base.measures[1]?.action ?? '' };
  if (close) {
    plan = closeIncident(plan, incidentId, lessons, at(90), name(1), {
      whatHappened: 'flood',
      lessonQuestions: { worked: 'worked', didNotWork: 'didNotWork', toChange: 'toChange' },
      formatList: (names) => names.join(', '),
    });
  }
  return { plan, incidentId, ticks, notes, lessons };
}

interface Rendered {
  file: string;
  t: TFunction;
  /** pdftotext -raw of the whole document, NFC. */
  text: string;
  pages: number;
}

async function render(name: string, plan: Plan, incidentId: string, language: LanguageCode): Promise<Rendered> {
  const t = await createIncidentReportTranslator(language, localeResources(language, INCIDENT_REPORT_NAMESPACES));
  const bytes = await renderIncidentReportPdf({ plan, incidentId, t, language, paperSize: 'A4', printedAt: at(120) });
  const file = join(dir, `incident-${name}.pdf`);
  writeFileSync(file, bytes);
  return { file, t, text: pdfText(file).normalize('NFC'), pages: pdfPageCount(file) };
}

function expectOnlyEmbeddedSubsets(file: string): void {
  const { rows, raw } = pdfFonts(file);
  expect(raw).not.toMatch(/Helvetica|Times|Courier/i);
  expect(rows.length).toBeGreaterThan(0);
  for (const row of rows) {
    expect(row, raw).toMatchObject({ embedded: true, subset: true, unicode: true });
    expect(row.name, raw).toMatch(/^[A-Z]{6}\+NotoSans/);
  }
}

const present = (text: string, phrase: string) => {
  expect(phrase.trim(), 'a phrase to look for').not.toBe('');
  expect(text, phrase).toMatch(textLayerPattern(phrase));
};
const absent = (text: string, phrase: string) => {
  expect(phrase.trim(), 'a phrase to look for').not.toBe('');
  expect(text, phrase).not.toMatch(textLayerPattern(phrase));
};
const count = (text: string, phrase: string): number => text.match(new RegExp(textLayerPattern(phrase).source, 'gu'))?.length ?? 0;

describe('the incident report', () => {
  it('has its strings in every language of the app', () => {
    for (const language of LANGUAGE_CODES) expect(() => localeResources(language, INCIDENT_REPORT_NAMESPACES)).not.toThrow();
  });

  it('says how long in minutes, hours and minutes, or days and hours', async () => {
    const t = await createIncidentReportTranslator('en', localeResources('en', INCIDENT_REPORT_NAMESPACES));
    const minutes = (count: number) => count * 60_000;
    expect(elapsedText(t, minutes(0))).toBe('0 minutes');
    expect(elapsedText(t, minutes(1))).toBe('1 minute');
    expect(elapsedText(t, minutes(59))).toBe('59 minutes');
    expect(elapsedText(t, minutes(60))).toBe('1 hour');
    expect(elapsedText(t, minutes(135))).toBe('2 hours 15 minutes');
    expect(elapsedText(t, minutes(24 * 60))).toBe('1 day');
    expect(elapsedText(t, minutes(50 * 60 + 59))).toBe('2 days 2 hours');
    const ja = await createIncidentReportTranslator('ja', localeResources('ja', INCIDENT_REPORT_NAMESPACES));
    expect(elapsedText(ja, minutes(90))).toBe('1時間30分');
  });

  describe.each(LANGUAGE_CODES)('of a closed flood in %s', (language) => {
    const recorded = recordFlood(language, true);
    const { plan } = recorded;
    const name = (index: number) => plan.contacts.employees[index]?.name ?? '';
    let rendered: Rendered;

    beforeAll(async () => {
      rendered = await render(`closed-${language}`, plan, recorded.incidentId, language);
    }, RENDER_TIMEOUT);

    it('embeds only subset fonts', () => {
      expectOnlyEmbeddedSubsets(rendered.file);
    });

    it('gives the title, the business, the start and the close with who did them', () => {
      const { t, text } = rendered;
      present(text, t('incident-report:title.incident'));
      present(text, plan.company.name);
      present(text, t('options:hazard.flood'));
      present(text, t('incident-report:facts.stamp', { time: formatDateTime(at(0).toISOString(), language), name: name(0) }));
      present(text, t('incident-report:facts.stamp', { time: formatDateTime(at(90).toISOString(), language), name: name(1) }));
      present(text, t('incident-report:timeline.closed'));
      present(text, elapsedText(t, 90 * 60_000));
      expect(text).not.toMatch(/ำา|ํา|\uFFFD/);
    });

    it('lists each ticked first action in the timeline with its time, and marks the others as not ticked', () => {
      const { t, text } = rendered;
      const items = firstActionItems(createPdfContext({ plan, t, language, paperSize: 'A4', printedAt: at(120) }));
      for (const { index, minute } of recorded.ticks) {
        present(text, t('incident-report:timeline.actionDone', { action: items[index]?.text ?? '' }));
        present(text, formatTime(at(minute).toISOString(), language));
      }
      expect(count(text, t('incident-report:firstActions.notDone'))).toBe(plan.emergency.firstActions.length - recorded.ticks.length);
    });

    it("prints every safety mark in the timeline and each person's last status", () => {
      const { t, text } = rendered;
      const status = (code: 'safe' | 'not_reached' | 'needs_help') => t(`incident-report:safety.statuses.${code}`);
      present(text, t('incident-report:timeline.safety', { name: name(1), status: status('not_reached') }));
      present(text, t('incident-report:timeline.safety', { name: name(1), status: status('safe') }));
      present(text, t('incident-report:timeline.safety', { name: name(2), status: status('needs_help') }));
      present(text, t('incident-report:safety.count', { safe: 2, total: plan.contacts.employees.length }));
      expect(count(text, t('incident-report:safety.notChecked'))).toBe(plan.contacts.employees.length - 4);
      for (const index of [0, 1, 2, 3]) present(text, name(index));
    });

    it('names who was told, and the log lines and lessons as typed', () => {
      const { t, text } = rendered;
      const customer = plan.contacts.external.find((contact) => contact.category === 'customer');
      present(text, t('incident-report:timeline.told', { name: plan.suppliers[0]?.name ?? '' }));
      present(text, t('incident-report:timeline.told', { name: customer?.organisation ?? '' }));
      for (const note of recorded.notes) present(text, note);
      present(text, recorded.lessons.worked);
      present(text, recorded.lessons.toChange);
      for (const question of ['worked', 'didNotWork', 'toChange']) present(text, t(`pdf:lesson.${question}`));
      present(text, t('incident-report:lessons.noAnswer'));
    });

    it('shows the key products against their target recovery times at closing', () => {
      const { t, text } = rendered;
      present(text, t('incident-report:clocks.titleClosed'));
      for (const product of plan.keyProducts) present(text, product.name);
      expect(count(text, t('incident-report:clocks.within'))).toBe(plan.keyProducts.length);
    });
  });

  describe.each(['en', 'ja'] as const)('of a flood still open in %s', (language) => {
    const recorded = recordFlood(language, false);
    let rendered: Rendered;

    beforeAll(async () => {
      rendered = await render(`open-${language}`, recorded.plan, recorded.incidentId, language);
    }, RENDER_TIMEOUT);

    it('prints what was recorded so far, says it is still open and has no close and no lessons', () => {
      const { t, text, file } = rendered;
      expectOnlyEmbeddedSubsets(file);
      present(text, t('incident-report:facts.stillOpen'));
      present(text, t('incident-report:clocks.titleOpen'));
      present(text, t('incident-report:lessons.notClosed'));
      for (const note of recorded.notes) present(text, note);
      absent(text, t('incident-report:timeline.closed'));
      absent(text, t('pdf:lesson.worked'));
      absent(text, formatDateTime(at(90).toISOString(), language));
      expect(rendered.pages).toBeGreaterThanOrEqual(1);
    });
  });

  describe('of a closed exercise', () => {
    const base = foodManufacturerSample(NOW, foodManufacturerTexts('es'));
    const started = startIncident(base, { kind: 'exercise', hazardId: null, description: 'Simulacro de incendio en la cocina', exerciseType: 'evacuation_drill' }, at(0), 'Rosa');
    const nextDay = new Date(2025, 5, 17, 8, 15);
    const closed = closeIncident(
      addLogLine(
        addLogLine(started.plan, started.incidentId, 'Todos en el punto de reunión en 4 minutos', at(4), 'Rosa'),
        started.incidentId,
        'Revisamos la alarma del almacén',
        nextDay,
        'Luis',
      ),
      started.incidentId,
      { worked: 'La salida trasera estaba despejada', didNotWork: 'La alarma no se oyó en el almacén', toChange: '' },
      new Date(2025, 5, 17, 9, 0),
      'Rosa',
      { whatHappened: 'x', lessonQuestions: { worked: 'a', didNotWork: 'b', toChange: 'c' }, formatList: (names) => names.join(', ') },
    );
    let rendered: Rendered;

    beforeAll(async () => {
      rendered = await render('exercise-es', closed, started.incidentId, 'es');
    }, RENDER_TIMEOUT);

    it('prints as an exercise report with its kind, what happened, its log and lessons', () => {
      const { t, text } = rendered;
      present(text, t('incident-report:title.exercise'));
      absent(text, t('incident-report:title.incident'));
      present(text, t('options:exerciseType.evacuation_drill'));
      present(text, 'Simulacro de incendio en la cocina');
      present(text, 'Todos en el punto de reunión en 4 minutos');
      present(text, 'La alarma no se oyó en el almacén');
      present(text, t('incident-report:timeline.closedExercise'));
      present(text, t('incident-report:lessons.introExercise'));
    });

    it('gives the date with the time of a mark made on a later day than the start', () => {
      const { t, text } = rendered;
      present(text, `${formatTime(nextDay.toISOString(), 'es')} ${formatDate('2025-06-17', 'es')} Revisamos la alarma del almacén Luis`);
      present(text, `${formatTime(at(4).toISOString(), 'es')} Todos en el punto`);
      present(text, elapsedText(t, (23 * 60) * 60_000));
    });
  });

  describe.each(['en', 'th'] as const)("in the printed plan's change log in %s", (language) => {
    const recorded = recordFlood(language, true);
    let text = '';
    let t: TFunction;

    beforeAll(async () => {
      t = await createPdfTranslator(language, localeResources(language, PDF_NAMESPACES));
      const file = join(dir, `plan-with-lessons-${language}.pdf`);
      writeFileSync(file, await renderPlanPdf({ plan: recorded.plan, t, language, paperSize: 'A4', printedAt: at(120) }));
      text = pdfText(file).normalize('NFC');
    }, RENDER_TIMEOUT);

    it('each lesson is printed with the question it answers under it', () => {
      present(text, `${recorded.lessons.worked} ${t('pdf:lesson.worked')}`);
      present(text, `${recorded.lessons.toChange} ${t('pdf:lesson.toChange')}`);
      absent(text, t('pdf:lesson.didNotWork'));
    });
  });

  describe("the PDF worker's part", () => {
    const ask = async (plan: Plan, incidentId: string, allowUnprintable: boolean): Promise<PdfResponse[]> => {
      const answers: PdfResponse[] = [];
      await renderIncidentReportForWorker(
        {
          kind: 'incidentReport',
          id: 7,
          plan,
          incidentId,
          language: 'th',
          paperSize: 'A4',
          printedAt: at(120).toISOString(),
          resources: localeResources('th', INCIDENT_REPORT_NAMESPACES),
          allowUnprintable,
        },
        (response) => answers.push(response),
      );
      return answers;
    };

    it('answers with its progress and the PDF', async () => {
      const { plan, incidentId, notes } = recordFlood('th', true);
      const answers = await ask(plan, incidentId, false);
      expect(answers.map((answer) => answer.kind)).toEqual(['progress', 'progress', 'done']);
      const done = answers[2];
      if (done?.kind !== 'done') throw new Error('no PDF');
      const file = join(dir, 'worker-th.pdf');
      writeFileSync(file, new Uint8Array(done.bytes));
      expectOnlyEmbeddedSubsets(file);
      present(pdfText(file).normalize('NFC'), notes[0] ?? '');
    }, RENDER_TIMEOUT);

    it('reports a character no font can draw in a log line before printing it', async () => {
      const { plan, incidentId } = recordFlood('th', false);
      const withEmoji = addLogLine(plan, incidentId, 'น้ำท่วมถึงเข่า 🌊', at(50), 'มาลี');
      expect(await ask(withEmoji, incidentId, false)).toEqual([
        { id: 7, kind: 'progress', stage: 'fonts' },
        { id: 7, kind: 'unprintable', characters: ['🌊'] },
      ]);
      expect((await ask(withEmoji, incidentId, true)).at(-1)?.kind).toBe('done');
    }, RENDER_TIMEOUT);
  });
});
