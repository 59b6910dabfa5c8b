// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const engineDirs = [
  'packages/distribution',
  'packages/governance',
  'packages/matching',
  'packages/evaluation',
  'packages/eligibility',
];
const io = [
  'fs',
  'fs/promises',
  'net',
  'http',
  'https',
  'child_process',
  'worker_threads',
  'dgram',
  'cluster',
].flatMap((m) => [m, `node:${m}`]);
const server = [
  '@huahe/db',
  '@huahe/api',
  '@huahe/cli',
  'fastify',
  'fastify-*',
  '@fastify/*',
  'pg',
  '@electric-sql/*',
  'drizzle-orm',
  'drizzle-orm/*',
];
const ui = ['react', 'react-dom', 'antd', '@huahe/web'];

/** The dependency rules of docs/ARCHITECTURE.md, made structural. */
const rule = (patterns, message) => ['error', { patterns: [{ group: patterns, message }] }];

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '.huahe/**',
      'packages/db/migrations/**',
      'bench/results/**',
      'data/**',
      'coverage/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/only-throw-error': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
      // Plain objects of functions (hooks, commands) are destructured on purpose.
      '@typescript-eslint/unbound-method': 'off',
      // Async functions that return a value are often async for their interface's sake.
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-misused-promises': [
        'error',
        { checksVoidReturn: { attributes: false, properties: false } },
      ],
    },
  },
  {
    // Tests read JSON bodies of any shape.
    files: ['**/*.test.ts', '**/test/**/*.ts', 'e2e/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    files: engineDirs.map((d) => `${d}/src/**/*.ts`),
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': rule(
        [...io, ...server, ...ui, '@huahe/*', '!@huahe/contracts'],
        'Engines are pure: they depend on @huahe/contracts only; I/O, the clock and randomness come in as arguments.',
      ),
    },
  },
  {
    files: ['packages/contracts/src/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': rule(
        [...io, ...server, ...ui, '@huahe/*'],
        'contracts is browser-safe and depends only on zod.',
      ),
    },
  },
  {
    files: ['apps/web/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': rule(
        [...io, ...server, '@huahe/*/src/*', '@huahe/*/*'],
        'The web app imports contracts (and engines by their public entry), never db, api or internals.',
      ),
    },
  },
  {
    files: ['apps/api/src/modules/**/*.routes.ts'],
    rules: {
      'no-restricted-imports': rule(
        ['@huahe/db', '*.repository', '**/*.repository', 'drizzle-orm', 'drizzle-orm/*'],
        'Routes call services; services call repositories.',
      ),
    },
  },
  {
    files: ['apps/api/src/modules/**/*.service.ts'],
    rules: {
      'no-restricted-imports': rule(
        ['fastify', 'fastify-*', '@fastify/*', '*.routes', '**/*.routes'],
        'Services know nothing of HTTP: they throw AppError.',
      ),
    },
  },
  {
    files: ['apps/api/src/modules/**/*.repository.ts'],
    rules: {
      'no-restricted-imports': rule(
        ['fastify', 'fastify-*', '@fastify/*', '*.service', '**/*.service', '*.routes', '**/*.routes'],
        'Repositories only touch the database.',
      ),
    },
  },
);
