// Lint: Next's rules (core web vitals, TypeScript), typescript-eslint's type-aware recommended rules, Prettier for
// layout. `npm run lint` runs Prettier's check and ESLint with no warnings allowed; `npm test` runs it first.
import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';
import prettier from 'eslint-config-prettier/flat';
import tseslint from 'typescript-eslint';

export default defineConfig([
  globalIgnores([
    '.next/**',
    'out/**',
    '.generated/**',
    'node_modules/**',
    'next-env.d.ts',
    '.bench/**',
    '.build-stage/**',
    'reports/**',
    'bench-results/**',
    'test-results/**',
    'playwright-report/**',
  ]),
  ...nextVitals,
  ...nextTs,
  {
    files: ['**/*.ts', '**/*.tsx'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      // Pages link with plain <a>: a static reference needs no client-side router (see next.config.ts).
      '@next/next/no-html-link-for-pages': 'off',
    },
  },
  {
    // Tests read JSON written by the build and assert on it, and evaluate the inline scripts the site ships as a
    // browser would: the any-typed values and the Function constructor are the point there.
    files: ['tests/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-implied-eval': 'off',
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    files: ['public/**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  prettier,
]);
