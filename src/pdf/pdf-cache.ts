/**
 * Finished PDFs, kept so that printing the same thing again costs nothing: the key is a SHA-256 of
 * everything that changes the output (the plan with its revision, the language and its strings, the
 * paper, the print day that the footer shows, the fonts chosen and the template, that is the worker's
 * own build). Kept in memory only (the worker's, and the page's for complete prints), bounded in bytes: a
 * PDF holds staff phone numbers, so it is never written to storage beside the plan (a deleted plan leaves no
 * PDF behind).
 */
import type { Plan } from '../domain';
import type { LanguageCode } from '../i18n/languages';
import type { PaperSize } from './worker-protocol';

export interface PdfCacheKeyParts {
  plan: Plan;
  language: LanguageCode;
  paperSize: PaperSize;
  /** The day printed in the footer (YYYY-MM-DD): a PDF printed yesterday says so. */
  printDay: string;
  /** The PDF language's strings, by namespace. */
  resources: Record<string, unknown>;
  /** The font families the document is set in, and characters printed as placeholders. */
  fontStack: readonly string[];
  unprintable: readonly string[];
  /** What draws the document: the worker's script URL (hashed per build), or a fixed name in Node. */
  template: string;
}

/**
 * The parts known before the fonts are chosen: the app's own key for complete prints (nothing drawn as a
 * placeholder), whose fonts follow from the plan's text and the language.
 */
export type PdfRequestKeyParts = Omit<PdfCacheKeyParts, 'fontStack' | 'unprintable'>;

export async function pdfCacheKey(parts: PdfCacheKeyParts | PdfRequestKeyParts): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(JSON.stringify(parts)));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Least recently used PDFs first out, once their bytes pass the limit. */
export class PdfCache {
  private readonly entries = new Map<string, Uint8Array>();
  private bytes = 0;

  constructor(private readonly limitBytes: number) {}

  /** A copy of the kept PDF (the caller may transfer it to another thread), or undefined. */
  get(key: string): Uint8Array | undefined {
    const kept = this.entries.get(key);
    if (kept === undefined) return undefined;
    this.entries.delete(key);
    this.entries.set(key, kept);
    return kept.slice();
  }

  set(key: string, pdf: Uint8Array): void {
    if (pdf.byteLength > this.limitBytes) return;
    const previous = this.entries.get(key);
    if (previous !== undefined) {
      this.bytes -= previous.byteLength;
      this.entries.delete(key);
    }
    this.entries.set(key, pdf.slice());
    this.bytes += pdf.byteLength;
    for (const [oldest, oldestPdf] of this.entries) {
      if (this.bytes <= this.limitBytes) break;
      this.entries.delete(oldest);
      this.bytes -= oldestPdf.byteLength;
    }
  }
}

/** The kept PDF for these parts, or a fresh one from `render`, kept for next time. */
export async function cachedPdf(
  cache: PdfCache,
  parts: PdfCacheKeyParts | PdfRequestKeyParts,
  render: () => Promise<Uint8Array>,
): Promise<{ bytes: Uint8Array; fromCache: boolean }> {
  const key = await pdfCacheKey(parts);
  const kept = cache.get(key);
  if (kept !== undefined) return { bytes: kept, fromCache: true };
  const bytes = await render();
  cache.set(key, bytes);
  return { bytes, fromCache: false };
}
