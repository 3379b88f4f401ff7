/**
 * Line breaking for the PDF: react-pdf's hyphenation callback (`Font.registerHyphenationCallback`).
 *
 * react-pdf (textkit) splits text only at ASCII spaces and hands every space-free "word" to this callback.
 * The parts it returns are the places where a line may break; an empty part ('') becomes a zero-width
 * glue, i.e. a break opportunity *without* a hyphen (shared/notes/pdf-and-offline.md §3.2):
 * - Thai (no spaces between words): split into words with `Intl.Segmenter('th', { granularity: 'word' })`;
 * - Chinese and Japanese: a break between any two characters, runs of Latin letters and digits kept whole;
 * - Latin-script words (en, es, id, vi): kept whole, no hyphenation (soft hyphens typed by the author
 *   stay break points, and react-pdf draws a hyphen there as usual); but a word too long for any column
 *   (a web or e-mail address, a name typed without spaces) breaks after its punctuation and, where a run
 *   has none, between any two characters, without a hyphen.
 * Before the break opportunities are inserted, punctuation is glued to its neighbour (notes/pdf-rnd.md §2):
 * no line may start with closing punctuation or end with opening punctuation, e.g. "(หน้าร้าน)" may break
 * as "(หน้า" / "ร้าน)" but never as "(" / "หน้าร้าน)" or "…ร้าน" / ")".
 *
 * Pure; no React. Runs in the worker, in Node and in unit tests alike.
 */

/** Characters that must not start a line (closing brackets and quotes, CJK and Latin punctuation, iteration
 * marks, small kana, the Thai repetition and abbreviation marks). */
export const NO_START = new Set([
  ...')]}）］｝〉》」』】〕〗〙〛”’»›',
  ...'，。、．：；！？,.:;!?%％‰…‥・ー々ゝゞヽヾ｡､',
  ...'ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ',
  ...'ๆฯ',
]);

/** Characters that must not end a line (opening brackets and quotes). */
export const NO_END = new Set([...'([{（［｛〈《「『【〔〖〘〚“‘«‹']);

const THAI = /[\u0E00-\u0E7F]/u;
/** CJK ideographs (incl. extensions), kana, CJK symbols and punctuation, full-width forms. */
const CJK = /[\u2E80-\u9FFF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF\u{20000}-\u{3FFFF}]/u;
const SOFT_HYPHEN = '\u00AD';

let thaiSegmenter: Intl.Segmenter | undefined;

function thaiWords(word: string): string[] {
  thaiSegmenter ??= new Intl.Segmenter('th', { granularity: 'word' });
  return Array.from(thaiSegmenter.segment(word), (segment) => segment.segment);
}

let graphemeSegmenter: Intl.Segmenter | undefined;

/** One token per CJK character (grapheme: a base with its combining marks or ideographic variation
 * selector); everything between CJK characters (Latin words, digits, ASCII punctuation such as "(Tokyo)")
 * stays one token. */
function cjkTokens(word: string): string[] {
  graphemeSegmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  const tokens: string[] = [];
  let run = '';
  for (const { segment } of graphemeSegmenter.segment(word)) {
    if (CJK.test(segment)) {
      if (run) tokens.push(run);
      run = '';
      tokens.push(segment);
    } else {
      run += segment;
    }
  }
  if (run) tokens.push(run);
  return tokens;
}

/** Glues closing punctuation to the part before it and opening punctuation to the part after it. */
export function keepPunctuation(parts: readonly string[]): string[] {
  const out: string[] = [];
  for (const part of parts) {
    if (!part) continue;
    const previous = out.at(-1);
    if (previous !== undefined && (NO_START.has(firstChar(part)) || NO_END.has(lastChar(previous)))) {
      out[out.length - 1] = previous + part;
    } else {
      out.push(part);
    }
  }
  return out;
}

function firstChar(text: string): string {
  return String.fromCodePoint(text.codePointAt(0) ?? 0);
}

function lastChar(text: string): string {
  return Array.from(text).at(-1) ?? '';
}

