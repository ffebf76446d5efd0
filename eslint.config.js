// ESLint flat config. `npm run lint` = `eslint --max-warnings 0 src test scripts`: warnings fail too
// (STYLE.md 1). Layering between folders is enforced by dependency-cruiser (.dependency-cruiser.cjs,
// `npm run layering`); the import bans below repeat the most important ones so editors flag them
// as they are typed.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const TS_FILES = ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'];
const JS_FILES = ['**/*.js', '**/*.mjs', '**/*.cjs'];

/** Every Node builtin, bare (`fs`, `fs/promises`) and prefixed (`node:*`). */
const NODE_BUILTIN_PATHS = builtinModules
  .filter((name) => !name.startsWith('_'))
  .map((name) => ({ name, message: 'No Node builtins in this layer (DESIGN.md §3).' }));
const NODE_BUILTIN_PATTERN = {
  group: ['node:*'],
  message: 'No Node builtins in this layer (DESIGN.md §3).',
};
const electronBan = (layer) => [
  { name: 'electron', message: `${layer} never imports 'electron' (DESIGN.md §3).` },
];
const ELECTRON_PATTERN = { group: ['electron/*'], message: "No 'electron' in this layer (DESIGN.md §3)." };

export default defineConfig([
  globalIgnores([
    'out/',
    'dist/',
    'node_modules/',
    'coverage/',
    'playwright-report/',
    'test-results/',
    '.vitest-results/',
    'test/fixtures/layering/',
  ]),

  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,

  // ── everything ─────────────────────────────────────────────────────────────
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    linterOptions: {
      reportUnusedDisableDirectives: 'error',
    },
    rules: {
      eqeqeq: ['error', 'always'],
      // one unused-vars rule for TS and JS alike; `_`-prefixed names are deliberately unused
      'no-unused-vars': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          args: 'after-used',
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
    },
  },

  // ── TypeScript (type-aware) ────────────────────────────────────────────────
  {
    files: TS_FILES,
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { prefer: 'type-imports', fixStyle: 'inline-type-imports', disallowTypeAnnotations: true },
      ],
    },
  },

  // ── plain JavaScript: scripts/*.mjs, bin/*.js, config files ────────────────
  {
    files: JS_FILES,
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: {
      globals: { ...globals.node },
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
  },

  // ── tests ──────────────────────────────────────────────────────────────────
  {
    files: ['test/**'],
    rules: {
      // vitest's asymmetric matchers (expect.stringContaining(), expect.any(), ...) are typed `any`
      '@typescript-eslint/no-unsafe-assignment': 'off',
    },
  },
  {
    // Playwright fixtures must destructure their first parameter, even when they use none of it:
    // `async ({}, use) => { ... }`
    files: ['test/e2e/**'],
    rules: { 'no-empty-pattern': ['error', { allowObjectPatternsAsParameters: true }] },
  },

  // ── src: every layer ───────────────────────────────────────────────────────
  {
    files: ['src/**'],
    rules: {
      // STYLE 12: a capability's index lists what it exports, by name
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ExportAllDeclaration',
          message: 'Re-export by name, not `export *` (STYLE.md 12: small, explicit surface).',
        },
      ],
      'no-console': 'error',
    },
  },
  {
    // the CLI and the dev host talk to a terminal
    files: ['src/cli/**', 'src/devhost/**'],
    rules: { 'no-console': 'off' },
  },

  // ── per-layer import bans (mirrors .dependency-cruiser.cjs) ────────────────
  {
    files: ['src/shared/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [...NODE_BUILTIN_PATHS, ...electronBan('src/shared')],
          patterns: [NODE_BUILTIN_PATTERN, ELECTRON_PATTERN],
        },
      ],
    },
  },
  {
    files: ['src/main/core/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { paths: electronBan('src/main/core'), patterns: [ELECTRON_PATTERN] },
      ],
    },
  },
  {
    files: ['src/renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [...NODE_BUILTIN_PATHS, ...electronBan('The renderer')],
          patterns: [NODE_BUILTIN_PATTERN, ELECTRON_PATTERN],
        },
      ],
    },
  },
  {
    files: ['src/cli/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { paths: electronBan('The admin CLI'), patterns: [ELECTRON_PATTERN] },
      ],
    },
  },
]);
