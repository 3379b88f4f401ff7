/**
 * The unicode-range slices of the Chinese, Japanese and Korean fonts (the way web fonts serve CJK).
 *
 * The Chinese and Japanese language packs hold a core subset of their font (Big5, GB2312, JIS X 0208 and the
 * locale characters). Every other character of the full Noto Sans TC, SC and JP, and the Hangul of Noto Sans
 * KR, is in a slice of a few hundred characters, Regular and Bold, written by scripts/copy-pdf-fonts.mjs into
 * `src/pdf/fonts/generated/slices/` with a manifest (`font-manifest.json`) of each slice's code points.
 * A PDF loads only the slices its text needs (missing-glyphs.ts): in the browser that is a fetch of one or
 * two small files, cached by the service worker for offline use; in Node a read from disk.
 *
 * Each slice is registered with react-pdf as a family of its own, named after its font and its number
 * (`NotoSansTC-3`), and placed in the font stack right after its font's core family (fonts.ts).
 */

export const SLICED_FAMILIES = ['NotoSansTC', 'NotoSansSC', 'NotoSansJP', 'NotoSansKR'] as const;
export type SlicedFamily = (typeof SLICED_FAMILIES)[number];

/** A slice as a react-pdf family: its font and its number, e.g. `NotoSansTC-3`. */
export type SliceFontFamily = `${SlicedFamily}-${number}`;

export interface FontSlice {
  family: SliceFontFamily;
  /** The font it is cut from. */
  script: SlicedFamily;
  /** File names in `generated/slices/`, Regular and Bold. */
  files: { Regular: string; Bold: string };
  /** Download size of both files. */
  bytes: number;
  /** Whether the slice draws this code point. */
  has(codePoint: number): boolean;
}

/** Whether a font file name is a slice's (`NotoSansTC-003-Bold.ttf`, see scripts/copy-pdf-fonts.mjs). */
export function isSliceFile(file: string): boolean {
  return /-\d{3}-(Regular|Bold)\.ttf$/.test(file);
}

function isSlicedFamily(value: unknown): value is SlicedFamily {
  return SLICED_FAMILIES.some((family) => family === value);
}

function isSliceFamily(value: unknown, script: SlicedFamily): value is SliceFontFamily {
  return typeof value === 'string' && new RegExp(`^${script}-\\d+$`).test(value);
}

/** "4e0e-4e0f,4e12" (hexadecimal, like CSS unicode-range) as sorted [first, last] runs. */
function parseRuns(text: string): [number, number][] {
  return text.split(',').map((run) => {
    const [first = '', last = first] = run.split('-');
    return [Number.parseInt(first, 16), Number.parseInt(last, 16)];
  });
}

function covers(runs: readonly [number, number][], codePoint: number): boolean {
  let low = 0;
  let high = runs.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const [first, last] = runs[middle] ?? [0, -1];
    if (codePoint < first) high = middle - 1;
    else if (codePoint > last) low = middle + 1;
    else return true;
  }
  return false;
}

interface FileEntry {
  file: string;
  bytes: number;
}

function isFileEntry(value: unknown): value is FileEntry {
  return (
    typeof value === 'object' &&
    value !== null &&
    'file' in value &&
    typeof value.file === 'string' &&
    'bytes' in value &&
    typeof value.bytes === 'number'
  );
}

export interface FontManifest {
  slices: FontSlice[];
  /** Whether the core subset of a language pack's font draws a code point, known without loading it. */
  cores: Map<string, (codePoint: number) => boolean>;
}

/** Reads `font-manifest.json` (parsed JSON). Throws when it is not one, so a broken build is not silent. */
export function parseFontManifest(manifest: unknown): FontManifest {
  const slices = typeof manifest === 'object' && manifest !== null && 'slices' in manifest ? manifest.slices : null;
  const cores = typeof manifest === 'object' && manifest !== null && 'cores' in manifest ? manifest.cores : null;
  if (!Array.isArray(slices) || typeof cores !== 'object' || cores === null) {
    throw new Error('font-manifest.json is incomplete: run node scripts/copy-pdf-fonts.mjs');
  }
  const coreCoverage = new Map<string, (codePoint: number) => boolean>();
  for (const [family, ranges] of Object.entries(cores)) {
    if (typeof ranges !== 'string') throw new Error(`font-manifest.json: the characters of ${family} are malformed`);
    const runs = parseRuns(ranges);
    coreCoverage.set(family, (codePoint) => covers(runs, codePoint));
  }
  return { cores: coreCoverage, slices: slices.map(parseSlice) };
}

function parseSlice(entry: unknown): FontSlice {
  if (typeof entry !== 'object' || entry === null) throw new Error('font-manifest.json: a slice is not an object');
  const script = 'script' in entry ? entry.script : null;
  const family = 'family' in entry ? entry.family : null;
  const ranges = 'ranges' in entry ? entry.ranges : null;
  const files = 'files' in entry && typeof entry.files === 'object' && entry.files !== null ? entry.files : {};
  const regular = 'Regular' in files ? files.Regular : null;
  const bold = 'Bold' in files ? files.Bold : null;
  if (!isSlicedFamily(script) || !isSliceFamily(family, script) || typeof ranges !== 'string' || !isFileEntry(regular) || !isFileEntry(bold)) {
    throw new Error(`font-manifest.json: slice ${String(family)} is malformed`);
  }
  const runs = parseRuns(ranges);
  return {
    family,
    script,
    files: { Regular: regular.file, Bold: bold.file },
    bytes: regular.bytes + bold.bytes,
    has: (codePoint) => covers(runs, codePoint),
  };
}
