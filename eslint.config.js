// ESLint flat config: the recommended sets of ESLint, typescript-eslint, eslint-plugin-lit and
// eslint-plugin-wc, plus a few rules that catch real bugs. Formatting is Prettier's job, so no
// stylistic rules here. No type-aware rules: they need a full TypeScript program per run, and
// `npm run typecheck` already gives us the type errors.
import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

export default defineConfig(
  {
    ignores: ['dist/', 'coverage/', 'storybook-static/', 'bench/results/', 'custom-elements.json'],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      // `import type` is enforced by verbatimModuleSyntax in tsconfig; this keeps it consistent.
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-restricted-syntax': [
        'error',
        {
          // design.md "Untrusted by default": no untrusted string reaches innerHTML.
          selector: 'AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]',
          message: 'No innerHTML/outerHTML: render with Lit templates or textContent (design.md).',
        },
        {
          selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
          message: 'No insertAdjacentHTML: render with Lit templates or textContent (design.md).',
        },
      ],
    },
  },
  {
    // Lit elements and the stories that render them.
    files: ['src/**/*.ts', 'stories/**/*.ts', 'test/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'test/**/*.ts'],
    plugins: { lit, wc },
    rules: {
      ...wc.configs['flat/recommended'].rules,
      'lit/lifecycle-super': 'error',
      'lit/no-template-bind': 'error',
      'lit/no-useless-template-literals': 'error',
      'lit/no-invalid-escape-sequences': 'error',
      'wc/no-closed-shadow-root': 'error',
      'wc/no-constructor-params': 'error',
      'wc/no-customized-built-in-elements': 'error',
      'wc/no-invalid-extends': 'error',
      'wc/no-typos': 'error',
      'wc/require-listener-teardown': 'error',
    },
  },
  {
    // Tests may use `any` for hostile inputs and chai's `expect(x).to.be.true` expressions.
    files: ['test/**/*.ts', 'stories/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-expressions': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // Node scripts and config files.
    files: ['**/*.mjs', '*.js', '.storybook/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Scripts that drive Chromium pass functions to page.evaluate(), which run in the page.
    files: ['scripts/**', 'bench/**'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // The demo page: plain browser modules, no build step.
    files: ['examples/**/*.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
