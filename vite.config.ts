import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * Only the app's own origin, ever: no inline script and no eval. 'wasm-unsafe-eval' lets the PDF
 * worker compile react-pdf's layout engine (yoga, WebAssembly); it does not allow JavaScript eval.
 * blob: is for the PDF preview and download; data: for images react-pdf may inline.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self' blob:",
  "frame-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** The same policy as a meta tag in the built page, for hosts that cannot send headers (not in dev: HMR needs inline script). */
const contentSecurityPolicyMeta: Plugin = {
  name: 'content-security-policy-meta',
  apply: 'build',
  transformIndexHtml: () => [
    { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
  ],
};

export default defineConfig({
  plugins: [
    react(),
    contentSecurityPolicyMeta,
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['icon.svg', 'apple-touch-icon.png'],
      manifest: {
        name: 'BCP Builder',
        short_name: 'BCP Builder',
        description: 'Write your business continuity plan in ten steps, offline, in eight languages.',
        lang: 'en',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        theme_color: '#0b5d7a',
        background_color: '#f4f6f8',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest,ttf}'],
        // The Chinese and Japanese fonts and the slices of the Chinese, Japanese and Korean fonts
        // (NotoSansKR-*) are never precached.
        globIgnores: ['**/NotoSansTC-*.ttf', '**/NotoSansSC-*.ttf', '**/NotoSansJP-*.ttf', '**/NotoSansKR-*.ttf'],
        maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
        navigateFallback: 'index.html',
        runtimeCaching: [
          {
            // The Chinese and Japanese PDF fonts are language packs, downloaded on demand; their slices
            // (and Korean's) are fetched by the PDF worker when a plan needs one, and kept here for
            // offline use (a literal: workbox copies this pattern into the service worker).
            urlPattern: /\/assets\/NotoSans(TC|SC|JP|KR)-[^/]*\.ttf$/,
            handler: 'CacheFirst',
            options: { cacheName: 'cjk-fonts', cacheableResponse: { statuses: [200] } },
          },
        ],
      },
    }),
  ],
  server: { host: '127.0.0.1' },
  worker: { format: 'es' },
  preview: {
    host: '127.0.0.1',
    port: 4173,
    strictPort: true,
    headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY },
  },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    environment: 'node',
  },
});