/** Puts an empty part (a break without hyphen) between every two parts. */
function withBreaks(parts: readonly string[]): string[] {
  return parts.flatMap((part, i) => (i === 0 ? [part] : ['', part]));
}

/** A space-free Latin "word" longer than this (a web or e-mail address, a name typed without spaces)
 * may break inside: it would not fit a table column, and often not even a line. */
const LONG_WORD = 24;
/** Inside a long word, a run of more characters than this without punctuation may break anywhere. */
const LONG_RUN = 12;
/** Characters after which a long word breaks first (the parts of addresses). */
const AFTER = /(?<=[/.@_\-?&=#:,;+~|\\])/u;

/** Break opportunities inside a long word: after its punctuation, and between any two characters of a long run. */
function longWordParts(word: string): string[] {
  graphemeSegmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  const segmenter = graphemeSegmenter;
  const runs = word.split(AFTER).filter(Boolean);
  return runs.flatMap((run) =>
    Array.from(run).length > LONG_RUN ? Array.from(segmenter.segment(run), ({ segment }) => segment) : [run],
  );
}

/** A long Latin run inside a Thai or CJK word (an address after "據點：") breaks as a long word does. */
function withLongRuns(parts: readonly string[]): string[] {
  return parts.flatMap((part) => (!THAI.test(part) && !CJK.test(part) && Array.from(part).length > LONG_WORD ? longWordParts(part) : [part]));
}

function computeParts(word: string): string[] {
  if (THAI.test(word)) return withBreaks(keepPunctuation(withLongRuns(thaiWords(word))));
  if (CJK.test(word)) return withBreaks(keepPunctuation(withLongRuns(cjkTokens(word))));
  if (word.includes(SOFT_HYPHEN)) return word.split(SOFT_HYPHEN);
  if (Array.from(word).length > LONG_WORD) return withBreaks(keepPunctuation(longWordParts(word)));
  return [word];
}

const MEMO_LIMIT = 10_000;
const memo = new Map<string, readonly string[]>();

/**
 * The hyphenation callback: the parts of one space-free word, with '' between parts where a line may
 * break without a hyphen. Joining the parts gives the word back (minus soft hyphens). Memoised; the memo
 * is bounded (oldest entries dropped first).
 */
export function breakWord(word: string): string[] {
  let parts = memo.get(word);
  if (parts === undefined) {
    parts = computeParts(word);
    if (memo.size >= MEMO_LIMIT) {
      const oldest = memo.keys().next();
      if (!oldest.done) memo.delete(oldest.value);
    }
    memo.set(word, parts);
  }
  return [...parts];
}

/** A Thai or Chinese/Japanese label word of at most this many characters (graphemes) is never broken. */
const SHORT_LABEL_WORD = { thai: 12, cjk: 6 } as const;

let cjkWordSegmenter: Intl.Segmenter | undefined;

function graphemeCount(word: string): number {
  graphemeSegmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  return Array.from(graphemeSegmenter.segment(word)).length;
}

/**
 * The hyphenation callback of labels: table headers and the names of choices ("優先順序", "เสียหายมาก").
 * A short Thai or Chinese/Japanese label word is kept whole (a dictionary splits compounds such as
 * เสีย|หาย, and any two CJK characters may part in running text); a longer one breaks only between
 * dictionary words. Everything else breaks as in running text (breakWord).
 */
export function breakLabelWord(word: string): string[] {
  if (THAI.test(word)) return graphemeCount(word) <= SHORT_LABEL_WORD.thai ? [word] : breakWord(word);
  if (CJK.test(word)) {
    if (graphemeCount(word) <= SHORT_LABEL_WORD.cjk) return [word];
    cjkWordSegmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
    return withBreaks(keepPunctuation(Array.from(cjkWordSegmenter.segment(word), ({ segment }) => segment)));
  }
  return breakWord(word);
}

/** The pieces a label may be broken into: its space-separated words, each cut as breakLabelWord cuts it. */
export function labelPieces(label: string): string[] {
  return label
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((word) => breakLabelWord(word).filter((part) => part !== ''));
}
