// Shared lint rules for every workspace package; each package runs `eslint .` against this file.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      '**/.turbo/**',
      '**/*.config.js',
      '**/build.mjs',
      // The browser tests' traces and HTML report.
      '**/artifacts/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // Every string, date and instant an input accepts is built from the primitives in packages/domain/src/text.ts,
    // which refuse what PostgreSQL cannot store (NUL, lone surrogates) and dates outside the product's years.
    files: ['packages/domain/src/**/*.ts', 'packages/api/src/**/*.ts', 'apps/server/src/**/*.ts'],
    ignores: ['**/text.ts', '**/*.test.ts', '**/testing/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='z'][property.name=/^(string|date|iso|coerce)$/]",
          message:
            'Build input strings and dates from textSchema, calendarDateSchema or instantSchema (@bn/domain, text.ts).',
        },
      ],
    },
  },
  {
    files: ['**/cli.ts', '**/scripts/**', '**/bench/**', '**/*.test.ts', '**/*.spec.ts', '**/testing/**'],
    rules: { 'no-console': 'off' },
  },
);
