// bcrypt at cost 12 takes ~0.3–0.5 s a call here: the tests share one hasher and one stored hash,
// and make about fifteen hashes in all.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import bcrypt from 'bcryptjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPasswordHasher, type PasswordHasher } from '../../../../../../src/main/core/auth/password';
import { prehashPassword } from '../../../../../../src/main/core/auth/password/internal/prehash';
import { passwordHasherTestHooks as hooks } from '../../../../../../src/main/core/auth/password/password-hasher';

const PASSWORD = 'violet tram under seventeen kettles';
const SLOW = 60_000;

/** The full-width (U+FF01..U+FF5E, U+3000) spelling of an ASCII string: NFKC maps it back. */
const fullWidth = (s: string) =>
  [...s].map((c) => (c === ' ' ? '\u3000' : String.fromCodePoint(c.codePointAt(0)! + 0xfee0))).join('');

/** Replaces the character at code-point index `i`. */
function replaceAt(s: string, i: number, c: string): string {
  const cps = [...s];
  cps[i] = c;
  return cps.join('');
}

describe('password hasher', () => {
  let hasher: PasswordHasher;
  let stored: string;

  beforeAll(async () => {
    hasher = createPasswordHasher();
    stored = await hasher.hash(PASSWORD);
  }, SLOW);
  afterAll(() => hasher.close());

  describe('configuration', () => {
    it('defaults to cost 12', () => {
      expect(hasher.cost).toBe(12);
    });

    it('refuses a cost below 12, saying so', () => {
      expect(() => createPasswordHasher({ cost: 11 })).toThrow(RangeError);
      expect(() => createPasswordHasher({ cost: 11 })).toThrow(/from 12 to 16, got 11 \(never below 12\)/);
      expect(() => createPasswordHasher({ cost: 4 })).toThrow(/never below 12/);
    });

    it('refuses a cost above 16 or not an integer, and a bad worker count', () => {
      expect(() => createPasswordHasher({ cost: 17 })).toThrow(/from 12 to 16, got 17/);
      expect(() => createPasswordHasher({ cost: 12.5 })).toThrow(RangeError);
      expect(() => createPasswordHasher({ cost: Number.NaN })).toThrow(RangeError);
      expect(() => createPasswordHasher({ workers: 0 })).toThrow(/workers must be a positive integer/);
    });

    it('starts no worker until there is work', async () => {
      const idle = createPasswordHasher({ cost: 13 });
      expect(hooks.liveWorkers(idle)).toBe(0);
      await idle.close();
    });
  });

  describe('hash and verify', () => {
    it('makes a $2b$ bcrypt hash of the configured cost that does not contain the password', () => {
      expect(stored).toMatch(/^\$2b\$12\$[./A-Za-z0-9]{53}$/);
      expect(stored).not.toContain('violet');
    });

    it('verifies the right password', async () => {
      await expect(hasher.verify(PASSWORD, stored)).resolves.toBe(true);
    }, SLOW);

    it('refuses a wrong password', async () => {
      await expect(hasher.verify('violet tram under seventeen kettle', stored)).resolves.toBe(false);
    }, SLOW);

    it('hashes the NFKC form: a full-width spelling is the same password', async () => {
      const wide = fullWidth(PASSWORD);
      expect(wide).not.toBe(PASSWORD);
      expect(wide.normalize('NFKC')).toBe(PASSWORD);
      await expect(hasher.verify(wide, stored)).resolves.toBe(true);
    }, SLOW);

    it('counts every character of a long password (bcrypt alone would stop at 72 bytes)', async () => {
      // 200 characters, 300+ UTF-8 bytes; the 150th character is far past bcrypt's 72-byte limit.
      const long = ('orbit lantern quietly marching seventy — ünter straße ' + 'kelp '.repeat(40)).slice(0, 200);
      expect([...long]).toHaveLength(200);
      expect(Buffer.byteLength(long)).toBeGreaterThan(72);
      expect(bcrypt.truncates(long)).toBe(true);
      const longHash = await hasher.hash(long);
      await expect(hasher.verify(replaceAt(long, 149, 'X'), longHash)).resolves.toBe(false);
      await expect(hasher.verify(long, longHash)).resolves.toBe(true);
    }, SLOW);

    it('gives bcrypt the pinned pre-hash base64(HMAC-SHA256(K, NFKC(password))), never the password', () => {
      // A known answer: changing the pre-hash would orphan every stored hash (openssl dgst -sha256 -hmac).
      expect(prehashPassword(PASSWORD)).toBe('TF5jiRcF64ym9/W8cxOpvSUk0tMB87+A2IFOsKui2qg=');
      expect(prehashPassword(fullWidth(PASSWORD))).toBe(prehashPassword(PASSWORD));
      expect(bcrypt.compareSync(prehashPassword(PASSWORD), stored)).toBe(true);
      expect(bcrypt.compareSync(PASSWORD, stored)).toBe(false);
    }, SLOW);

    it('rejects a stored value that is not a bcrypt hash, without echoing it', async () => {
      await expect(hasher.verify(PASSWORD, 'plaintext-secret')).rejects.toThrow(TypeError);
      await expect(hasher.verify(PASSWORD, stored.slice(0, 59))).rejects.toThrow(/not a bcrypt hash/);
      await expect(hasher.verify(PASSWORD, 'plaintext-secret')).rejects.not.toThrow(/plaintext-secret/);
      expect(() => hasher.needsRehash('$2b$xx$')).toThrow(TypeError);
    });
  });

  describe('rehash', () => {
    it('asks for a rehash when the configured cost rises above the hash', async () => {
      const stronger = createPasswordHasher({ cost: 13 });
      expect(hasher.needsRehash(stored)).toBe(false);
      expect(stronger.needsRehash(stored)).toBe(true);
      await stronger.close();
    });

    it('never asks to downgrade a hash of a higher cost', () => {
      expect(hasher.needsRehash(stored.replace('$12$', '$13$'))).toBe(false);
    });
  });

  describe('unknown users', () => {
    it('verifyAgainstDummy answers false, even for a password that is right elsewhere', async () => {
      await expect(hasher.verifyAgainstDummy(PASSWORD)).resolves.toBe(false);
      await expect(hasher.verifyAgainstDummy('')).resolves.toBe(false);
    }, SLOW);
  });

  describe('the main thread', () => {
    it('keeps the event loop responsive during 4 concurrent hashes (max delay < 50 ms)', async () => {
      const hist = monitorEventLoopDelay({ resolution: 1 });
      hist.enable();
      const hashes = await Promise.all([1, 2, 3, 4].map(() => hasher.hash(PASSWORD)));
      hist.disable();
      expect(new Set(hashes).size).toBe(4); // a fresh salt each time
      expect(hist.max / 1e6).toBeLessThan(50);
    }, SLOW);
  });

  describe('worker failures', () => {
    it('rejects the job of a worker that crashes, replaces the worker and runs the queued jobs', async () => {
      const single = createPasswordHasher({ workers: 1 });
      try {
        const crash = hooks.crashWorker(single);
        const queued = single.verify(PASSWORD, stored); // waits behind the crash on the only worker
        await expect(crash).rejects.toThrow(/password worker crashed; the request was not completed/);
        await expect(queued).resolves.toBe(true);
        expect(hooks.liveWorkers(single)).toBe(1);
      } finally {
        await single.close();
      }
    }, SLOW);

    it('keeps serving after a crash on the shared pool', async () => {
      await expect(hooks.crashWorker(hasher)).rejects.toThrow(/crashed/);
      await expect(hasher.verify('not it at all, not at all', stored)).resolves.toBe(false);
      expect(hooks.liveWorkers(hasher)).toBeLessThanOrEqual(2);
    }, SLOW);

    it('close() rejects running and later requests', async () => {
      const h = createPasswordHasher();
      const running = expect(h.hash(PASSWORD)).rejects.toThrow(/closed/);
      await h.close();
      await running;
      await expect(h.verify(PASSWORD, stored)).rejects.toThrow(/closed/);
      expect(hooks.liveWorkers(h)).toBe(0);
    });
  });
});
