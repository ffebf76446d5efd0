// The encrypted store survives being SIGKILLed at random moments while it commits: after every
// kill it opens, passes integrity_check, still holds every commit that was reported, and is still
// encrypted. The child (test/support/crash-child/commit-loop.mjs) commits as fast as it can and
// never closes the database, so every run is an unclean shutdown; it mirrors openStore's settings,
// and the last tests here keep that mirror honest.
import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION, STORE_CIPHER, migrate, openStore, schemaVersion } from '../../src/main/core/store';
import { type CrashHarnessStats, type CrashVerifyContext, runCrashHarness } from '../support/crash-harness';
import { useTempDirs } from '../support/temp-dir';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const COMMIT_LOOP = path.join(ROOT, 'test/support/crash-child/commit-loop.mjs');
const PARTIAL_LINES = path.join(ROOT, 'test/support/crash-child/partial-lines.mjs');
const OPEN_STORE_SRC = path.join(ROOT, 'src/main/core/store/open-store.ts');
const KILLS = Number(process.env['RESCHED_CRASH_KILLS'] ?? 100);
const SQLITE_HEADER = Buffer.from('SQLite format 3');
const tempDir = useTempDirs();

/** What one verification saw, right after one run of the child. */
interface Check {
  iteration: number;
  killed: boolean;
  /** How the verifier opened the store. */
  mode: 'read-write' | 'readonly';
  /** Files (db, -wal) that contain the plaintext SQLite header, as the kill left them. */
  headerIn: string[];
  /** The error code a wrong key got, or 'opened'. */
  wrongKey: string;
  integrity: string;
  quick: string;
  schema: number;
  /** Reported commits that are absent (and were never about to be deleted). */
  missing: number[];
  /** Reported deletes that are present again. */
  resurrected: number[];
  /** Rows whose payload no longer matches its own digest. */
  corrupt: number[];
}

const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const first = (ids: number[]) => ids.slice(0, 10);
const ids = (set: ReadonlySet<string>) => new Set([...set].map(Number));

/**
 * Checks the store as one kill left it. Every other time it opens read-write, as the app does
 * after a crash (recovers the WAL, checkpoints it away on close); otherwise readonly, which leaves
 * the WAL as it is: the next child then starts on a store that crashed and was never closed
 * cleanly, and carries on from (and checkpoints) the WAL its killed predecessor left.
 */
function inspect(file: string, key: Buffer, ctx: CrashVerifyContext): Check {
  const mode = ctx.iteration % 2 === 0 ? 'readonly' : 'read-write';
  // As the kill left them, before any connection recovers the WAL.
  const headerIn = ['', '-wal'].filter((s) => existsSync(file + s) && readFileSync(file + s).includes(SQLITE_HEADER)).map((s) => `db${s}`);

  // The wrong key first, on the hot WAL: it must be refused, and (checked below) must not disturb
  // what the right key then finds.
  let wrongKey = 'opened';
  try {
    openStore(file, randomBytes(32)).close();
  } catch (e) {
    wrongKey = (e as { code?: string }).code ?? String(e);
  }

  const db = openStore(file, key, { readonly: mode === 'readonly' });
  try {
    const all = (pragma: string) => (db.pragma(pragma) as Record<string, unknown>[]).map((r) => Object.values(r).join(' ')).join('; ');
    const present = new Set<number>();
    const corrupt: number[] = [];
    for (const row of db.prepare('SELECT id, payload FROM crash_probe').iterate() as Iterable<{ id: number; payload: Buffer }>) {
      present.add(row.id);
      const digest = createHash('sha256').update(row.payload.subarray(8)).digest().subarray(0, 8);
      if (!digest.equals(row.payload.subarray(0, 8))) corrupt.push(row.id);
    }
    const deleted = ids(ctx.events('delete'));
    const mayBeDeleted = ids(ctx.events('pending-delete'));
    return {
      iteration: ctx.iteration,
      killed: ctx.killed,
      mode,
      headerIn,
      wrongKey,
      integrity: all('integrity_check'),
      quick: all('quick_check'),
      schema: schemaVersion(db),
      missing: first([...ids(ctx.reported)].filter((id) => !present.has(id) && !deleted.has(id) && !mayBeDeleted.has(id))),
      resurrected: first([...deleted].filter((id) => present.has(id))),
      corrupt: first(corrupt),
    };
  } finally {
    db.close();
  }
}

