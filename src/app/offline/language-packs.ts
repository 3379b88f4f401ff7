import type { LanguageCode } from '../../i18n';
import type { CoreFontFamily } from '../../pdf/fonts';
import { PDF_FONT_URLS } from '../../pdf/font-urls';
import PACK_SIZES from '../../pdf/fonts/generated/language-packs.json';

/** The cache the service worker reads the Chinese and Japanese PDF fonts from (see vite.config.ts). */
const PACK_CACHE = 'cjk-fonts';

/** Languages whose PDF font is too large to install with the app: it comes as a pack, on demand. */
const PACK_FAMILIES: Partial<Record<LanguageCode, keyof typeof PACK_SIZES & CoreFontFamily>> = {
  'zh-Hant': 'NotoSansTC',
  'zh-Hans': 'NotoSansSC',
  ja: 'NotoSansJP',
};

export function hasLanguagePack(language: LanguageCode): boolean {
  return PACK_FAMILIES[language] !== undefined;
}

function packUrls(language: LanguageCode): readonly string[] {
  const family = PACK_FAMILIES[language];
  return family ? PDF_FONT_URLS[family] : [];
}

/** Whether printing in `language` works without a network: its fonts are installed or in the pack cache. */
export async function isLanguageReadyOffline(language: LanguageCode): Promise<boolean> {
  const urls = packUrls(language);
  if (urls.length === 0) return true;
  if (!('caches' in window)) return false;
  const cache = await caches.open(PACK_CACHE);
  const found = await Promise.all(urls.map((url) => cache.match(url)));
  return found.every(Boolean);
}

/**
 * The pack's download size in bytes (Regular + Bold), as measured by the build (scripts/copy-pdf-fonts.mjs),
 * so the list asks nothing of the network; null for a language without a pack.
 */
export function languagePackSize(language: LanguageCode): number | null {
  const family = PACK_FAMILIES[language];
  return family ? PACK_SIZES[family] : null;
}

/** Downloads a language pack into the cache, reporting the share done (0 to 1). */
export async function downloadLanguagePack(language: LanguageCode, onProgress: (share: number) => void): Promise<void> {
  const cache = await caches.open(PACK_CACHE);
  const responses = await Promise.all(packUrls(language).map((url) => fetch(url, { cache: 'no-store' })));
  if (responses.some((response) => !response.ok || !response.body)) throw new Error('language pack download failed');
  const total = responses.reduce((sum, response) => sum + Number(response.headers.get('content-length') ?? 0), 0);
  let loaded = 0;
  const urls = packUrls(language);
  await Promise.all(
    responses.map(async (response, index) => {
      const chunks: Uint8Array<ArrayBuffer>[] = [];
      const reader = (response.body as ReadableStream<Uint8Array<ArrayBuffer>>).getReader();
      for (let part = await reader.read(); !part.done; part = await reader.read()) {
        chunks.push(part.value);
        loaded += part.value.byteLength;
        if (total > 0) onProgress(Math.min(loaded / total, 1));
      }
      const body = new Blob(chunks, { type: 'font/ttf' });
      await cache.put(urls[index] ?? '', new Response(body, { headers: { 'Content-Type': 'font/ttf' } }));
    }),
  );
  onProgress(1);
}

/** While online, fetches the pack of a language the user has just chosen, so that it prints offline later. */
export async function prepareLanguageOffline(language: LanguageCode): Promise<void> {
  if (!hasLanguagePack(language) || !navigator.onLine || (await isLanguageReadyOffline(language))) return;
  await downloadLanguagePack(language, () => undefined);
}
