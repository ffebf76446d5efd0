#!/usr/bin/env node
// Static Electron security scan (`npm run security:scan`): runs @doyensec/electronegativity over
// src/ and, when it exists, the built out/, prints every finding and fails on any.
//
//   node scripts/security-scan.mjs            scan src (and out when present)
//   node scripts/security-scan.mjs DIR...     scan the given folders instead
//
// Offline: AvailableSecurityFixesGlobalCheck (the only check that needs the network) is skipped,
// and the Electron version is passed explicitly instead of being guessed from a package.json.
// (electronegativity still tries to fetch updated translations for its messages at start-up; with
// no network that fails after at most 1 s, it prints "Could not retrieve updated translations for
// the current locale" and carries on with its bundled English messages.)
// electronegativity exits 0 even with findings, so this gates on its SARIF report instead.
// Exit codes: 0 no findings, 1 findings, 2 the scan itself failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SourceMapConsumer } from 'source-map-js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(ROOT, 'package.json'));

const EXCLUDED_CHECKS = ['AvailableSecurityFixesGlobalCheck'];

const ELECTRONEGATIVITY = join(
  dirname(require.resolve('@doyensec/electronegativity/package.json')),
  'dist',
  'index.js',
);
/** @type {string} */
const ELECTRON_VERSION = require('electron/package.json').version;

/**
 * @typedef {{ check: string, level: string, file: string, line: number, column: number, message: string }} Finding
 */

/** @param {string} message */
function fail(message) {
  console.error(`security-scan: ${message}`);
  process.exit(2);
}

/**
 * Runs electronegativity over one folder and returns its findings.
 * @param {string} dir absolute path
 * @returns {Finding[]}
 */
function scan(dir) {
  const tmp = mkdtempSync(join(tmpdir(), 'electronegativity-'));
  const sarifPath = join(tmp, 'report.sarif');
  try {
    const args = [
      ELECTRONEGATIVITY,
      '--input', dir,
      '--exclude-checks', EXCLUDED_CHECKS.join(','),
      '--electron-version', ELECTRON_VERSION,
      '--output', sarifPath,
      '--relative',
      '--verbose', 'false',
    ];
    const run = spawnSync(process.execPath, args, {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      timeout: 10 * 60 * 1000,
    });
    if (run.error || run.status !== 0 || !existsSync(sarifPath)) {
      process.stderr.write(run.stdout ?? '');
      process.stderr.write(run.stderr ?? '');
      fail(
        `electronegativity failed on ${relative(ROOT, dir) || '.'} ` +
          `(${run.error ? String(run.error) : `exit ${String(run.status ?? run.signal)}`}${
            existsSync(sarifPath) ? '' : ', no SARIF report'
          })`,
      );
    }
    return parseSarif(readFileSync(sarifPath, 'utf8'), dir);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/**
 * @param {string} text SARIF 2.1.0 as written by electronegativity
 * @param {string} dir the scanned folder (result URIs are relative to it, thanks to --relative)
 * @returns {Finding[]}
 */
function parseSarif(text, dir) {
  /** @type {any} */
  let sarif;
  try {
    sarif = JSON.parse(text);
  } catch (error) {
    fail(`unreadable SARIF report for ${relative(ROOT, dir)}: ${String(error)}`);
  }
  if (!sarif || !Array.isArray(sarif.runs)) fail(`SARIF report for ${relative(ROOT, dir)} has no runs`);

  /** @type {Finding[]} */
  const findings = [];
  for (const run of sarif.runs) {
    for (const result of run.results ?? []) {
      const physical = result.locations?.[0]?.physicalLocation;
      findings.push({
        check: String(result.ruleId ?? '?'),
        level: String(result.level ?? 'warning'),
        file: toRepoPath(String(physical?.artifactLocation?.uri ?? ''), dir),
        line: Number(physical?.region?.startLine ?? 0),
        column: Number(physical?.region?.startColumn ?? 0),
        message: String(result.message?.text ?? ''),
      });
    }
  }
  return findings;
}

/**
 * Maps a result URI to a repository-relative path. Global checks (e.g. "no CSP found anywhere")
 * carry no file: electronegativity writes `file:///` for them.
 * @param {string} uri
 * @param {string} dir
 */
function toRepoPath(uri, dir) {
  if (uri === '' || uri === 'file:///' || uri === 'N/A') return `${relative(ROOT, dir)} (whole tree)`;
  const abs = uri.startsWith('file://') ? fileURLToPath(uri) : resolve(dir, uri);
  return relative(ROOT, abs);
}

/** @param {Finding} f */
function originalLocation(f) {
  const abs = resolve(ROOT, f.file);
  const mapFile = `${abs}.map`;
  if (!f.line || !existsSync(mapFile)) return null;
  const consumer = new SourceMapConsumer(JSON.parse(readFileSync(mapFile, 'utf8')));
  const pos = consumer.originalPositionFor({ line: f.line, column: Math.max(0, f.column - 1) });
  if (!pos.source || !pos.line) return null;
  const file = relative(ROOT, resolve(dirname(abs), pos.source));
  return file.startsWith('src/') ? { file, line: pos.line } : null;
}

/** @param {string} file @param {number} line @param {string} check */
function annotatedAt(file, line, check) {
  const text = readFileSync(resolve(ROOT, file), 'utf8').split('\n')[line - 1] ?? '';
  const m = /(?:\/\*|\/\/)[ \t]*eng-disable[ \t]+([\w \t]+)/.exec(text);
  return Boolean(m && m[1].split(/\s+/).includes(check));
}

function main() {
  const requested = process.argv.slice(2);
  const dirs = (requested.length > 0 ? requested : ['src', 'out'])
    .map((d) => resolve(ROOT, d))
    .filter((d) => {
      if (existsSync(d) && statSync(d).isDirectory()) return true;
      // src must exist; out only when the app has been built
      if (requested.length > 0 || d === resolve(ROOT, 'src')) fail(`no such folder: ${d}`);
      return false;
    });

  /** @type {Finding[]} */
  const findings = [];
  for (const dir of dirs) {
    console.log(`electronegativity ${ELECTRON_VERSION === '' ? '' : `(Electron ${ELECTRON_VERSION}) `}scanning ${relative(ROOT, dir)}/ ...`);
    findings.push(...scan(dir));
  }

  // A finding in a bundle maps back (through its source map) to a line of src/. When that line
  // carries a reviewed `eng-disable CHECK` annotation, the scan of src/ already honoured it: the
  // bundler drops comments, so the annotation is looked up at the source, never restated here.
  const reviewed = [];
  const open = findings.filter((f) => {
    const src = originalLocation(f);
    if (src && annotatedAt(src.file, src.line, f.check)) {
      reviewed.push({ ...f, src });
      return false;
    }
    return true;
  });
  findings.length = 0;
  findings.push(...open);
  for (const r of reviewed) console.log(`reviewed  ${r.check}  ${r.file}:${r.line} -> ${r.src.file}:${r.src.line} (eng-disable in source)`);

  findings.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.check.localeCompare(b.check));
  for (const f of findings) {
    console.log(`${f.check}  ${f.file}:${f.line}:${f.column}  [${f.level}]  ${f.message}`);
  }
  console.log(`electronegativity: ${findings.length} findings`);
  process.exitCode = findings.length > 0 ? 1 : 0;
}

main();
