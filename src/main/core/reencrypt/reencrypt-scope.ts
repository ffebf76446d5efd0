// Owns the resumable re-encryption job: every row of a scope (a program, or the system scope)
// sealed under an older key version is re-sealed under the current one, in small batches on the
// app's own connection. Each batch is one transaction that also moves the rows' key_version, so
// the job keeps no state of its own: after a crash, cancel or lock it resumes from whatever rows
// are still older. Reads keep working throughout: every envelope names the version that sealed it.
//
// Why main-thread batches and not a worker: SQLite allows one writer; a worker with its own
// connection would fight the app for the write lock (SQLITE_BUSY on the user's saves), and the
// field crypto would have to be duplicated in worker code. Batches are sized from the measured
// cost per row to stay within `batchBudgetMs` (commit included), and the event loop is yielded
// between them: the bench (test/bench/reencrypt.bench.ts) reports the longest stall.
import { setImmediate as nextTurn } from 'node:timers/promises';
import { createFieldCipher, type DecryptedCache, type ProgramKeyring } from '../field-crypto';
import { ProgramNotFoundError } from '../programs';
import { all, one, programById, readSystemKeyVersion, run, transaction, type WritableDb } from '../store';
import { SYSTEM_SCOPE } from '../users';
import { tablesOfScope } from './encrypted-columns';
import { ReencryptTargetError } from './errors';
import { resealRow, type StaleRow } from './internal/reseal-row';
import { tableSql } from './internal/table-sql';

export interface ReencryptProgress {
  /** Rows of the scope sealed under the target version. */
  done: number;
  /** Rows of the scope. */
  total: number;
}

export interface ReencryptResult extends ReencryptProgress {
  state: 'completed' | 'cancelled';
  targetVersion: number;
  /** Rows and envelopes re-sealed by this run. */
  rows: number;
  fields: number;
  batches: number;
  /** Longest single batch (one synchronous stretch of the event loop), ms. */
  longestBatchMs: number;
}

export interface ReencryptDeps {
  writer: () => WritableDb;
  keys: ProgramKeyring;
}

export interface ReencryptOptions {
  /**
   * The version the caller expects to be current (programs.data_key_version, or the system scope's
   * store_meta record); refused if it is not. Omitted: whatever is current.
   */
  targetVersion?: number;
  signal?: AbortSignal;
  onProgress?: (progress: ReencryptProgress) => void;
  /**
   * Aim for one batch's wall time, commit included (default 8 ms: under a 16 ms frame). Measured
   * against 12 and 16 ms (10k people, alternating runs): no throughput difference beyond the
   * machine's noise, so the shorter stall wins.
   */
  batchBudgetMs?: number;
}

const MAX_BATCH_ROWS = 4096;

// The job must not fill the app's cache of decrypted values with every plaintext of the program.
const noCache: DecryptedCache = { get: () => undefined, set: () => undefined, clear: () => undefined, size: 0 };

/**
 * @example
 * const result = await reencryptScope({ writer, keys }, programId, { signal, onProgress: (p) => emit(p) });
 * if (result.state === 'cancelled') ... // rows stay readable; call again to resume
 */
