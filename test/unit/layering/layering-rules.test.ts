/**
 * Proves that the layering rules in /.dependency-cruiser.cjs (DESIGN.md §3, STYLE.md 1 and 12)
 * bite: the fake tree in test/fixtures/layering/src breaks every rule once on purpose, and the
 * exact set of reported violations is checked. Also checks that the real src/ tree is clean.
 *
 * depcruise runs through its CLI, exactly as `npm run layering` does, with the fixture folder as
 * the working directory so that the rules' `^src/...` paths apply to the fake tree.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const FIXTURE = join(ROOT, 'test', 'fixtures', 'layering');
const CONFIG = join(ROOT, '.dependency-cruiser.cjs');
const DEPCRUISE = join(ROOT, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs');
const TIMEOUT_MS = 120_000;

interface Violation {
  readonly from: string;
  readonly to: string;
  readonly rule: { readonly name: string; readonly severity: string };
}
interface CruiseResult {
  readonly summary: {
    readonly violations: readonly Violation[];
    readonly error: number;
    readonly warn: number;
    readonly totalCruised: number;
  };
}
interface RuleConfig {
  readonly forbidden: readonly { readonly name: string; readonly severity: string }[];
}

/** Runs `depcruise src --config <real config> --output-type json` in `cwd`. */
function depcruise(cwd: string): Promise<CruiseResult> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [DEPCRUISE, 'src', '--config', CONFIG, '--output-type', 'json'],
      { cwd, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        // depcruise exits with the number of errors found, so a non-zero exit is expected for the
        // fixtures: only a missing or unparsable report is a failure of the run itself.
        try {
          resolve(JSON.parse(stdout) as CruiseResult);
        } catch {
          reject(new Error(`depcruise in ${cwd} gave no JSON report (${error?.message ?? 'exit 0'}):\n${stderr}`));
        }
      },
    );
  });
}

const key = (v: { rule: string; from: string; to: string }): string => `${v.rule}: ${v.from} → ${v.to}`;

const CORE_GOOD_INDEX = 'src/main/core/good/index.ts';
const CORE_GOOD_OP = 'src/main/core/good/good-op.ts';
const CORE_GOOD_INTERNAL = 'src/main/core/good/internal/helper.ts';
const NM = '../../../node_modules';

/**
 * Every violation the fixture tree must produce — no more, no fewer. `to` is the resolved path as
 * depcruise reports it (npm packages resolve to the repository's node_modules, two levels up the
 * fixture; Node builtins lose their `node:` prefix).
 */
const EXPECTED: readonly { rule: string; from: string; to: string }[] = [
  // general
  { rule: 'no-circular', from: 'src/main/core/cycle/bad-cycle-a.ts', to: 'src/main/core/cycle/bad-cycle-b.ts' },
  { rule: 'no-unresolvable', from: 'src/shared/bad-unresolvable.ts', to: './does-not-exist' },
  { rule: 'no-non-package-json', from: 'src/cli/bad-unlisted-npm.ts', to: `${NM}/safe-regex/index.js` },
  // shared
  { rule: 'shared-imports-only-shared', from: 'src/shared/bad-imports-core.ts', to: CORE_GOOD_INDEX },
  { rule: 'shared-no-node-builtins', from: 'src/shared/bad-node-builtin.ts', to: 'fs' },
  { rule: 'shared-npm-allowlist', from: 'src/shared/bad-npm.ts', to: `${NM}/react/index.js` },
  // core
  { rule: 'core-no-electron', from: 'src/main/core/bad/index.ts', to: `${NM}/electron/index.js` },
  { rule: 'core-no-outer-layers', from: 'src/main/core/bad/bad-outer-layer.ts', to: 'src/renderer/ok-view.tsx' },
  // capability encapsulation
  { rule: 'core-no-deep-internal-import', from: 'src/main/core/other/bad-deep-internal.ts', to: CORE_GOOD_INTERNAL },
  { rule: 'core-capability-index-only', from: 'src/main/core/other/bad-deep-internal.ts', to: CORE_GOOD_INTERNAL },
  { rule: 'core-capability-index-only', from: 'src/main/core/other/bad-non-index.ts', to: CORE_GOOD_OP },
  { rule: 'no-deep-internal-import', from: 'src/main/electron/bad-deep-internal.ts', to: CORE_GOOD_INTERNAL },
  { rule: 'capability-index-only', from: 'src/main/electron/bad-deep-internal.ts', to: CORE_GOOD_INTERNAL },
  { rule: 'capability-index-only', from: 'src/main/electron/bad-non-index.ts', to: CORE_GOOD_OP },
  // renderer
  { rule: 'renderer-no-node-builtins', from: 'src/renderer/bad.ts', to: 'fs' },
  { rule: 'renderer-imports-only-renderer-shared', from: 'src/renderer/bad-core.ts', to: CORE_GOOD_INDEX },
  { rule: 'renderer-imports-only-renderer-shared', from: 'src/renderer/bad-type-only.ts', to: CORE_GOOD_INDEX },
  { rule: 'renderer-imports-only-renderer-shared', from: 'src/renderer/bad-devhost.ts', to: 'src/devhost/ok-host.ts' },
  { rule: 'renderer-no-electron', from: 'src/renderer/bad-electron.ts', to: `${NM}/electron/index.js` },
  { rule: 'renderer-npm-allowlist', from: 'src/renderer/bad-electron.ts', to: `${NM}/electron/index.js` },
  { rule: 'renderer-npm-allowlist', from: 'src/renderer/bad-npm.ts', to: `${NM}/jose/dist/types/index.d.ts` },
  // preload
  { rule: 'preload-imports-only-preload-shared', from: 'src/preload/bad-core.ts', to: CORE_GOOD_INDEX },
  { rule: 'preload-no-node-builtins', from: 'src/preload/bad-node-builtin.ts', to: 'path' },
  { rule: 'preload-npm-allowlist', from: 'src/preload/bad-npm.ts', to: `${NM}/zustand/esm/index.d.mts` },
  // devhost
  { rule: 'no-devhost-import', from: 'src/renderer/bad-devhost.ts', to: 'src/devhost/ok-host.ts' },
  { rule: 'no-devhost-import', from: 'src/main/electron/bad-devhost.ts', to: 'src/devhost/ok-host.ts' },
  { rule: 'devhost-no-electron', from: 'src/devhost/bad-electron.ts', to: `${NM}/electron/index.js` },
  // cli
  { rule: 'cli-no-electron', from: 'src/cli/bad-electron.ts', to: `${NM}/electron/index.js` },
  { rule: 'cli-imports-only-cli-shared-core', from: 'src/cli/bad-shell.ts', to: 'src/main/electron/ok-main.ts' },
  // electron shell
  { rule: 'electron-shell-no-renderer-cli-devhost', from: 'src/main/electron/bad-renderer.ts', to: 'src/renderer/ok-view.tsx' },
  { rule: 'electron-shell-no-renderer-cli-devhost', from: 'src/main/electron/bad-devhost.ts', to: 'src/devhost/ok-host.ts' },
];

