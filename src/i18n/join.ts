/**
 * Joining texts the way each language writes them: lists ("A, B, and C", "甲、乙和丙"), a label and its
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

/** An item ending or starting with a digit or Latin letter, as a phone number or a product number does. */
const ENDS_LATIN = /[0-9A-Za-z]$/;
const STARTS_LATIN = /^[0-9A-Za-z]/;
/** A joining word written straight onto the items beside it (和, และ), not a comma or a spaced "and". */
const WORD_FIRST = /^\p{L}/u;
const WORD_LAST = /\p{L}$/u;

/**
 * The items as one list in `language`: "A, B, and C", "甲、乙和丙", "ก ข และค". Blank items are left out. A joining
 * word that Chinese or Thai writes without a space is kept apart from a number beside it: "0912-000-142 和王志明",
 * "089-000-0231 และบุญมี", "1、2 和 3", not "0912-000-142和王志明".
 */
export function formatList(items: readonly string[], language: string): string {
  const parts = listFormat(language).formatToParts(items.filter((item) => item.trim() !== ''));
  return parts
    .map((part, index) => {
      if (part.type !== 'literal') return part.value;
      const before = WORD_FIRST.test(part.value) && ENDS_LATIN.test(parts[index - 1]?.value ?? '') ? ' ' : '';
      const after = WORD_LAST.test(part.value) && STARTS_LATIN.test(parts[index + 1]?.value ?? '') ? ' ' : '';
      return `${before}${part.value}${after}`;
    })
    .join('');
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
