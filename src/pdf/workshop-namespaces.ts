/**
 * The string namespaces each workshop print reads. Kept apart from the documents, so the app can ask
 * for these strings without loading the PDF engine.
 */

/** Blank worksheets: question labels and guidance come from the app's own strings. */
export const WORKSHEETS_NAMESPACES = ['worksheets', 'pdf', 'steps', 'sections', 'fields', 'options', 'common'] as const;

/** Wallet cards: the plan's namespaces (the field labels among them), plus the sheet title in worksheets. */
export const WALLET_CARDS_NAMESPACES = ['pdf', 'fields', 'options', 'steps', 'common', 'worksheets'] as const;
