// Writes the PDF fonts (Regular and Bold TTF of each Noto Sans family) from their npm packages into
// src/pdf/fonts/generated/, under stable names. The folder is git-ignored: the fonts come from the pinned
// @expo-google-fonts/* devDependencies on every install (postinstall), and again before dev and build in
// case the folder was cleaned.
//
// - Noto Sans and Noto Sans Thai are copied as they are (files already there with the same size are left alone).
// - Noto Sans TC, SC and JP (5–10 MB per weight) are subset with `subset-font` (harfbuzz hb-subset, wasm) so
//   that each Chinese or Japanese language pack (Regular + Bold) stays within the offline budget of 12 MB.
//   Their Han ideographs are cut down to the standard repertoire of the script — Big5 (TC), GB2312 (SC),
//   JIS X 0208 (JP), each as the WHATWG decoders read it, so with the usual vendor rows (ETEN; NEC row 13 and
//   NEC-selected IBM kanji) — plus every character of locales/**/*.json, so every label of every language
//   stays printable. Everything else the fonts have (Latin with Vietnamese, Greek, Cyrillic, punctuation,
//   symbols, kana, bopomofo, full-width forms, ①, ㈱, ㎡) is kept: about 0.24 MB per weight. GBK instead of
//   GB2312 was measured too: about 7.6 MB per weight, over the budget. A character outside the subset is
//   reported to the user before printing (src/pdf/missing-glyphs.ts), like any other character no font has.
//   Layout tables (GSUB/GPOS) are kept, without the vertical-writing features and `aalt` (react-pdf only lays
//   out horizontally; `aalt` is for glyph pickers and would pull the vertical forms back in).
//   A subset is rewritten only when it is missing or older than its source font, this script, subset-font,
//   or a locale file.
// - Every other character of the full Noto Sans TC, SC and JP, and the Hangul of Noto Sans KR (for Korean
//   suppliers and customers), is cut into unicode-range slices of SLICE_CHARACTERS characters each, Regular
//   and Bold, in generated/slices/ (the way web fonts serve CJK). A PDF fetches only the slices its text
//   needs (src/pdf/font-slices.ts); they are never precached. generated/font-manifest.json lists each
//   slice's code points, files and sizes, and the code points of each core subset; generated/language-packs.json the size of each language pack
//   (Regular + Bold), shown under "Languages available offline". Both are rewritten with the subsets.
//
// Licence: the fonts are under the SIL Open Font License 1.1 (LICENSE_FONT in each package); OFL.txt is
// copied next to them. The OFL allows subsetting ("Modified Versions") under the same licence.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const scriptFile = fileURLToPath(import.meta.url);
const root = join(dirname(scriptFile), '..');
const target = join(root, 'src', 'pdf', 'fonts', 'generated');
const sliceDir = join(target, 'slices');
const manifestFile = join(target, 'font-manifest.json');
const packSizesFile = join(target, 'language-packs.json');
const localesDir = join(root, 'locales');

/** Offline budget of one Chinese or Japanese language pack, Regular + Bold of one family: 12 MB (decimal, the
 * stricter reading). */
const PACK_BUDGET_BYTES = 12_000_000;

/** Characters per slice: a slice (Regular + Bold) stays well under 500 KB, the most a rare character may cost. */
const SLICE_CHARACTERS = 300;
const SLICE_BUDGET_BYTES = 500_000;

/** family (as registered with react-pdf and used in file names) → npm package, file prefix, repertoire */
const FAMILIES = [
  { family: 'NotoSans', pkg: '@expo-google-fonts/noto-sans', prefix: 'NotoSans' },
  { family: 'NotoSansThai', pkg: '@expo-google-fonts/noto-sans-thai', prefix: 'NotoSansThai' },
  { family: 'NotoSansTC', pkg: '@expo-google-fonts/noto-sans-tc', prefix: 'NotoSansTC', repertoire: big5 },
  { family: 'NotoSansSC', pkg: '@expo-google-fonts/noto-sans-sc', prefix: 'NotoSansSC', repertoire: gb2312 },
  { family: 'NotoSansJP', pkg: '@expo-google-fonts/noto-sans-jp', prefix: 'NotoSansJP', repertoire: jisX0208 },
];