describe(`the encrypted store, SIGKILLed ${KILLS} times while committing`, () => {
  const checks: Check[] = [];
  let stats: CrashHarnessStats;

  beforeAll(async () => {
    const file = path.join(tempDir(), 'store.db');
    const key = randomBytes(32);
    const db = openStore(file, key);
    migrate(db, 'test');
    db.close();
    stats = await runCrashHarness({
      childScript: COMMIT_LOOP,
      childArgs: (iteration) => [file, key.toString('hex'), String(iteration)],
      kills: KILLS,
      // From the child's `ready` line: the store is open and it is committing flat out.
      minRunMs: 2,
      maxRunMs: 120,
      prestart: true,
      verify: (ctx) => void checks.push(inspect(file, key, ctx)),
    });
    const s = stats;
    console.info(
      `store crash: ${s.kills} kills in ${s.runs} runs, ${s.commits} commits, ${(s.totalMs / 1000).toFixed(1)} s ` +
        `(children ${(s.childMs / 1000).toFixed(1)} s, verify ${(s.verifyMs / 1000).toFixed(1)} s, max ${s.maxVerifyMs.toFixed(0)} ms; ` +
        `median start-up ${s.medianStartupMs.toFixed(0)} ms, median first commit ${median(s.records.map((r) => r.firstCommitMs).filter((ms) => ms >= 0)).toFixed(0)} ms)`,
    );
  }, 180_000);

  it('is killed mid-work: at least the requested SIGKILLs, most of them after commits were reported', () => {
    expect(stats.kills).toBeGreaterThanOrEqual(KILLS);
    expect(checks).toHaveLength(stats.runs);
    // The kill clock starts at the child's `ready`; its first commit follows a few ms later (more
    // on a loaded machine), so kills drawn early in [minRunMs, maxRunMs] land in the first
    // transaction, before anything was reported. Those are wanted too, but must stay a minority.
    const early = stats.records.filter((r) => r.killed && r.commits === 0).map((r) => `${r.killDelayMs} ms`);
    expect(stats.killsAfterCommits, `kills before any commit, at: ${early.join(', ')}`).toBeGreaterThanOrEqual(Math.ceil(0.75 * stats.kills));
  });

  it('opens at the latest schema and passes integrity_check and quick_check after every kill', () => {
    const bad = checks.filter((c) => c.integrity !== 'ok' || c.quick !== 'ok' || c.schema !== LATEST_SCHEMA_VERSION);
    expect(bad.map(({ iteration, mode, integrity, quick, schema }) => ({ iteration, mode, integrity, quick, schema }))).toEqual([]);
  });

  it('still holds every reported commit and none of the reported deletes after every kill', () => {
    const bad = checks.filter((c) => c.missing.length > 0 || c.resurrected.length > 0);
    expect(bad.map(({ iteration, mode, missing, resurrected }) => ({ iteration, mode, missing, resurrected }))).toEqual([]);
  });

  it("keeps every row's payload intact after every kill", () => {
    expect(checks.filter((c) => c.corrupt.length > 0).map(({ iteration, corrupt }) => ({ iteration, corrupt }))).toEqual([]);
  });

  it('never leaves a plaintext SQLite header in the database or its WAL', () => {
    expect(checks.filter((c) => c.headerIn.length > 0).map(({ iteration, headerIn }) => ({ iteration, headerIn }))).toEqual([]);
  });

  it('refuses a wrong key with ERR_STORE_KEY_MISMATCH after every kill', () => {
    expect(checks.filter((c) => c.wrongKey !== 'ERR_STORE_KEY_MISMATCH').map(({ iteration, wrongKey }) => ({ iteration, wrongKey }))).toEqual([]);
  });
});

describe('the crash child', () => {
  /** The statements an open function runs, in order, with interpolations reduced to `${}`. */
  function openSequence(source: string, fn: string): string[] {
    const start = source.indexOf(`function ${fn}(`);
    expect(start, `function ${fn}`).toBeGreaterThanOrEqual(0);
    const body = source.slice(start, source.indexOf('\n}\n', start));
    return [...body.matchAll(/\.(pragma|prepare)\(\s*([`'"])(.*?)\2/g)].map((m) => `${m[1]}: ${m[3]!.replace(/\$\{[^}]*\}/g, '${}')}`);
  }

  it('opens the store with the same cipher and statement sequence as openStore', () => {
    const production = openSequence(readFileSync(OPEN_STORE_SRC, 'utf8'), 'openStore');
    const child = readFileSync(COMMIT_LOOP, 'utf8');
    expect(production).toContain("pragma: cipher = '${}'");
    expect(openSequence(child, 'openLikeProduction')).toEqual(production);
    expect(/^const STORE_CIPHER = '([^']+)';$/m.exec(child)?.[1]).toBe(STORE_CIPHER);
  });

  it('ends up with the same connection settings as openStore', () => {
    const file = path.join(tempDir(), 'store.db');
    const key = randomBytes(32);
    const db = openStore(file, key);
    migrate(db, 'test');
    const read = (p: string): unknown => db.pragma(p, { simple: true });
    const production = {
      cipher: read('cipher'),
      journal_mode: read('journal_mode'),
      synchronous: read('synchronous'),
      foreign_keys: read('foreign_keys'),
      cache_size: read('cache_size'),
      temp_store: read('temp_store'),
    };
    db.close();
    const out = execFileSync(process.execPath, [COMMIT_LOOP, file, key.toString('hex'), '--describe'], { encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual(production);
  });
});

describe('the crash harness', () => {
  it('counts only complete lines, however the chunks split them', async () => {
    const seen: string[] = [];
    const stats = await runCrashHarness({
      childScript: PARTIAL_LINES,
      childArgs: ['hang'],
      kills: 1,
      minRunMs: 400,
      maxRunMs: 400,
      onCommit: (id) => seen.push(id),
      verify: (ctx) => {
        expect([...ctx.reported]).toEqual(['1', '22', '3']);
        expect([...ctx.events('other')]).toEqual(['7']);
        expect(ctx.run.partialTail).toBe('commit 4');
      },
    });
    expect(seen).toEqual(['1', '22', '3']);
    expect(stats.partialLines).toBe(1);
  });

  it('does not count a child that exits by itself as a kill', async () => {
    const stats = await runCrashHarness({
      childScript: PARTIAL_LINES,
      childArgs: (iteration) => [iteration === 0 ? 'exit' : 'hang'],
      kills: 1,
      minRunMs: 400,
      maxRunMs: 400,
      verify: () => undefined,
    });
    expect({ kills: stats.kills, runs: stats.runs, selfExits: stats.selfExits }).toEqual({ kills: 1, runs: 2, selfExits: 1 });
  });
});
