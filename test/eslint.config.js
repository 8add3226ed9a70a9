// ESLint flat config. Kept under test/ so the top level stays as agreed; `npm run lint` passes it with -c.
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import importX from 'eslint-plugin-import-x';
import globals from 'globals';

const features = readdirSync(new URL('../src/features', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

/** Boundaries: shared -> features -> app; features never import each other; src never imports mocks. */
const zones = [
  { target: './src/shared', from: './src/features', message: 'shared code must not depend on a feature' },
  { target: './src/shared', from: './src/app', message: 'shared code must not depend on the app' },
  { target: './src/features', from: './src/app', message: 'features must not depend on the app' },
  ...features.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message: 'features must not import each other: compose them in src/app',
  })),
  {
    target: './src',
    from: './mocks',
    message: 'the app never imports the mock backend (it runs beside the app: mocks/http-server.ts)',
  },
];

export default tseslint.config(
  { ignores: ['dist/**', 'dist-*/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'docs/**', 'public/**', '.bench/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js}'],
    languageOptions: {
      ecmaVersion: 2024,
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'import-x': importX, 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-hooks/set-state-in-effect': 'off',
      'react-hooks/refs': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
      'import-x/no-restricted-paths': ['error', { zones }],
    },
  },
  {
    files: ['src/**/*.tsx'],
    ...jsxA11y.flatConfigs.strict,
  },
  {
    // Tests beside the code may use the mock backend and render through the app.
    files: ['src/**/*.test.{ts,tsx}'],
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        { zones: zones.filter((z) => z.from !== './mocks' && z.from !== './src/app') },
      ],
    },
  },
  {
    // One way to write: only a feature's api/ folder (its outbox kinds and useX() hooks, built on
    // useOutboxWrite) and the outbox itself put records in the outbox. Matched on the outbox
    // object, so a string's .replace() or a stream's enqueue() are not hit.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/features/*/api/**', 'src/shared/offline/**', 'src/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name=/^(enqueue|replace)$/][callee.object.name=/^(outbox|box|appOutbox)$/i]",
          message: "Write through the feature's useX() hook in its api/ folder (built on useOutboxWrite), not the outbox directly.",
        },
        {
          selector: "CallExpression[callee.property.name=/^(enqueue|replace)$/][callee.object.type='CallExpression'][callee.object.callee.name=/^(getAppOutbox|useOutbox)$/]",
          message: "Write through the feature's useX() hook in its api/ folder (built on useOutboxWrite), not the outbox directly.",
        },
      ],
    },
  },
  {
    files: ['mocks/**', 'test/**'],
    rules: { 'no-console': 'off' },
  },
  {
    // Every end-to-end test checks the mock backend's answers against the contract: its `test` comes from support.ts.
    files: ['test/e2e/*.spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: '@playwright/test', importNames: ['test', 'expect'], message: "Import test and expect from './support.ts' (it checks the contract after every test)." }] },
      ],
    },
  },
);
