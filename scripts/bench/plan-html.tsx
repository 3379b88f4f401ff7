/**
 * The printed plan as HTML, through the HTML stand-in of the react-pdf primitives: the same document
 * components, translations, font stack and font files as the app's PDF. Import this module only after
 * `./standin-hooks.mjs` is registered.
 */
import { Font } from '@react-pdf/renderer';
import { PlanDocument, type PlanDocumentProps } from '../../src/pdf/document/PlanDocument';
import { registerPdfFontsForNode } from '../../src/pdf/fonts-node';
import { htmlDocument } from './react-pdf-html';

export function planHtml(props: PlanDocumentProps): string {
  registerPdfFontsForNode();
  if (!('registerHyphenationCallback' in Font)) throw new Error('The HTML stand-in of @react-pdf/renderer is not loaded');
  return htmlDocument(<PlanDocument {...props} />, props.language);
}
