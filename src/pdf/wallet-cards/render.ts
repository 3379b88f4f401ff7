/**
 * Renders the wallet cards of one plan to PDF bytes, in Node or in the PDF worker alike (see ../render.ts).
 * A plan without employees has no cards: the caller checks `plan.contacts.employees` first.
 */
import { pdf } from '@react-pdf/renderer';
import { createElement } from 'react';
import { WalletCardsDocument, type WalletCardsDocumentProps } from './WalletCardsDocument';

export { WALLET_CARDS_NAMESPACES } from '../workshop-namespaces';

export async function renderWalletCardsPdf(options: WalletCardsDocumentProps): Promise<Uint8Array> {
  const blob = await pdf(createElement(WalletCardsDocument, options)).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}