/** Fonts shipped only as slices: nothing of them is installed up front. */
const SLICE_ONLY = [{ family: 'NotoSansKR', pkg: '@expo-google-fonts/noto-sans-kr', prefix: 'NotoSansKR', ranges: hangulRanges }];

/**
 * Korean: the compatibility jamo and the 11,172 precomposed syllables, which is what keyboards type. The
 * conjoining jamo (U+1100–U+11FF, for old Hangul) are left out: their layout rules pull in thousands of
 * positional glyphs (a 626 KB slice).
 */
function hangulRanges() {
  return [
    [0x3130, 0x318f],
    [0xac00, 0xd7a3],
  ];
}
const WEIGHTS = [
  { weight: 'Regular', folder: '400Regular' },
  { weight: 'Bold', folder: '700Bold' },
];

/** Layout features left out of the subsets: vertical writing, and `aalt` (all alternates, for glyph pickers). */
const DROPPED_FEATURES = new Set(['aalt', 'vert', 'vrt2', 'vkna', 'vrtr', 'vhal', 'vpal', 'vkrn']);

// ---- character sets ---------------------------------------------------------------------------------

const range = (first, last) => Array.from({ length: last - first + 1 }, (_, i) => first + i);

/** Every two-byte sequence lead × trail that `encoding` decodes to one character (not U+FFFD, not private use). */
function decodeTwoByte(encoding, leads, trails) {
  const decoder = new TextDecoder(encoding);
  const chars = [];
  for (const lead of leads) {
    for (const trail of trails) {
      const text = decoder.decode(Uint8Array.of(lead, trail));
      const [char, ...rest] = text;
      if (char === undefined || rest.length > 0 || char === '\uFFFD' || isPrivateUse(char)) continue;
      chars.push(char);
    }
  }
  return chars;
}

function isPrivateUse(char) {
  const codePoint = char.codePointAt(0) ?? 0;
  return (codePoint >= 0xe000 && codePoint <= 0xf8ff) || codePoint >= 0xf0000;
}

/** Traditional Chinese: Big5 (lead 0xA1–0xF9, trail 0x40–0x7E and 0xA1–0xFE). */
function big5() {
  return decodeTwoByte('big5', range(0xa1, 0xf9), [...range(0x40, 0x7e), ...range(0xa1, 0xfe)]);
}

/** Simplified Chinese: GB2312 as EUC-CN (lead 0xA1–0xF7, trail 0xA1–0xFE). */
function gb2312() {
  return decodeTwoByte('gbk', range(0xa1, 0xf7), range(0xa1, 0xfe));
}

/** Japanese: JIS X 0208 as EUC-JP (lead and trail 0xA1–0xFE). */
function jisX0208() {
  return decodeTwoByte('euc-jp', range(0xa1, 0xfe), range(0xa1, 0xfe));
}

/**
 * Characters every CJK subset keeps, besides its repertoire: everything outside the Han ideographs (which
 * are most of a font's size). Code points a font has no glyph for are simply skipped by hb-subset.
 */
const NON_HAN_RANGES = [
  // ASCII, Latin-1, Latin Extended-A/B, combining marks, Greek, Cyrillic, Vietnamese (U+1EA0–U+1EF9),
  // general punctuation, letterlike symbols, arrows, maths, box drawing, shapes, symbols (☎ ✓), enclosed
  // alphanumerics (①②…)
  [0x0020, 0x2e7f],
  // CJK radicals, CJK symbols and punctuation (U+3000–U+303F), hiragana and katakana (U+3040–U+30FF),
  // bopomofo, enclosed CJK letters (㈱), CJK compatibility (㎡)
  [0x2e80, 0x33ff],
  // presentation forms (ﬁ), vertical and small forms, half-width and full-width forms (U+FF00–U+FFEF)
  [0xfb00, 0xfffd],
  // enclosed alphanumeric and ideographic supplements (🄰 🈂)
  [0x1f100, 0x1f2ff],
];

