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

test('the first download, the offline install and each language pack stay within budget', () => {
  const chunks = initialChunks();
  const initial = chunks.reduce((sum, file) => sum + gzipSize(file), 0);

  const serviceWorker = readFileSync(join(DIST, 'sw.js'), 'utf8');
  const precached = [...serviceWorker.matchAll(/url:"([^"]+)"/g)].map((match) => match[1] ?? '');
  const precache = precached.reduce((sum, url) => sum + statSync(join(DIST, url)).size, 0);

  const fonts = readdirSync(join(DIST, 'assets')).filter((file) => file.endsWith('.ttf'));
  const packs = Object.fromEntries(
    ['TC', 'SC', 'JP'].map((family) => [
      family,
      fonts
        .filter((file) => file.startsWith(`NotoSans${family}-`))
        .reduce((sum, file) => sum + statSync(join(DIST, 'assets', file)).size, 0),
    ]),
  );

  const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
  console.log(`initial JavaScript (gzip): ${kb(initial)} in ${chunks.join(', ')}`);
  console.log(`precached on first visit: ${kb(precache)} in ${precached.length} files`);
  for (const [family, size] of Object.entries(packs)) console.log(`language pack NotoSans${family}: ${kb(size)}`);

  expect(chunks.some((file) => /pdf\.worker|react-pdf/.test(file)), 'PDF engine in the initial download').toBe(false);
  expect(initial, 'initial JavaScript, gzip').toBeLessThanOrEqual(INITIAL_JS_GZIP);
  expect(precache, 'precache without language packs').toBeLessThanOrEqual(PRECACHE_BYTES);
  for (const [family, size] of Object.entries(packs)) {
    expect(size, `NotoSans${family} language pack`).toBeGreaterThan(0);
    expect(size, `NotoSans${family} language pack`).toBeLessThanOrEqual(LANGUAGE_PACK_BYTES);
  }
});