export async function reencryptScope(deps: ReencryptDeps, scopeId: string, opts: ReencryptOptions = {}): Promise<ReencryptResult> {
  const budgetMs = opts.batchBudgetMs ?? 8;
  const crypto = { cipher: createFieldCipher(deps.keys, noCache), keys: deps.keys };
  const tables = tablesOfScope(scopeId).map((t) => ({ t, q: tableSql(t) }));

  const targetOf = (db: WritableDb): number => {
    let current: number;
    if (scopeId === SYSTEM_SCOPE) {
      current = readSystemKeyVersion(db);
    } else {
      const program = programById(db, scopeId);
      if (!program) throw new ProgramNotFoundError();
      current = program.data_key_version;
    }
    if (opts.targetVersion !== undefined && opts.targetVersion !== current) {
      throw new ReencryptTargetError(`target version ${opts.targetVersion} is not the scope's current key version`);
    }
    return current;
  };
  const count = (db: WritableDb, target: number): ReencryptProgress => {
    let done = 0;
    let total = 0;
    for (const { q } of tables) {
      total += one<{ n: number }>(db, q.total(scopeId))!.n;
      done += one<{ n: number }>(db, q.current(scopeId, target))!.n;
    }
    return { done, total };
  };

  /** One transaction: up to `limit` stale rows re-sealed. The target is re-read inside it. */
  const batch = (db: WritableDb, limit: number) =>
    transaction(db, () => {
      const target = targetOf(db);
      let rows = 0;
      let fields = 0;
      for (const { t, q } of tables) {
        if (rows >= limit) break;
        for (const row of all<StaleRow>(db, q.stale(scopeId, target, limit - rows))) {
          const sealed = resealRow(t, row, scopeId, target, crypto);
          rows += run(db, q.update(sealed.values, target, row.rowid, row.key_version)).changes;
          fields += sealed.fields;
        }
      }
      return { target, rows, fields };
    });

  let db = deps.writer();
  let target = targetOf(db);
  let progress = count(db, target);
  opts.onProgress?.(progress);
  const result: ReencryptResult = { state: 'completed', targetVersion: target, ...progress, rows: 0, fields: 0, batches: 0, longestBatchMs: 0 };
  let limit = 16;
  for (;;) {
    if (opts.signal?.aborted) {
      result.state = 'cancelled';
      break;
    }
    db = deps.writer(); // throws VaultLockedError if the vault was locked between batches
    const t0 = performance.now();
    const b = withoutCommitFsync(db, () => batch(db, limit));
    const ms = performance.now() - t0;
    if (b.rows === 0 && b.target === target) break;
    result.batches++;
    result.rows += b.rows;
    result.fields += b.fields;
    result.longestBatchMs = Math.max(result.longestBatchMs, ms);
    if (b.target !== target) {
      // Rotated again meanwhile: the same job carries on to the newer version.
      target = b.target;
      progress = count(db, target);
    } else {
      progress = { done: Math.min(progress.done + b.rows, progress.total), total: progress.total };
    }
    if (b.rows > 0) {
      // Next batch sized from this one's cost per row, at most doubling or halving at a time.
      const fit = Math.floor((budgetMs * b.rows) / Math.max(ms, 0.01));
      limit = Math.max(1, Math.min(MAX_BATCH_ROWS, limit * 2, Math.max(Math.floor(limit / 2), fit)));
    }
    opts.onProgress?.(progress);
    await nextTurn();
  }
  Object.assign(result, { targetVersion: target }, count(deps.writer(), target));
  if (result.state === 'completed') opts.onProgress?.({ done: result.done, total: result.total });
  return result;
}

/**
 * Runs one batch with synchronous = NORMAL: in WAL mode its commit then skips the fsync (which,
 * here, costs more than the batch's crypto). A crash loses nothing (the WAL is written before the
 * commit returns); a power loss may lose the last batches, which only means the job re-seals those
 * rows again: their old envelopes still decrypt. The app's next FULL commit syncs them all, as WAL
 * frames are synced in order.
 */
function withoutCommitFsync<T>(db: WritableDb, fn: () => T): T {
  const previous = db.pragma('synchronous', { simple: true }) as number;
  db.pragma('synchronous = NORMAL');
  try {
    return fn();
  } finally {
    db.pragma(`synchronous = ${Number(previous)}`);
  }
}

/** Rows of the scope still sealed under an older version than `target` (0: nothing to resume). */
export function staleRowCount(db: WritableDb, scopeId: string, target: number): number {
  return tablesOfScope(scopeId).reduce((n, t) => {
    const q = tableSql(t);
    return n + one<{ n: number }>(db, q.total(scopeId))!.n - one<{ n: number }>(db, q.current(scopeId, target))!.n;
  }, 0);
}