function nonHanCharacters() {
  return NON_HAN_RANGES.flatMap(([first, last]) =>
    range(first, last)
      .filter((codePoint) => codePoint < 0x7f || codePoint > 0x9f) // no control characters
      .map((codePoint) => String.fromCodePoint(codePoint)),
  );
}

/** The JSON files under locales/, recursively. */
function localeFiles(dir = localesDir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return localeFiles(path);
    return entry.name.endsWith('.json') ? [path] : [];
  });
}

/** Every character of every locale file: the raw text, plus the parsed strings (for \u escapes). */
function localeCharacters() {
  const chars = [];
  const collect = (value) => {
    if (typeof value === 'string') chars.push(...value);
    else if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object')
      for (const [key, inner] of Object.entries(value)) {
        chars.push(...key);
        collect(inner);
      }
  };
  for (const file of localeFiles()) {
    const text = readFileSync(file, 'utf8');
    chars.push(...text);
    try {
      collect(JSON.parse(text));
    } catch {
      console.warn(`copy-pdf-fonts: ${file} is not valid JSON; only its literal characters are kept.`);
    }
  }
  return chars;
}

/** The subset text of a family: its repertoire, the non-Han ranges and the locales, sorted by code point. */
function subsetText(repertoire, locales) {
  const codePoints = new Set([...repertoire(), ...nonHanCharacters(), ...locales].map((char) => char.codePointAt(0) ?? 0));
  return String.fromCodePoint(...[...codePoints].filter((codePoint) => codePoint >= 0x20).sort((a, b) => a - b));
}

// ---- font tables ------------------------------------------------------------------------------------

/** The feature tags of the font's GSUB and GPOS tables (read from the table directory, no font library). */
function layoutFeatureTags(font) {
  const tags = new Set();
  const tableCount = font.readUInt16BE(4);
  for (let i = 0; i < tableCount; i += 1) {
    const record = 12 + 16 * i;
    const tag = font.toString('latin1', record, record + 4);
    if (tag !== 'GSUB' && tag !== 'GPOS') continue;
    const table = font.readUInt32BE(record + 8);
    const featureList = table + font.readUInt16BE(table + 6);
    const featureCount = font.readUInt16BE(featureList);
    for (let f = 0; f < featureCount; f += 1) {
      const featureRecord = featureList + 2 + 6 * f;
      tags.add(font.toString('latin1', featureRecord, featureRecord + 4));
    }
  }
  return [...tags];
}

// ---- writing ----------------------------------------------------------------------------------------

function copyIfChanged(from, to) {
  if (existsSync(to) && statSync(to).size === statSync(from).size) return false;
  copyFileSync(from, to);
  return true;
}

function resolveFont(pkg, prefix, folder) {
  try {
    return require.resolve(`${pkg}/${folder}/${prefix}_${folder}.ttf`);
  } catch {
    console.error(`copy-pdf-fonts: ${pkg} is not installed; run npm ci (the font packages are devDependencies).`);
    process.exit(1);
  }
}

/** The newest modification time of the files a subset depends on besides its source font. */
function newestSharedInput() {
  const files = [scriptFile, ...localeFiles()];
  try {
    files.push(require.resolve('subset-font/package.json'));
  } catch {
    // reported when a subset has to be made
  }
  return Math.max(...files.map((file) => statSync(file).mtimeMs));
}

async function loadSubsetFont() {
  try {
    return (await import('subset-font')).default;
  } catch {
    console.error('copy-pdf-fonts: subset-font is not installed; run npm ci (it is a devDependency).');
    process.exit(1);
  }
}

