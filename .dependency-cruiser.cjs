/**
 * Layering rules (DESIGN.md §3, STYLE.md patterns 1 and 12), checked in CI by
 * `npm run layering` (`depcruise src --config .dependency-cruiser.cjs`).
 *
 *   shared ← core ← electron shell / cli / devhost
 *   renderer → shared only;  preload → shared + electron only.
 *
 * Paths are matched relative to the directory depcruise runs in, so every
 * pattern is anchored at `^src/`. npm packages are matched as
 * `(^|/)node_modules/<name>/` because a tree cruised from a sub-directory (the
 * fixtures in test/fixtures/layering) resolves packages to `../../node_modules/...`.
 * test/unit/layering/layering-rules.test.ts proves that every rule here bites.
 *
 * @type {import('dependency-cruiser').IConfiguration}
 */

/** `(^|/)node_modules/(a|b)/` for a list of package names (type packages included). */
const npm = (...names) =>
  `(^|/)node_modules/(${names.map((n) => n.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|')})/`;

const ANY_NPM = '(^|/)node_modules/';
/** any file inside some capability's internal/ folder, at any depth (two patterns: safe-regex rejects an optional group holding a star) */
const CORE_INTERNAL = ['^src/main/core/[^/]+/internal/', '^src/main/core/[^/]+/.*/internal/'];
const ELECTRON = ['^electron$', npm('electron')];

const RENDERER_NPM = npm('react', 'react-dom', 'zustand', 'zod', '@types/react', '@types/react-dom');
const PRELOAD_NPM = npm('electron', 'zod');
const SHARED_NPM = npm('zod');

