/**
 * Module resolution hook of the benchmark: `@react-pdf/renderer` resolves to the HTML stand-in
 * (`./react-pdf-html.tsx`), so the app's own document components render to HTML for Chromium's print.
 * Registered with `module.register()` before the document is imported.
 */
const STANDIN = new URL('./react-pdf-html.tsx', import.meta.url).href;

export async function resolve(specifier, context, nextResolve) {
  if (specifier === '@react-pdf/renderer') return nextResolve(STANDIN, context);
  return nextResolve(specifier, context);
}