const started = performance.now();
mkdirSync(target, { recursive: true });
let copied = 0;
const pending = [];
const sharedInput = newestSharedInput();
for (const { family, pkg, prefix, repertoire } of FAMILIES) {
  for (const { weight, folder } of WEIGHTS) {
    const source = resolveFont(pkg, prefix, folder);
    const output = join(target, `${family}-${weight}.ttf`);
    if (!repertoire) {
      if (copyIfChanged(source, output)) copied += 1;
      continue;
    }
    const fresh = existsSync(output) && statSync(output).mtimeMs > Math.max(statSync(source).mtimeMs, sharedInput);
    if (!fresh) pending.push({ family, weight, source, output, repertoire });
  }
}
if (copyIfChanged(require.resolve('@expo-google-fonts/noto-sans/LICENSE_FONT'), join(target, 'OFL.txt'))) copied += 1;
if (copied > 0) console.warn(`copy-pdf-fonts: ${copied} file(s) copied to ${target}`);

if (pending.length > 0) {
  const subsetFont = await loadSubsetFont();
  const locales = localeCharacters();
  for (const { family, weight, source, output, repertoire } of pending) {
    const font = readFileSync(source);
    const text = subsetText(repertoire, locales);
    const keepFeatures = layoutFeatureTags(font).filter((tag) => !DROPPED_FEATURES.has(tag));
    const subset = await subsetFont(font, text, { targetFormat: 'truetype', keepFeatures });
    const partial = `${output}.partial`;
    writeFileSync(partial, subset);
    renameSync(partial, output); // never leave a half-written font that looks up to date
    console.warn(
      `copy-pdf-fonts: ${family}-${weight}.ttf subset (${[...text].length.toLocaleString('en')} characters asked for): ` +
        `${font.length.toLocaleString('en')} → ${subset.length.toLocaleString('en')} bytes`,
    );
  }
  console.warn(`copy-pdf-fonts: ${pending.length} font(s) subset in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

// ---- slices -----------------------------------------------------------------------------------------

/** The code points a font maps (its cmap), through fontkit, which react-pdf already depends on. */
async function fontCodePoints(file) {
  const fontkit = await import('fontkit');
  return fontkit.openSync(file).characterSet;
}

/** Sorted code points as hexadecimal runs, like CSS unicode-range: "4e0e-4e0f,4e12". */
function toRuns(codePoints) {
  const runs = [];
  for (const codePoint of codePoints) {
    const last = runs.at(-1);
    if (last && last[1] === codePoint - 1) last[1] = codePoint;
    else runs.push([codePoint, codePoint]);
  }
  return runs.map(([first, last]) => (first === last ? first.toString(16) : `${first.toString(16)}-${last.toString(16)}`)).join(',');
}

/** The characters of a family that go into slices: the full font's, minus its subset's (or within `ranges`). */
async function sliceCodePoints({ family, pkg, prefix, repertoire, ranges }, locales) {
  const full = await fontCodePoints(resolveFont(pkg, prefix, '400Regular'));
  if (ranges) {
    const wanted = ranges();
    return full.filter((codePoint) => wanted.some(([first, last]) => codePoint >= first && codePoint <= last)).sort((a, b) => a - b);
  }
  const core = new Set([...subsetText(repertoire, locales)].map((char) => char.codePointAt(0) ?? 0));
  return full.filter((codePoint) => codePoint > 0x20 && !core.has(codePoint)).sort((a, b) => a - b);
}

function sliceFile(family, index, weight) {
  return `${family}-${String(index).padStart(3, '0')}-${weight}.ttf`;
}

async function writeSlices(entry, locales, subsetFont) {
  const { family, pkg, prefix } = entry;
  for (const old of readdirSync(sliceDir)) if (old.startsWith(`${family}-`)) rmSync(join(sliceDir, old));
  const codePoints = await sliceCodePoints(entry, locales);
  const sources = Object.fromEntries(WEIGHTS.map(({ weight, folder }) => [weight, readFileSync(resolveFont(pkg, prefix, folder))]));
  const slices = [];
  for (let start = 0, index = 0; start < codePoints.length; start += SLICE_CHARACTERS, index += 1) {
    const part = codePoints.slice(start, start + SLICE_CHARACTERS);
    const files = {};
    for (const { weight } of WEIGHTS) {
      const font = sources[weight];
      const keepFeatures = layoutFeatureTags(font).filter((tag) => !DROPPED_FEATURES.has(tag));
      const subset = await subsetFont(font, String.fromCodePoint(...part), { targetFormat: 'truetype', keepFeatures });
      const file = sliceFile(family, index, weight);
      writeFileSync(join(sliceDir, file), subset);
      files[weight] = { file, bytes: subset.length };
    }
    slices.push({ family: `${family}-${index}`, script: family, ranges: toRuns(part), files });
  }
  console.warn(`copy-pdf-fonts: ${family}: ${codePoints.length.toLocaleString('en')} characters in ${slices.length} slices`);
  return slices;
}

const manifestInputs = Math.max(sharedInput, ...[...FAMILIES, ...SLICE_ONLY].map(({ pkg, prefix }) => statSync(resolveFont(pkg, prefix, '400Regular')).mtimeMs));
const staleManifest = !existsSync(manifestFile) || !existsSync(packSizesFile) || statSync(manifestFile).mtimeMs <= manifestInputs || pending.length > 0;
if (staleManifest) {
  const subsetFont = await loadSubsetFont();
  const locales = localeCharacters();
  mkdirSync(sliceDir, { recursive: true });
  const slices = [];
  for (const entry of [...FAMILIES.filter(({ repertoire }) => repertoire), ...SLICE_ONLY]) slices.push(...(await writeSlices(entry, locales, subsetFont)));
  const packs = Object.fromEntries(
    FAMILIES.filter(({ repertoire }) => repertoire).map(({ family }) => [
      family,
      WEIGHTS.reduce((sum, { weight }) => sum + statSync(join(target, `${family}-${weight}.ttf`)).size, 0),
    ]),
  );
  writeFileSync(packSizesFile, `${JSON.stringify(packs)}\n`);
  const partial = `${manifestFile}.partial`;
  // The characters of each core subset too, so that a PDF can tell which fonts its text needs without
  // downloading a language pack to look.
  const cores = {};
  for (const { family, repertoire } of FAMILIES) {
    if (repertoire) cores[family] = toRuns((await fontCodePoints(join(target, `${family}-Regular.ttf`))).sort((a, b) => a - b));
  }
  writeFileSync(partial, `${JSON.stringify({ cores, slices })}\n`);
  renameSync(partial, manifestFile);
  console.warn(`copy-pdf-fonts: ${slices.length} slices written in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

// The budgets are checked on every run, so an oversized pack or slice is reported again until it is fixed.
for (const slice of JSON.parse(readFileSync(manifestFile, 'utf8')).slices) {
  const bytes = WEIGHTS.reduce((sum, { weight }) => sum + slice.files[weight].bytes, 0);
  if (bytes > SLICE_BUDGET_BYTES) {
    console.error(`copy-pdf-fonts: slice ${slice.family} (Regular + Bold) is ${bytes.toLocaleString('en')} bytes, over ${SLICE_BUDGET_BYTES.toLocaleString('en')}.`);
    process.exitCode = 1;
  }
}
for (const { family, repertoire } of FAMILIES) {
  if (!repertoire) continue;
  const bytes = WEIGHTS.reduce((sum, { weight }) => sum + statSync(join(target, `${family}-${weight}.ttf`)).size, 0);
  if (pending.some((entry) => entry.family === family))
    console.warn(`copy-pdf-fonts: ${family} language pack (Regular + Bold): ${bytes.toLocaleString('en')} bytes`);
  if (bytes > PACK_BUDGET_BYTES) {
    console.error(
      `copy-pdf-fonts: ${family} Regular + Bold is ${bytes.toLocaleString('en')} bytes, over the ` +
        `${PACK_BUDGET_BYTES.toLocaleString('en')}-byte budget of a language pack.`,
    );
    process.exitCode = 1;
  }
}
