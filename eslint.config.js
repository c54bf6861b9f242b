// @ts-check
/**
 * Lint: the recommended rules plus the boundaries between the extension's parts. src/core is pure
 * (runs in Node, the page, the popup and the CLIs): no browser, DOM, WXT or Node imports or
 * globals. Content scripts never import background code (it would ship the fact database into
 * every page).
 */
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const BROWSER_MODULES = [
  { name: 'wxt', message: 'src/core is pure: pass what it needs in.' },
  { name: 'webextension-polyfill', message: 'src/core is pure: pass what it needs in.' },
  { name: 'preact', message: 'src/core is pure: UI lives in src/ui.' },
];
const BROWSER_PATTERNS = [
  { group: ['wxt/*', '@wxt-dev/*', 'node:*', 'preact/*'], message: 'src/core is pure: no WXT, browser, Node or UI imports.' },
  {
    group: [
      '**/content/**',
      '**/background/**',
      '**/ui/**',
      '**/entrypoints/**',
      '../*.ts',
      '../messaging',
      '../protocol',
      '../*-store',
      '../bundled',
      '~/**',
    ],
    message: 'src/core imports only src/core.',
  },
];
const DOM_GLOBALS = [
  'window',
  'document',
  'navigator',
  'location',
  'chrome',
  'browser',
  'CSS',
  'Highlight',
  'Node',
  'Range',
  'HTMLElement',
  'Element',
  'localStorage',
  'fetch',
  'requestIdleCallback',
  'process',
].map((name) => ({ name, message: 'src/core is pure: take it as a parameter.' }));

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'src/generated/**', 'test-results/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2024, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // `declare const chrome: …` in e2e tests and optional browser APIs are typed loosely on purpose.
      '@typescript-eslint/no-explicit-any': 'off',
      'no-undef': 'off', // TypeScript checks names; the rule does not know WXT's auto-imports.
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: BROWSER_MODULES, patterns: BROWSER_PATTERNS }],
      'no-restricted-globals': ['error', ...DOM_GLOBALS],
    },
  },
  {
    files: ['src/content/**/*.{ts,tsx}', 'entrypoints/content/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/background/**', '~/src/background/*'],
              message: 'Content scripts never import background code: ask it with a message.',
            },
            {
              group: ['**/generated/facts.json', '**/bundled', '~/src/bundled'],
              message: 'The fact database stays in the background; the content script has bundled-patterns and asks for records.',
            },
          ],
        },
      ],
    },
  },
);
