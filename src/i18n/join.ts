/**
 * Joining texts the way each language writes them: lists ("A, B and C", "A、B和C"), a label and its
 * value ("Site: address", "據點：地址") and sentences (a space between them, none in Chinese and Japanese).
 */

const listFormats = new Map<string, Intl.ListFormat>();

/** Building a formatter costs far more than using one: one per language. */
function listFormat(language: string): Intl.ListFormat {
  let format = listFormats.get(language);
  if (!format) {
    format = new Intl.ListFormat(language, { type: 'conjunction', style: 'long' });
    listFormats.set(language, format);
  }
  return format;
}

/** The items as one list in `language`: "A, B, and C", "A、B和C", "A B และC". Blank items are left out. */
export function formatList(items: readonly string[], language: string): string {
  return listFormat(language).format(items.filter((item) => item.trim() !== ''));
}

/** A `t` that knows the key `pdf:value.labelled` ("{{label}}: {{value}}", "{{label}}：{{value}}"). */
type LabelTranslator = (key: 'pdf:value.labelled', options: { label: string; value: string }) => string;

/** A label and its value with the language's own separator; either alone when the other is blank. */
export function labelledValue(t: LabelTranslator, label: string, value: string): string {
  if (label.trim() === '') return value;
  if (value.trim() === '') return label;
  return t('pdf:value.labelled', { label, value });
}

/** Languages that write sentences one after the other without a space. */
const UNSPACED_SENTENCES = new Set(['zh', 'ja']);

/** Whole sentences as one text: "First. Second." in most languages, "第一。第二。" in Chinese and Japanese. */
export function joinSentences(sentences: readonly string[], language: string): string {
  const primary = language.split('-')[0] ?? language;
  return sentences.join(UNSPACED_SENTENCES.has(primary) ? '' : ' ');
}
