import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Imports, as written (relative), that reach into a folder: `../page/x`, `../../lib/page/x`. */
const into = (...folders) => `(^|/)(${folders.join('|')})/`;
const ENTRYPOINTS = ['bootstrap', 'overlay\\.content', 'panel', 'popup', 'options', 'background', 'offscreen'];
const SHARED_MAY_NOT = [into('page', 'extension', 'components', 'entrypoints', 'cli', ...ENTRYPOINTS)];
const PAGE_MAY_NOT = [into('extension', 'components', 'cli', 'panel', 'popup', 'options'), '^\\.\\./(bootstrap|overlay\\.content)/'];
const EXTENSION_MAY_NOT = [into('page', 'cli', 'bootstrap', 'overlay\\.content')];
const PAGE_FREE_OF = ['react', 'react-dom', 'react-dom/client', 'dexie', 'dexie-react-hooks', 'zod'];
/** Tests and their helpers may reach across: they check both sides. */
const TEST_FILES = ['**/*.test.{ts,tsx}', '**/test-*.ts'];
const boundary = (message, regexes) => ({ regex: regexes.join('|'), message });

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'coverage/**', '.scratch/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Page content is hostile: it is rendered as text only, and no code is ever built from strings.
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[property.name=/^(innerHTML|outerHTML)$/]", message: 'Render page content as text (textContent or React), never as HTML.' },
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Render page content as text, never as HTML.' },
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render page content as text, never as HTML.' },
        { selector: "CallExpression[callee.name='eval']", message: 'No eval: extensions may not run code built from strings.' },
        { selector: "NewExpression[callee.name='Function']", message: 'No new Function: extensions may not run code built from strings.' },
      ],
    },
  },
  // The boundary between what runs in the candidate's page and what runs in the extension's own
  // origin (README, "Layout"). Page code sees the page's hostile DOM and may reach the extension
  // only through the protocols; extension code holds the recruiter's data. Each side imports its
  // own code and lib/shared/ (schemas, protocols, the skill dictionary), never the other side.
  {
    files: ['lib/shared/**/*.{ts,tsx}'],
    ignores: TEST_FILES,
    rules: { 'no-restricted-imports': ['error', { patterns: [boundary('lib/shared/ is shared by both sides: it imports only lib/shared/.', SHARED_MAY_NOT)] }] },
  },
  {
    files: ['lib/page/**/*.{ts,tsx}', 'entrypoints/bootstrap/**', 'entrypoints/overlay.content/**'],
    ignores: TEST_FILES,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: PAGE_FREE_OF.map((name) => ({ name, message: 'The page side stays small: the panel (React) runs in the extension frame, and the page side checks messages with valibot (lib/shared/panel-to-page.ts), not Zod.' })),
          patterns: [boundary('Page-side code (it runs in the candidate\'s page) imports only lib/page/ and lib/shared/.', PAGE_MAY_NOT)],
        },
      ],
    },
  },
  {
    files: ['lib/extension/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}', 'entrypoints/background.ts', 'entrypoints/panel/**', 'entrypoints/popup/**', 'entrypoints/options/**'],
    ignores: TEST_FILES,
    rules: { 'no-restricted-imports': ['error', { patterns: [boundary('Extension-side code imports only lib/extension/, lib/shared/ and components/, never the page side.', EXTENSION_MAY_NOT)] }] },
  },
  // The one crossing: the extension reads a page's markup into a profile in a document of its own
  // (Chrome's offscreen document, Firefox's background page), with the extraction engine of
  // lib/page/profile/ (it reads a DOM and nothing else). Nothing else of the page side.
  {
    files: ['lib/extension/analysis/**/*.ts', 'entrypoints/offscreen/**'],
    ignores: TEST_FILES,
    rules: { 'no-restricted-imports': ['error', { patterns: [boundary('The page reader imports the extraction engine (lib/page/profile/) and nothing else of the page side.', [into('cli', 'bootstrap', 'overlay\\.content'), '(^|/)page/(?!profile/)'])] }] },
  },
);
