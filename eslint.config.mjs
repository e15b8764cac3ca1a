// Lint also guards the architecture: each folder may import only from the layers below it
// (VS Code's code-layering idea, done with no-restricted-imports). From the bottom up:
//
//   electron/shared          zod schema, preload contract, the shared core (search, items, text,
//                            places): environment-neutral, imports nothing else of the app
//   electron/pipeline        pure document parsers → shared
//   electron/main, preload   the desktop shell → shared
//   electron/cli             build-time tools, the only file readers → pipeline, shared
//   renderer/src/core        pure logic, no React, Dexie or DOM → electron/shared
//   renderer/src/db, platform, catalogue, services
//                            storage, the preload API, the loaded catalogue, app-wide services
//                            (commands, announcements, printing) → core, shared
//   renderer/src/features/*  one folder per view → everything above; another feature only
//                            through its index.ts; never app
//   renderer/src/app, App.tsx  the shell and the router, which puts the views together
//
// Nothing under electron/ imports renderer/. Cycles between folders are caught by
// test/lint/folder-graph.test.ts; test/lint/boundaries.test.ts proves each rule below fires.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** One no-restricted-imports option from several groups: later blocks replace the rule, not merge it. */
function restrict(...groups) {
  return [
    'error',
    { paths: groups.flatMap((g) => g.paths ?? []), patterns: groups.flatMap((g) => g.patterns ?? []) },
  ];
}

const NODE_BUILTINS = [
  'fs',
  'fs/promises',
  'path',
  'os',
  'child_process',
  'crypto',
  'url',
  'util',
  'worker_threads',
];

const pureMessage =
  'The pipeline and the shared core run in Node, the renderer and workers alike: no Node, Electron or DOM.';
/** What environment-neutral code may not import. */
const neutral = {
  paths: ['electron', ...NODE_BUILTINS].map((name) => ({ name, message: pureMessage })),
  patterns: [
    { group: ['node:*'], message: pureMessage },
    {
      group: ['react', 'react-dom', 'react-dom/*', 'wouter', 'dexie', 'dexie-react-hooks', 'dompurify'],
      message: 'No React, Dexie or DOM libraries below the renderer.',
    },
  ],
};
/** What environment-neutral code may not use: Node's and the browser's globals. */
const neutralGlobals = [
  ...['process', 'Buffer', 'require', 'module', '__dirname', '__filename', 'global'].map((name) => ({
    name,
    message: pureMessage,
  })),
  ...[
    'window',
    'document',
    'navigator',
    'location',
    'localStorage',
    'sessionStorage',
    'indexedDB',
    'HTMLElement',
    'Element',
  ].map((name) => ({ name, message: 'No DOM here: this code must run outside a page too.' })),
];

const notAbove = (folders, message) => ({
  patterns: [{ regex: `^(\\.\\./)+(${folders.join('|')})(/|$)`, message }],
});
const noRenderer = notAbove(
  ['renderer'],
  'Nothing under electron/ imports renderer code: move what both need to electron/shared.',
);

const sandboxMessage = 'Renderer code runs in a sandbox: no Node or Electron.';
const noElectronOrNode = {
  paths: ['electron', 'fs', 'path', 'child_process'].map((name) => ({ name, message: sandboxMessage })),
  patterns: [
    { group: ['node:*'], message: sandboxMessage },
    {
      regex: '(^|/)electron/(main|preload|cli)(/|$)',
      message: 'The renderer reaches main only through the preload API.',
    },
  ],
};

/** Outside services/, routing goes through services/router.tsx, never wouter itself. */
const routingThroughService = {
  paths: [
    {
      name: 'wouter',
      message:
        'Views route through services/router.tsx: its location store keeps the path in the hash, with a key and a state per entry.',
    },
  ],
};

const FEATURE_MESSAGE = 'A feature uses another feature only through its index.ts.';
/** Inside features/<name>/: "../<other>/<file>" or ".../features/<other>/<file>" is an internal. */
const featuresThroughIndex = {
  patterns: [
    { regex: '^\\.\\./(?!\\.\\.)[^/]+/(?!index(\\.tsx?)?$)[^/]', message: FEATURE_MESSAGE },
    { regex: '(^|/)features/[^/]+/(?!index(\\.tsx?)?$)[^/]', message: FEATURE_MESSAGE },
  ],
};
const appFeaturesThroughIndex = {
  patterns: [{ regex: '^\\.\\./features/[^/]+/(?!index(\\.tsx?)?$)[^/]', message: FEATURE_MESSAGE }],
};

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'resources/**',
      'coverage/**',
      'test-results/**',
      'test/lint/fixtures/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },

  // electron/: nothing imports the renderer.
  {
    files: ['electron/**/*.ts'],
    rules: { 'no-restricted-imports': restrict(noRenderer) },
  },
  {
    files: ['electron/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(
        neutral,
        noRenderer,
        notAbove(
          ['main', 'preload', 'cli', 'pipeline'],
          'shared/ is the bottom layer: it imports nothing else of the app.',
        ),
      ),
      'no-restricted-globals': ['error', ...neutralGlobals],
    },
  },
  {
    files: ['electron/pipeline/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(
        neutral,
        noRenderer,
        notAbove(
          ['main', 'preload', 'cli'],
          'The pipeline is pure: only electron/cli reads files and calls it.',
        ),
      ),
      'no-restricted-globals': ['error', ...neutralGlobals],
    },
  },

  // renderer/
  {
    files: ['renderer/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-hooks/set-state-in-effect': 'off',
      // We do not use the React Compiler; TanStack Virtual is fine without memoisation.
      'react-hooks/incompatible-library': 'off',
      'no-restricted-imports': restrict(noElectronOrNode, routingThroughService),
    },
  },
  {
    files: ['renderer/src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(
        noElectronOrNode,
        neutral,
        notAbove(
          ['features', 'app', 'services', 'platform', 'catalogue'],
          'core/ is pure logic: it sits below every other renderer folder.',
        ),
      ),
      'no-restricted-globals': ['error', ...neutralGlobals],
    },
  },
  {
    files: ['renderer/src/{db,platform,catalogue,services}/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': restrict(
        noElectronOrNode,
        notAbove(['features', 'app'], 'Services sit below the features and the shell: they import neither.'),
      ),
    },
  },
  {
    files: ['renderer/src/features/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': restrict(
        noElectronOrNode,
        routingThroughService,
        featuresThroughIndex,
        notAbove(['app'], 'Features never import the shell: move what they share to services/.'),
      ),
    },
  },
  {
    files: ['renderer/src/app/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': restrict(noElectronOrNode, routingThroughService, appFeaturesThroughIndex),
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