describe('layering rules (.dependency-cruiser.cjs)', () => {
  const config = createRequire(import.meta.url)(CONFIG) as RuleConfig;
  const ruleNames = config.forbidden.map((r) => r.name);

  it('has the fixture tree and the depcruise CLI in place', () => {
    expect(existsSync(join(FIXTURE, 'src'))).toBe(true);
    expect(existsSync(DEPCRUISE)).toBe(true);
  });

  it('makes every rule an error, so `npm run layering` fails on any breach', () => {
    expect(config.forbidden.filter((r) => r.severity !== 'error')).toEqual([]);
    expect(new Set(ruleNames).size).toBe(ruleNames.length);
  });

  it('has a fixture breaking each rule', () => {
    expect(new Set(EXPECTED.map((e) => e.rule))).toEqual(new Set(ruleNames));
  });

  describe('on the fixture tree', () => {
    let result: CruiseResult;
    beforeAll(async () => {
      result = await depcruise(FIXTURE);
    }, TIMEOUT_MS);

    it.each(EXPECTED)('reports $rule for $from', (expected) => {
      const found = result.summary.violations.map((v) => key({ rule: v.rule.name, from: v.from, to: v.to }));
      expect(found).toContain(key(expected));
    });

    it('reports nothing beyond the expected violations', () => {
      const found = result.summary.violations.map((v) => key({ rule: v.rule.name, from: v.from, to: v.to }));
      expect([...new Set(found)].sort()).toEqual(EXPECTED.map(key).sort());
    });

    it('reports nothing from the ok-* files (allowed imports stay allowed)', () => {
      const fromOk = result.summary.violations.filter((v) => /(^|\/)ok-[^/]*$/.test(v.from));
      expect(fromOk).toEqual([]);
      // and they were actually cruised, with their imports resolved
      expect(result.summary.totalCruised).toBeGreaterThan(40);
    });

    it('counts a type-only import as a dependency (tsPreCompilationDeps)', () => {
      expect(result.summary.violations.some((v) => v.from === 'src/renderer/bad-type-only.ts')).toBe(true);
    });
  });

  it(
    'finds no violation in the real src tree',
    async () => {
      const { summary } = await depcruise(ROOT);
      const found = summary.violations.map((v) => key({ rule: v.rule.name, from: v.from, to: v.to }));
      expect(found).toEqual([]);
      expect(summary.error + summary.warn).toBe(0);
      expect(summary.totalCruised).toBeGreaterThan(0);
    },
    TIMEOUT_MS,
  );
});
