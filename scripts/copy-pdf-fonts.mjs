// Copies the PDF fonts (Regular and Bold TTF of each Noto Sans family) out of their npm packages into
// src/pdf/fonts/generated/, under stable names. The folder is git-ignored: the fonts come from the pinned
// @expo-google-fonts/* devDependencies on every install (postinstall), and again before dev and build in
// case the folder was cleaned. Files that are already there with the same size are left alone.
//
// Licence: the fonts are under the SIL Open Font License 1.1 (LICENSE_FONT in each package); OFL.txt is
// copied next to them.
import { copyFileSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const target = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'pdf', 'fonts', 'generated');

/** family (as registered with react-pdf and used in file names) → npm package and file prefix */
const FAMILIES = [
  { family: 'NotoSans', pkg: '@expo-google-fonts/noto-sans', prefix: 'NotoSans' },
  { family: 'NotoSansThai', pkg: '@expo-google-fonts/noto-sans-thai', prefix: 'NotoSansThai' },
  { family: 'NotoSansTC', pkg: '@expo-google-fonts/noto-sans-tc', prefix: 'NotoSansTC' },
  { family: 'NotoSansSC', pkg: '@expo-google-fonts/noto-sans-sc', prefix: 'NotoSansSC' },
  { family: 'NotoSansJP', pkg: '@expo-google-fonts/noto-sans-jp', prefix: 'NotoSansJP' },
];
const WEIGHTS = [
  { weight: 'Regular', folder: '400Regular' },
  { weight: 'Bold', folder: '700Bold' },
];

function copyIfChanged(from, to) {
  if (existsSync(to) && statSync(to).size === statSync(from).size) return false;
  copyFileSync(from, to);
  return true;
}

mkdirSync(target, { recursive: true });
let copied = 0;
for (const { family, pkg, prefix } of FAMILIES) {
  for (const { weight, folder } of WEIGHTS) {
    let source;
    try {
      source = require.resolve(`${pkg}/${folder}/${prefix}_${folder}.ttf`);
    } catch {
      console.error(`copy-pdf-fonts: ${pkg} is not installed; run npm ci (the font packages are devDependencies).`);
      process.exit(1);
    }
    if (copyIfChanged(source, join(target, `${family}-${weight}.ttf`))) copied += 1;
  }
}
if (copyIfChanged(require.resolve('@expo-google-fonts/noto-sans/LICENSE_FONT'), join(target, 'OFL.txt'))) copied += 1;
if (copied > 0) console.warn(`copy-pdf-fonts: ${copied} file(s) copied to ${target}`);
