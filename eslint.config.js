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
  // The type-checked rules read each file's types through the tsconfig that includes it (the project service).
  ...tseslint.configs.recommendedTypeChecked,
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
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
    // Migrations keep the shape MikroORM's generator writes: async up()/down() that only queue SQL with addSql.
    files: ['packages/db/src/migrations/**/*.ts'],
    rules: { '@typescript-eslint/require-await': 'off' },
  },
  {
    // Tests: vitest's asymmetric matchers (expect.any, expect.objectContaining …) are typed `any` by design, and fakes
    // implement async interfaces without awaiting anything.
    files: ['**/*.test.ts', '**/*.spec.ts', '**/testing/**'],
    rules: { '@typescript-eslint/no-unsafe-assignment': 'off', '@typescript-eslint/require-await': 'off' },
  },
  {
    files: ['**/cli.ts', '**/scripts/**', '**/bench/**', '**/*.test.ts', '**/*.spec.ts', '**/testing/**'],
    rules: { 'no-console': 'off' },
  },
);
