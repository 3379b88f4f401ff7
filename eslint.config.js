import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/** Import directions from ../shared/design.md: each layer lists the layers it must not import. */
const layers = {
  domain: ['questionnaire', 'i18n', 'persistence', 'ui', 'forms', 'app', 'pdf'],
  questionnaire: ['i18n', 'persistence', 'ui', 'forms', 'app', 'pdf'],
  i18n: ['domain', 'questionnaire', 'persistence', 'ui', 'forms', 'app', 'pdf'],
  persistence: ['questionnaire', 'i18n', 'ui', 'forms', 'app', 'pdf'],
  ui: ['persistence', 'forms', 'app', 'pdf'],
  forms: ['persistence', 'app', 'pdf'],
  // pdf reads the questionnaire's step definitions (pure data over domain) for the blank worksheets.
  pdf: ['persistence', 'ui', 'forms', 'app'],
  // docx (the Word document) reads the PDF's React-free facts, translator and file names, never its documents.
  docx: ['persistence', 'ui', 'forms', 'app'],
};

/**
 * Full zod is not tree-shakable and weighs on the initial download; zod/mini is the same library.
 * Listed in every no-restricted-imports setting below, since a later setting replaces an earlier one.
 */
const restrictedPaths = ['zod', 'zod/v4'].map((name) => ({
  name,
  message: "Use the tree-shakable 'zod/mini' API instead of full zod (import * as z from 'zod/mini').",
}));

const boundaryRules = Object.entries(layers).map(([layer, forbidden]) => ({
  files: [`src/${layer}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        paths: restrictedPaths,
        patterns: [
          {
            group: forbidden.flatMap((other) => [`../${other}`, `../${other}/*`, `../../${other}`, `../../${other}/*`]),
            message: `src/${layer} must not import from these layers (see shared/design.md).`,
          },
          ...(['domain', 'persistence', 'docx'].includes(layer)
            ? [{ group: ['react', 'react-dom', 'react-*'], message: `src/${layer} has no React.` }]
            : []),
          ...(layer === 'docx'
            ? [
                {
                  group: ['@react-pdf/*', '../pdf/render', '../pdf/fonts*', '../pdf/document/blocks', '../pdf/document/PlanDocument'],
                  message: 'src/docx runs in its own worker and in Node without the PDF engine: only the React-free parts of src/pdf.',
                },
              ]
            : []),
          ...(layer === 'pdf'
            ? [
                {
                  group: ['react-dom', 'react-dom/*', 'react-i18next', 'wouter', 'wouter/*', 'react-hook-form'],
                  message: 'src/pdf runs in a worker and in Node: react-pdf primitives only, no React DOM or UI.',
                },
              ]
            : []),
        ],
      },
    ],
  },
}));

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report'] },
  {
    extends: [js.configs.recommended, ...tseslint.configs.strict],
    files: ['**/*.{ts,tsx,js}'],
    languageOptions: { ecmaVersion: 2023, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
      'no-restricted-imports': ['error', { paths: restrictedPaths }],
    },
  },
  ...boundaryRules,
  {
    files: ['scripts/**/*.{ts,mjs,js}', 'e2e/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
);
