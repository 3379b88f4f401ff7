import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';

/**
 * Budgets read from the production build (npm run build), so they hold on any machine; KB and MB are
 * taken as 1,000 and 1,000,000 bytes, the stricter reading.
 */
const INITIAL_JS_GZIP = 150_000;
const PRECACHE_BYTES = 6_000_000;
const LANGUAGE_PACK_BYTES = 12_000_000;
/** A slice of a Chinese, Japanese or Korean font, Regular + Bold: the most one rare character adds. */
const SLICE_BYTES = 500_000;

const DIST = 'dist';
const gzipSize = (file: string) => gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length;

/** The entry chunk and every chunk it imports statically (dynamic import() chunks load later). */
function initialChunks(): string[] {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const entries = [...html.matchAll(/<script[^>]+src="\/([^"]+\.js)"/g)].map((match) => match[1] ?? '');
  const found = new Set<string>();
  const visit = (file: string) => {
    if (found.has(file)) return;
    found.add(file);
    const code = readFileSync(join(DIST, file), 'utf8');
    for (const match of code.matchAll(/(?:\bfrom|\bimport)\s*["']\.\/([^"']+\.js)["']/g)) visit(`assets/${match[1]}`);
  };
  entries.forEach(visit);
  return [...found];
}

/** A slice's asset name (scripts/copy-pdf-fonts.mjs names it NotoSansTC-003-Bold.ttf; Vite adds a hash). */
const SLICE = /^NotoSans(?:TC|SC|JP|KR)-(\d{3})-(?:Regular|Bold)-[\w-]+\.ttf$/;

test('the first download, the offline install, each language pack and each font slice stay within budget', () => {
  const chunks = initialChunks();
  const initial = chunks.reduce((sum, file) => sum + gzipSize(file), 0);

  const serviceWorker = readFileSync(join(DIST, 'sw.js'), 'utf8');
  const precached = [...serviceWorker.matchAll(/url:"([^"]+)"/g)].map((match) => match[1] ?? '');
  const precache = precached.reduce((sum, url) => sum + statSync(join(DIST, url)).size, 0);

  const fonts = readdirSync(join(DIST, 'assets')).filter((file) => file.endsWith('.ttf'));
  const size = (file: string) => statSync(join(DIST, 'assets', file)).size;
  const packs = Object.fromEntries(
    ['TC', 'SC', 'JP'].map((family) => [
      family,
      fonts.filter((file) => new RegExp(`^NotoSans${family}-(Regular|Bold)-`).test(file)).reduce((sum, file) => sum + size(file), 0),
    ]),
  );
  const slices = new Map<string, number>();
  for (const file of fonts.filter((name) => SLICE.test(name))) {
    const key = file.replace(/-(Regular|Bold)-.*$/, '');
    slices.set(key, (slices.get(key) ?? 0) + size(file));
  }
  const largestSlice = Math.max(...slices.values());

  const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
  console.log(`initial JavaScript (gzip): ${kb(initial)} in ${chunks.join(', ')}`);
  console.log(`precached on first visit: ${kb(precache)} in ${precached.length} files`);
  for (const [family, bytes] of Object.entries(packs)) console.log(`language pack NotoSans${family}: ${kb(bytes)}`);
  console.log(`${slices.size} font slices, the largest (Regular + Bold) ${kb(largestSlice)}`);

  // Nothing to measure is a broken build or a wrong path, not a pass.
  expect(chunks.length, 'initial chunks found').toBeGreaterThan(0);
  expect(precached.length, 'precached files found').toBeGreaterThan(0);
  expect(fonts.length, 'font files found').toBeGreaterThan(0);
  for (const family of ['TC', 'SC', 'JP', 'KR']) {
    expect([...slices.keys()].filter((key) => key.startsWith(`NotoSans${family}-`)).length, `NotoSans${family} slices`).toBeGreaterThan(0);
  }

  expect(chunks.some((file) => /pdf\.worker|react-pdf/.test(file)), 'PDF engine in the initial download').toBe(false);
  expect(
    chunks.filter((file) => readFileSync(join(DIST, file), 'utf8').includes('wordprocessingml/2006/main')),
    'Word document engine (docx) in the initial download',
  ).toEqual([]);
  expect(precached.some((url) => /docx\.worker-[\w-]+\.js$/.test(url)), 'Word document worker precached for offline use').toBe(true);
  expect(initial, 'initial JavaScript, gzip').toBeLessThanOrEqual(INITIAL_JS_GZIP);
  expect(precache, 'precache without language packs').toBeLessThanOrEqual(PRECACHE_BYTES);
  expect(
    precached.filter((url) => /NotoSans(TC|SC|JP|KR)-/.test(url)),
    'Chinese, Japanese and Korean fonts are never precached',
  ).toEqual([]);
  for (const [family, bytes] of Object.entries(packs)) {
    expect(bytes, `NotoSans${family} language pack`).toBeGreaterThan(0);
    expect(bytes, `NotoSans${family} language pack`).toBeLessThanOrEqual(LANGUAGE_PACK_BYTES);
  }
  for (const [slice, bytes] of slices) {
    expect(bytes, `slice ${slice}, Regular + Bold`).toBeLessThanOrEqual(SLICE_BYTES);
  }
});