module.exports = {
  forbidden: [
    // ── general ────────────────────────────────────────────────────────────
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'No import cycles anywhere in src (STYLE: cycle rules are enforced, not kept in comments).',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-unresolvable',
      severity: 'error',
      comment:
        'Every import must resolve; an unresolvable import cannot be checked against the layering rules.',
      from: { path: '^src/' },
      to: { couldNotResolve: true },
    },

    {
      name: 'no-non-package-json',
      severity: 'error',
      comment:
        "Every npm package src uses is declared in package.json (not just present as someone else's transitive dependency).",
      from: { path: '^src/' },
      to: { dependencyTypes: ['npm-no-pkg', 'npm-unknown'] },
    },

    // ── src/shared ─────────────────────────────────────────────────────────
    {
      name: 'shared-imports-only-shared',
      severity: 'error',
      comment: 'src/shared imports nothing from the rest of src.',
      from: { path: '^src/shared/' },
      to: { path: '^src/', pathNot: '^src/shared/' },
    },
    {
      name: 'shared-no-node-builtins',
      severity: 'error',
      comment: 'src/shared runs in every layer: no Node builtins.',
      from: { path: '^src/shared/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'shared-npm-allowlist',
      severity: 'error',
      comment: "src/shared may use only the npm package 'zod'.",
      from: { path: '^src/shared/' },
      to: { path: [ANY_NPM, '^electron$'], pathNot: SHARED_NPM },
    },

    // ── src/main/core ──────────────────────────────────────────────────────
    {
      name: 'core-no-electron',
      severity: 'error',
      comment: "src/main/core never imports 'electron': it must run (and be tested) in plain Node.",
      from: { path: '^src/main/core/' },
      to: { path: ELECTRON },
    },
    {
      name: 'core-no-outer-layers',
      severity: 'error',
      comment:
        'src/main/core never imports the electron shell, preload, renderer, cli or devhost (they depend on core, not the reverse).',
      from: { path: '^src/main/core/' },
      to: { path: '^src/(main/electron|preload|renderer|cli|devhost)/' },
    },

    // ── capability encapsulation (STYLE 12) ────────────────────────────────
    {
      name: 'core-no-deep-internal-import',
      severity: 'error',
      comment:
        "A capability's internal/ folder is private: only files of the same capability may import it.",
      from: { path: '^src/main/core/([^/]+)/' },
      to: { path: CORE_INTERNAL, pathNot: '^src/main/core/$1/' },
    },
    {
      name: 'no-deep-internal-import',
      severity: 'error',
      comment: "A capability's internal/ folder is private: nothing outside src/main/core may import it.",
      from: { pathNot: '^src/main/core/' },
      to: { path: CORE_INTERNAL },
    },
    {
      name: 'core-capability-index-only',
      severity: 'error',
      comment:
        'Another capability is imported only through its index.ts (src/main/core/<cap>/index.ts).',
      from: { path: '^src/main/core/([^/]+)/' },
      to: {
        path: '^src/main/core/[^/]+/.',
        pathNot: ['^src/main/core/$1/', '^src/main/core/[^/]+/index\\.ts$'],
      },
    },
    {
      name: 'capability-index-only',
      severity: 'error',
      comment:
        'Code outside src/main/core imports a capability only through its index.ts (src/main/core/<cap>/index.ts).',
      from: { pathNot: '^src/main/core/' },
      to: { path: '^src/main/core/.', pathNot: '^src/main/core/[^/]+/index\\.ts$' },
    },

    // ── src/renderer ───────────────────────────────────────────────────────
    {
      name: 'renderer-imports-only-renderer-shared',
      severity: 'error',
      comment: 'The renderer sees only src/renderer and src/shared.',
      from: { path: '^src/renderer/' },
      to: { path: '^src/', pathNot: '^src/(renderer|shared)/' },
    },
    {
      name: 'renderer-no-node-builtins',
      severity: 'error',
      comment: 'The renderer is sandboxed web content: no Node builtins.',
      from: { path: '^src/renderer/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'renderer-no-electron',
      severity: 'error',
      comment: "The renderer never imports 'electron'; it talks to main only through the preload API.",
      from: { path: '^src/renderer/' },
      to: { path: ELECTRON },
    },
    {
      name: 'renderer-npm-allowlist',
      severity: 'error',
      comment: 'The renderer may use only react, react-dom, zustand and zod from npm.',
      from: { path: '^src/renderer/' },
      to: { path: ANY_NPM, pathNot: RENDERER_NPM },
    },

    // ── src/preload ────────────────────────────────────────────────────────
    {
      name: 'preload-imports-only-preload-shared',
      severity: 'error',
      comment: 'The preload sees only src/preload and src/shared.',
      from: { path: '^src/preload/' },
      to: { path: '^src/', pathNot: '^src/(preload|shared)/' },
    },
    {
      name: 'preload-no-node-builtins',
      severity: 'error',
      comment: 'The preload is sandboxed: no Node builtins.',
      from: { path: '^src/preload/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'preload-npm-allowlist',
      severity: 'error',
      comment: "The preload may use only 'electron' and zod.",
      from: { path: '^src/preload/' },
      to: { path: ANY_NPM, pathNot: PRELOAD_NPM },
    },

    // ── src/devhost ────────────────────────────────────────────────────────
    {
      name: 'no-devhost-import',
      severity: 'error',
      comment: 'src/devhost is the browser host and never packaged: nothing outside it may import it.',
      from: { pathNot: '^src/devhost/' },
      to: { path: '^src/devhost/' },
    },
    {
      name: 'devhost-no-electron',
      severity: 'error',
      comment: "src/devhost runs in plain Node (and a browser): no 'electron', no electron shell, no preload.",
      from: { path: '^src/devhost/' },
      to: { path: [...ELECTRON, '^src/(main/electron|preload|cli)/'] },
    },

    // ── src/cli ────────────────────────────────────────────────────────────
    {
      name: 'cli-imports-only-cli-shared-core',
      severity: 'error',
      comment: 'The admin CLI sees only src/cli, src/shared and src/main/core.',
      from: { path: '^src/cli/' },
      to: { path: '^src/', pathNot: '^src/(cli|shared|main/core)/' },
    },
    {
      name: 'cli-no-electron',
      severity: 'error',
      comment: "The admin CLI runs in plain Node: never 'electron'.",
      from: { path: '^src/cli/' },
      to: { path: ELECTRON },
    },

    // ── src/main/electron ──────────────────────────────────────────────────
    {
      name: 'electron-shell-no-renderer-cli-devhost',
      severity: 'error',
      comment: 'The electron shell never imports the renderer, the cli or the devhost.',
      from: { path: '^src/main/electron/' },
      to: { path: '^src/(renderer|cli|devhost)/' },
    },
  ],

  options: {
    doNotFollow: { path: 'node_modules' },
    // type-only imports are dependencies too (a renderer must not even *type* against core)
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    // resolve the way TypeScript/vite do: package "exports" with the import/types conditions
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    reporterOptions: {
      text: { highlightFocused: true },
    },
  },
};
