import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import { importBoundaries } from './eslint/import-boundaries.js';

/** Import directions from ../shared/design.md: each folder of src/ lists the folders it must not import. */
const layers = {
  domain: ['questionnaire', 'i18n', 'persistence', 'ui', 'forms', 'app', 'pdf', 'docx'],
  questionnaire: ['i18n', 'persistence', 'ui', 'forms', 'app', 'pdf', 'docx'],
  i18n: ['domain', 'questionnaire', 'persistence', 'ui', 'forms', 'app', 'pdf', 'docx'],
  persistence: ['questionnaire', 'i18n', 'ui', 'forms', 'app', 'pdf', 'docx'],
  ui: ['persistence', 'forms', 'app', 'pdf', 'docx'],
  forms: ['persistence', 'app', 'pdf', 'docx'],
  // pdf reads the questionnaire's step definitions (pure data over domain) for the blank worksheets.
  pdf: ['persistence', 'ui', 'forms', 'app', 'docx'],
  // docx (the Word document) reads the PDF's React-free facts, translator and file names, never its documents.
  docx: ['persistence', 'ui', 'forms', 'app'],
};

const noReact = { names: ['react', 'react-*'], why: 'it has no React' };
/** Packages a folder must not import. */
const packages = {
  domain: [noReact],
  persistence: [noReact],
  pdf: [
    {
      names: ['react-dom', 'react-i18next', 'wouter', 'react-hook-form'],
      why: 'src/pdf runs in a worker and in Node: react-pdf primitives only, no React DOM or UI',
    },
  ],
  docx: [
    noReact,
    { names: ['@react-pdf/*'], why: 'src/docx runs in its own worker and in Node without the PDF engine: only the React-free parts of src/pdf' },
  ],
};

/**
 * The feature folders of src/app and their doors: the modules the other feature folders may import (their
 * routes' screens and what the design shares). shell holds the services every feature uses.
 */
const features = {
  shell: ['repository-context', 'save-file', 'navigation', 'route-focus', 'use-notice', 'plan-changes', 'storage-persistence'],
  plans: ['PlansListPage', 'example-copy'],
  'plan-files': ['use-plan-files', 'ExportPlanButton', 'plan-file-messages'],
  editor: ['PlanEditorScreens', 'editor-context', 'PlanIssueList', 'unsaved-work', 'editor-safety'],
  review: ['ReviewPage'],
  printing: ['PrintPage', 'SummaryPage', 'WorksheetsPage', 'BatchPrintPage', 'workshop-shared', 'use-pdf-job', 'PdfJobControls'],
  offline: ['language-packs', 'InstallHint', 'OfflineLanguages'],
  emergency: ['EmergencyScreen', 'EmergencyLink'],
};

/**
 * Full zod is not tree-shakable and weighs on the initial download; zod/mini is the same library.
 */
const restrictedPaths = ['zod', 'zod/v4'].map((name) => ({
  name,
  message: "Use the tree-shakable 'zod/mini' API instead of full zod (import * as z from 'zod/mini').",
}));

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report'] },
  {
    extends: [js.configs.recommended, ...tseslint.configs.strict],
    files: ['**/*.{ts,tsx,js}'],
    languageOptions: { ecmaVersion: 2023, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, bcp: { rules: { 'import-boundaries': importBoundaries } } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
      'no-restricted-imports': ['error', { paths: restrictedPaths }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: { 'bcp/import-boundaries': ['error', { layers, packages, features }] },
  },
  {
    files: ['scripts/**/*.{ts,mjs,js}', 'e2e/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
);
