/**
 * The document tree built without React's reconciler (document-tree.ts) is the tree React builds: the printed plan
 * made from it is the same PDF, byte for byte, as the plan made through react-pdf's own `pdf(element)`, for Full
 * and Quick plans in three scripts.
 */
import { readFileSync } from 'node:fs';
import { createPdfReuse } from '@react-pdf/layout';
import { Document, Page, pdf, Text, View } from '@react-pdf/renderer';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Plan } from '../domain';
import { foodManufacturerSample, restaurantSample, type ExampleTexts } from '../domain/samples';
import type { LanguageCode } from '../i18n/languages';
import { PlanDocument } from './document/PlanDocument';
import { nodesOf } from './document-tree';
import { fontStackFor } from './fonts';
import { registerPdfFontsForNode } from './fonts-node';
import { renderPlanPdf } from './render';
import { createPdfTranslator, PDF_NAMESPACES } from './translator';

const NOW = new Date(2025, 5, 15, 9, 30);
const readJson = (path: string): unknown => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
const resourcesOf = (language: LanguageCode): Record<string, unknown> =>
  Object.fromEntries(PDF_NAMESPACES.map((namespace) => [namespace, readJson(`../../locales/${language}/${namespace}.json`)]));

beforeAll(() => registerPdfFontsForNode());

describe.each<[string, LanguageCode, string, (texts: ExampleTexts) => Plan]>([
  ['a Full plan', 'en', 'food-manufacturer', (texts) => foodManufacturerSample(NOW, texts)],
  ['a Full plan', 'th', 'food-manufacturer', (texts) => foodManufacturerSample(NOW, texts)],
  ['a Full plan', 'ja', 'food-manufacturer', (texts) => foodManufacturerSample(NOW, texts)],
  ['a Quick plan', 'en', 'restaurant', (texts) => ({ ...restaurantSample(NOW, texts), path: 'quick' })],
])('%s in %s, from the tree built directly', (_kind, language, example, makePlan) => {
  it('is the PDF react-pdf makes through React', async () => {
    const options = {
      plan: makePlan(readJson(`../../locales/${language}/examples/${example}.json`) as ExampleTexts),
      t: await createPdfTranslator(language, resourcesOf(language)),
      language,
      paperSize: 'A4',
      printedAt: NOW,
      fontStack: fontStackFor(language),
    } as const;
    const throughReact = new Uint8Array(await (await pdf(<PlanDocument {...options} reuse={createPdfReuse()} />).toBlob()).arrayBuffer());
    const direct = await renderPlanPdf(options);
    expect(Buffer.from(direct).equals(Buffer.from(throughReact))).toBe(true);
  });
});

describe('building the tree', () => {
  it('keeps strings inside a text, drops them elsewhere, and renders the payload a page layout is given', () => {
    const [document] = nodesOf(
      <Document>
        <Page layout={({ children }) => <View>{children}</View>}>
          <View>{'loose'}</View>
          <Text>{'kept'} {3}</Text>
        </Page>
      </Document>,
    );
    expect(document).toMatchObject({ type: 'DOCUMENT', children: [{ type: 'PAGE' }] });
    const page = document && 'children' in document ? document.children[0] : undefined;
    if (page === undefined || !('children' in page)) throw new Error('no page');
    expect(page.children[0]).toMatchObject({ type: 'VIEW', children: [] });
    expect(page.children[1]).toMatchObject({
      type: 'TEXT',
      children: [
        { type: 'TEXT_INSTANCE', value: 'kept' },
        { type: 'TEXT_INSTANCE', value: ' ' },
        { type: 'TEXT_INSTANCE', value: '3' },
      ],
    });
    const layout = page.props.layout as (props: object, payload: unknown[]) => unknown[];
    const payload = [{ type: 'VIEW', box: {}, style: {}, props: {}, children: [] }];
    expect(layout({ pageNumber: 1 }, payload)).toEqual([{ type: 'VIEW', box: {}, style: {}, props: {}, children: payload }]);
  });
});
