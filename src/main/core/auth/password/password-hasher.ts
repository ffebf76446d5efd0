// Owns password hashing: bcrypt (bcryptjs) at cost 12 or more, always off the main thread.
// - Input: base64(HMAC-SHA256(K, UTF-8(NFKC(password)))) — see internal/prehash.ts for why every
//   password is pre-hashed (bcrypt's 72-byte limit, its NUL issue, shucking).
// - Cost: 12 by default, configurable upwards only (12..16); needsRehash() tells the login flow
//   when a stored hash is below the configured cost, so it can store hash(password) while it
//   still has the password (never downgrades a hash of a higher cost).
// - Unknown users: verifyAgainstDummy() does the same work as verify() (pre-hash, then one bcrypt
//   compare at the configured cost, through the same queue), so "no such user" and "wrong
//   password" take the same time and both answer "Invalid credentials" (SP 800-63B §3.1.1.2 and
//   the login flow's single ERR_AUTH_INVALID_CREDENTIALS).
import { randomBytes } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { bcryptCost } from './internal/bcrypt-format';
import { prehashPassword } from './internal/prehash';
import { createWorkerPool, type WorkerPool } from './internal/worker-pool';

export const DEFAULT_BCRYPT_COST = 12;
/** Below 12 a bcrypt hash is too cheap to guess against today (OWASP: 10 is the floor; we keep 12). */
export const MIN_BCRYPT_COST = 12;
/** 16 is ~16× cost 12 (~7 s a login here): anything above is a typo, not a policy. */
export const MAX_BCRYPT_COST = 16;

export interface PasswordHasherOptions {
  /** bcrypt cost (log2 rounds), an integer from 12 to 16; default 12. */
  cost?: number;
  /** Worker threads; default min(2, os.availableParallelism()). */
  workers?: number;
}

export interface PasswordHasher {
  /** The configured cost. */
  readonly cost: number;
  /** A new bcrypt hash ("$2b$12$…", 60 characters) of the NFKC-normalised, pre-hashed password. */
  hash(password: string): Promise<string>;
  /** Whether `password` matches `hash`; rejects when `hash` is not a bcrypt hash at all. */
  verify(password: string, hash: string): Promise<boolean>;
  /** True when `hash` was made with a lower cost than the configured one. */
  needsRehash(hash: string): boolean;
  /**
   * Does verify()'s work against a dummy hash of the configured cost, for unknown users. Always
   * false. The first call also makes the dummy (one extra hash); call it once at startup to warm it.
   */
  verifyAgainstDummy(password: string): Promise<false>;
  /** Rejects queued and running requests and stops the workers. */
  close(): Promise<void>;
}

function checkedCost(cost: number): number {
  if (!Number.isInteger(cost) || cost < MIN_BCRYPT_COST || cost > MAX_BCRYPT_COST) {
    throw new RangeError(
      `password hasher: bcrypt cost must be an integer from ${MIN_BCRYPT_COST} to ${MAX_BCRYPT_COST}, got ${cost}` +
        (typeof cost === 'number' && cost < MIN_BCRYPT_COST ? ' (never below 12)' : ''),
    );
  }
  return cost;
}

const pools = new WeakMap<PasswordHasher, WorkerPool>();

/**
 * @example
 * const hasher = createPasswordHasher({ cost: 12 });
 * const stored = await hasher.hash(password);
 * const ok = user ? await hasher.verify(password, user.passwordHash) : await hasher.verifyAgainstDummy(password);
 * if (ok && hasher.needsRehash(user.passwordHash)) await saveHash(user.id, await hasher.hash(password));
 */
export function createPasswordHasher(options: PasswordHasherOptions = {}): PasswordHasher {
  const cost = checkedCost(options.cost ?? DEFAULT_BCRYPT_COST);
  const pool = createWorkerPool({ size: options.workers ?? Math.min(2, availableParallelism()) });
  /** The dummy hash, made by a worker on first use and then shared by every unknown-user login. */
  let dummy: Promise<string> | undefined;

  async function dummyHash(): Promise<string> {
    dummy ??= pool.run({ op: 'hash', input: randomBytes(32).toString('base64'), cost });
    try {
      return await dummy;
    } catch (e) {
      dummy = undefined; // e.g. a worker crash: the next unknown-user login tries again
      throw e;
    }
  }

  const hasher: PasswordHasher = {
    cost,
    async hash(password) {
      return pool.run({ op: 'hash', input: prehashPassword(password), cost });
    },
    async verify(password, hash) {
      bcryptCost(hash);
      return pool.run({ op: 'verify', input: prehashPassword(password), hash });
    },
    needsRehash: (hash) => bcryptCost(hash) < cost,
    async verifyAgainstDummy(password) {
      const input = prehashPassword(password);
      await pool.run({ op: 'verify', input, hash: await dummyHash() });
      return false;
    },
    close: () => pool.close(),
  };
  pools.set(hasher, pool);
  return hasher;
}

/**
 * Test hooks, frozen; not exported from the capability's index. crashWorker() queues a job that
 * makes the worker taking it throw an uncaught exception (its promise rejects as a crash does);
 * liveWorkers() counts the hasher's running workers.
 */
export const passwordHasherTestHooks = Object.freeze({
  crashWorker(hasher: PasswordHasher): Promise<never> {
    return pools.get(hasher)!.run({ op: 'crash' });
  },
  liveWorkers(hasher: PasswordHasher): number {
    return pools.get(hasher)!.liveWorkers();
  },
});
