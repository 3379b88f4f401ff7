/** Helpers for checking a PDF's text layer as `pdftotext -raw` prints it. Pure. */

const escapeRegExp = (char: string) => char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A pattern for `text` as it must come back from the text layer: a line break may fall between any two
 * characters (Thai and CJK lines break without a space), but every space of `text` must be there, as a
 * space or as a line break. Nothing may be added (no hyphen, no stray character) or lost.
 */
export function textLayerPattern(text: string, { whole = false } = {}): RegExp {
  const body = Array.from(text.normalize('NFC'), (char) => (char === ' ' ? '[ \\n]+' : `${escapeRegExp(char)}\\n?`)).join('');
  return new RegExp(whole ? `^${body}$` : body, 'u');
}
