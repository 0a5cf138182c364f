// Lint: typescript-eslint (type-aware), React hooks, and the import boundaries of STYLE.md:
// shared → features → app, no feature importing another, mocks reaching only src/domain.
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

/** Everything in src that runs in the browser: all but the server. */
const browserSrc = [
  './src/app',
  './src/features',
  './src/components',
  './src/lib',
  './src/hooks',
  './src/stores',
  './src/config',
  './src/domain',
  './src/styles',
  './src/main.tsx',
];

/** The shipped data set: product data the server seeds from and the mock store reads. */
const dataSet = './src/data-set';

const onlyMainImportsMocks = {
  target: [...browserSrc, './src/api'],
  from: './mocks',
  message: 'Only src/main.tsx may import mocks/.',
};

const boundaries = [
  // the domain is React-free and depends on nothing else in the app
  {
    target: './src/domain',
    from: [
      ...browserSrc.filter((p) => p !== './src/domain'),
      './src/api',
      './src/server',
      dataSet,
      './mocks',
    ],
    message: 'src/domain is pure: it may not import app code or mocks.',
  },
  // shared code never reaches into features or the app
  {
    target: ['./src/components', './src/lib', './src/hooks', './src/stores', './src/config'],
    from: ['./src/features', './src/app'],
    message:
      'Shared code may not import features or the app (imports flow shared → features → app).',
  },
  { target: './src/features', from: './src/app', message: 'Features may not import the app.' },
  // a feature never imports another feature
  ...features.map((name) => ({
    target: `./src/features/${name}`,
    from: './src/features',
    except: [`./${name}`],
    message: 'A feature may not import another feature; compose them in src/app.',
  })),
  // only main.tsx starts the mocks; the server seeds its database with the shipped data set
  onlyMainImportsMocks,
  {
    target: './mocks',
    from: './src',
    except: ['./domain', './api', './data-set'],
    message: 'mocks/ may import src/domain, src/api (the API app it runs) and the data set only.',
  },
  // the data set is data: it builds on the domain's types and nothing else
  {
    target: dataSet,
    from: ['./src', './mocks'],
    except: ['./domain', './data-set'],
    message: 'src/data-set is data: it may import src/domain only.',
  },
  {
    target: [...browserSrc, './src/api'],
    from: dataSet,
    message:
      'The browser app reads the data set through the API (the mock store serves it), never directly.',
  },
  // the API's behaviour runs in the browser (mock mode) and in Node (the server): domain only
  {
    target: './src/api',
    from: './src',
    except: ['./domain', './api'],
    message: 'src/api is the API shared by the server and the mock: it may import src/domain only.',
  },
  // the server is Node only: the browser bundle never reaches it, and it never reaches the UI
  {
    target: [...browserSrc, './src/api'],
    from: './src/build-plugins',
    message: 'src/build-plugins runs in Vite at build time (Node): the app may not import it.',
  },
  {
    target: [...browserSrc, './src/api'],
    from: './src/server',
    message: 'src/server is Node only: nothing in the browser app may import it.',
  },
  {
    target: './src/server',
    from: './src',
    except: ['./domain', './api', './server', './data-set'],
    message:
      'src/server may import src/domain, src/api and the data set only (never features, components, app).',
  },
  {
    target: './src/server',
    from: './mocks',
    message: 'src/server never imports mocks/ (the data set it seeds from is src/data-set).',
  },
  {
    target: browserSrc,
    from: './src/api',
    message: 'Only the server and mocks/ run the API app; the browser app talks to it over HTTP.',
  },
];

/**
 * What src/domain may not touch: React and the other UI libraries, and any global only a browser
 * has (window, document, storage, …). It runs in the form, the import, the mock API and, later,
 * the server alike.
 */
const nodeOrLanguage = new Set([...Object.keys(globals.node), ...Object.keys(globals.es2021)]);
const browserOnly = [
  ...Object.keys(globals.browser).filter((name) => !nodeOrLanguage.has(name)),
  'fetch',
  'localStorage',
  'sessionStorage',
  'navigator',
];
const domainIsPure = {
  files: ['src/domain/**/*.{ts,tsx}'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: ['react', 'react-dom', 'react/*', 'react-dom/*', 'zustand', 'zustand/*'],
            message: 'src/domain is React-free: pure functions the server can run too.',
          },
          {
            group: ['@tanstack/*', 'recharts', 'recharts/*', 'msw', 'msw/*'],
            message: 'src/domain depends on no UI, data-fetching or mock library.',
          },
        ],
      },
    ],
    'no-restricted-globals': [
      'error',
      ...[...new Set(browserOnly)].map((name) => ({
        name,
        message: 'src/domain runs outside the browser too: pass what it needs in.',
      })),
    ],
  },
};

const useZodModule = "Import { z } from '@/domain/zod' (zod/mini, configured for the CSP).";
/** `mini`: whether the file may import zod/mini at run time (only src/domain/zod.ts may). */
const zodImports = ({ mini }) => ({
  paths: [
    { name: 'zod', message: `Full zod is not used. ${useZodModule}` },
    ...(mini ? [] : [{ name: 'zod/mini', message: useZodModule, allowTypeImports: true }]),
  ],
  patterns: [
    {
      group: ['zod/*', '!zod/mini'],
      message: `Types may come from zod/mini. ${useZodModule}`,
      allowTypeImports: true,
    },
  ],
});

export default tseslint.config(
  {
    ignores: [
      'dist',
      // E2E_DIST builds (dist-helper, …) of the browser tests
      'dist-*',
      'coverage',
      'node_modules',
      'public/mockServiceWorker.js',
      'test-results',
      'playwright-report',
      'docs',
      '**/*.tmp.*',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      ecmaVersion: 2023,
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'import-x': importX, 'react-hooks': reactHooks },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': ['error', { zones: boundaries }],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': 'off',
      '@typescript-eslint/no-unnecessary-condition': 'off',
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Render text, never HTML.',
        },
      ],
    },
  },
  {
    files: ['src/main.tsx'],
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        { zones: boundaries.filter((z) => z !== onlyMainImportsMocks) },
      ],
    },
  },
  {
    files: ['**/*.test.ts', '**/*.test.tsx', 'tests/**'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
    },
  },
  // zod is zod/mini (full zod weighs ~25 KB gzip on the first screen), and only through
  // src/domain/zod.ts, which sets it up for the Content-Security-Policy and its messages first.
  {
    files: ['src/**/*.{ts,tsx}', 'mocks/**/*.ts'],
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', zodImports({ mini: true })],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'mocks/**/*.ts'],
    ignores: ['src/domain/zod.ts', '**/*.test.ts', '**/*.test.tsx'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', zodImports({ mini: false })],
    },
  },
  domainIsPure,
  { files: ['eslint.config.js'], ...tseslint.configs.disableTypeChecked },
  // A classic script served as is (see vite.config.ts, preloadMockApi).
  {
    files: ['public/mock-api-worker.js'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      sourceType: 'script',
      globals: globals.browser,
      parserOptions: { projectService: false, project: null },
    },
  },
  // Benchmark scripts are plain Node ESM run by hand, and the server's bundler is plain Node ESM
  // that `npm start` runs without a loader; they are not part of the typed program.
  {
    files: ['tests/bench/**/*.mjs', 'src/server/build.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      globals: { ...globals.node, ...globals.browser },
      parserOptions: { projectService: false, project: null },
    },
  },
);
