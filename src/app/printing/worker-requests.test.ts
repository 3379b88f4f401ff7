import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { createPlan } from '../../domain';
import { orderLanguages, orderResources, workerRequest, type PrintOrder } from './worker-requests';

const plan = createPlan('Toko Maju', 'quick', new Date('2026-03-02T09:00:00Z'));
const printedAt = new Date('2026-03-02T10:00:00Z');

beforeAll(async () => {
  await i18next.init({ resources: {}, fallbackLng: false });
});

async function requestFor(order: PrintOrder) {
  return workerRequest(order, 7, printedAt, await orderResources(order));
}

describe('the messages to the PDF worker', () => {
  it('sends a plan with the strings of its language and the time it is printed', async () => {
    const request = await requestFor({ kind: 'plan', plan, language: 'th', paperSize: 'A4', allowUnprintable: false });
    expect(request).toMatchObject({ id: 7, plan, language: 'th', paperSize: 'A4', printedAt: '2026-03-02T10:00:00.000Z', allowUnprintable: false });
    expect('kind' in request).toBe(false);
    expect(Object.keys(request.resources).sort()).toEqual(['common', 'fields', 'options', 'pdf', 'steps']);
    expect(request.resources.pdf).toBe(i18next.getResourceBundle('th', 'pdf'));
  });

  it('sends wallet cards and worksheets with the strings of their own prints', async () => {
    const cards = await requestFor({ kind: 'walletCards', plan, language: 'vi', paperSize: 'LETTER', allowUnprintable: true });
    expect(cards).toMatchObject({ kind: 'walletCards', plan, language: 'vi', allowUnprintable: true });
    expect(Object.keys(cards.resources)).toContain('worksheets');
    const worksheets = await requestFor({ kind: 'worksheets', language: 'ja', paperSize: 'A4' });
    expect(worksheets).toEqual({ id: 7, kind: 'worksheets', language: 'ja', paperSize: 'A4', resources: worksheets.resources });
    expect(Object.keys(worksheets.resources)).toEqual(expect.arrayContaining(['worksheets', 'fields', 'sections']));
  });

  it("sends the summary with the partner's language and strings, and none when the partner reads the summary's language", async () => {
    const twoLanguages: PrintOrder = { kind: 'summary', plan, language: 'en', partnerLanguage: 'zh-Hant', paperSize: 'A4', allowUnprintable: false };
    expect(orderLanguages(twoLanguages)).toEqual(['en', 'zh-Hant']);
    const request = await requestFor(twoLanguages);
    expect(request).toMatchObject({ kind: 'summary', language: 'en', partner: { language: 'zh-Hant' } });
    expect(Object.keys(request.resources)).toContain('summary');

    const sameLanguage: PrintOrder = { ...twoLanguages, partnerLanguage: 'en' };
    expect(orderLanguages(sameLanguage)).toEqual(['en']);
    expect(await requestFor(sameLanguage)).toMatchObject({ kind: 'summary', partner: null });
  });
});
