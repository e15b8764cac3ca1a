// Lint also guards the architecture: each folder may import only from the layers below it
// (VS Code's code-layering idea, done with no-restricted-imports).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const sandboxMessage = 'Renderer code runs in a sandbox: no Node or Electron.';
const noElectronOrNode = {
  paths: ['electron', 'fs', 'path', 'child_process'].map((name) => ({ name, message: sandboxMessage })),
  patterns: [
    { group: ['node:*'], message: sandboxMessage },
    {
      group: ['**/electron/main/**', '../../electron/main/*'],
      message: 'The renderer reaches main only through the preload API.',
    },
  ],
};

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'resources/**', 'coverage/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['electron/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron', 'react', 'dexie'].map((name) => ({
            name,
            message: 'shared/ imports only zod.',
          })),
          patterns: [
            { group: ['node:*', '../main/*', '../preload/*'], message: 'shared/ imports only zod.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/pipeline/**/*.ts'],

    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron', 'fs', 'node:fs'].map((name) => ({
            name,
            message: 'Parsers are pure: only documents.ts reads files.',
          })),
        },
      ],
    },
  },
  {
    files: ['renderer/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-hooks/set-state-in-effect': 'off',
      // We do not use the React Compiler; TanStack Virtual is fine without memoisation.
      'react-hooks/incompatible-library': 'off',
      'no-restricted-imports': ['error', noElectronOrNode],
    },
  },
  {
    files: ['renderer/src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: noElectronOrNode.paths,
          patterns: [
            ...noElectronOrNode.patterns,
            {
              group: ['react', 'react-dom', 'dexie', 'dexie-react-hooks'],
              message: 'core/ is pure logic: no React, no Dexie.',
            },
          ],
        },
      ],
    },
  },
  // Storage gateways: outside renderer/src/db, code reads and writes the user's data only through
  // the gateway modules of db/ (rows validated there, drafts applied there). A rule of its own
  // (the typescript-eslint twin of no-restricted-imports), so the layering blocks above, which
  // configure the core rule for the same files, do not replace it.
  {
    files: ['renderer/src/{features,app,catalogue}/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['dexie', 'dexie-react-hooks', '**/db/ReperesDb', '**/db/ReperesDb.ts'],
              message: 'Features reach storage only through the gateways of renderer/src/db.',
            },
          ],
        },
      ],
    },
  },
);
