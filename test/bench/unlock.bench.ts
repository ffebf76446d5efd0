// Vault unlock: how long each slot kind takes, and whether a PBKDF2 unlock keeps the main event
// loop responsive (it must: PBKDF2 runs on libuv's thread pool, and the loop's max delay during an
// unlock should stay under 20 ms).
// Baselines measured in the same run: raw crypto.pbkdf2 with the slot's parameters (passphrase
// slot), the backend's own getSecret (keychain slot), and an idle loop (loop delay).
import { pbkdf2, randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import { createMemoryLogger } from '../../src/main/core/log';
import { createKeytarBackend, createVault, type KeychainBackend, SLOT_FILE_NAME, type Vault } from '../../src/main/core/vault';
import { banner, fmt, type LoopStats, max, median, min, printTable, runBench, smoke, timeAsync, watchLoop, worstDelay } from './internal/harness';

const PASSPHRASE = 'orbit lantern quietly marching seventy';
const LOOP_LIMIT_MS = 20;
const UNLOCK_RUNS = smoke ? 1 : 9;
const LOOP_RUNS = smoke ? 1 : 5;
const KEYCHAIN_RUNS = smoke ? 3 : 25;
/** Own service name, so a run against a real desktop keyring never touches a real vault's entries. */
const BENCH_KEYCHAIN_SERVICE = 'org.residency-scheduler.vault.bench';

const pbkdf2Async = promisify(pbkdf2);

async function withTempDir<T>(fn: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(path.join(tmpdir(), 'resched-bench-'));
  try {
    return await fn(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The iteration count the vault actually stored for its passphrase slot (the baseline must match). */
async function storedIterations(dataDir: string): Promise<number> {
  const file = JSON.parse(await readFile(path.join(dataDir, SLOT_FILE_NAME), 'utf8')) as {
    slots: { kind: string; kdf?: { iterations?: number } }[];
  };
  const n = file.slots.find((s) => s.kind === 'passphrase')?.kdf?.iterations;
  if (typeof n !== 'number') throw new Error('vault.json has no passphrase slot with an iteration count');
  return n;
}

async function timedUnlock(vault: Vault, req: Parameters<Vault['unlock']>[0]): Promise<number> {
  const ms = await timeAsync(() => vault.unlock(req));
  if (!vault.isUnlocked()) throw new Error(`unlock(${req.method}) returned but the vault is locked`);
  vault.lock();
  return ms;
}



/** Median of the per-run time ratios (run i of each side ran back to back), robust to load bursts. */
const pairedRatio = (ours: readonly number[], base: readonly number[]): number => median(ours.map((x, i) => x / base[i]!));

async function repeat(n: number, fn: () => Promise<unknown>): Promise<void> {
  for (let i = 0; i < n; i++) await fn();
}

async function passphraseBench(): Promise<{ unlockMs: number; loop: LoopStats; idle: LoopStats }> {
  return withTempDir(async (dataDir) => {
    const vault = createVault({ dataDir, keychain: null, log: createMemoryLogger().logger, pbkdf2Iterations: 600_000 });
    await vault.setup({ useKeychain: false, passphrase: PASSPHRASE });
    vault.lock();
    const iterations = await storedIterations(dataDir);
    const password = Buffer.from(PASSPHRASE.normalize('NFKC'), 'utf8');
    const rawPbkdf2 = () => pbkdf2Async(password, randomBytes(16), iterations, 32, 'sha256');

    // Warm-up: the first unlock pays for module init, the thread pool and the file cache.
    if (!smoke) {
      await timedUnlock(vault, { method: 'passphrase', passphrase: PASSPHRASE });
      await rawPbkdf2();
    }

    const unlock: number[] = [];
    const raw: number[] = [];
    for (let i = 0; i < UNLOCK_RUNS; i++) {
      // Alternate the order so neither side always runs on a warmer machine.
      if (i % 2 === 0) {
        unlock.push(await timedUnlock(vault, { method: 'passphrase', passphrase: PASSPHRASE }));
        raw.push(await timeAsync(rawPbkdf2));
      } else {
        raw.push(await timeAsync(rawPbkdf2));
        unlock.push(await timedUnlock(vault, { method: 'passphrase', passphrase: PASSPHRASE }));
      }
    }

    // Event loop: an idle loop of the same length, raw PBKDF2, then the vault's unlock.
    const idleMs = LOOP_RUNS * median(unlock);
    const idle = await watchLoop(() => sleep(idleMs));
    const rawLoop = await watchLoop(() => repeat(LOOP_RUNS, rawPbkdf2));
    const unlockLoop = await watchLoop(() => repeat(LOOP_RUNS, () => timedUnlock(vault, { method: 'passphrase', passphrase: PASSPHRASE })));

    const u = median(unlock);
    const r = median(raw);
    const ratio = pairedRatio(unlock, raw);
    printTable(
      `Passphrase slot unlock (PBKDF2-SHA256, ${iterations.toLocaleString('en-US')} iterations; runs each: ${UNLOCK_RUNS}, interleaved)`,
      ['operation', 'median ms', 'min ms', 'max ms', 'vs raw (time)'],
      [
        ["vault.unlock({method:'passphrase'})", fmt(u, 1), fmt(min(unlock), 1), fmt(max(unlock), 1), fmt(ratio, 3)],
        ['raw crypto.pbkdf2 (baseline)', fmt(r, 1), fmt(min(raw), 1), fmt(max(raw), 1), '1.000'],
      ],
    );
    printTable(
      `Main event loop delay (monitorEventLoopDelay resolution 1 ms + 1 ms setInterval ticker; operations per row: ${LOOP_RUNS})`,
      ['while', 'hist max ms', 'hist p99 ms', 'tick max gap ms', `< ${LOOP_LIMIT_MS} ms`],
      [
        { label: `idle (${fmt(idleMs, 0)} ms, baseline)`, st: idle, verdict: '' },
        { label: 'raw crypto.pbkdf2', st: rawLoop, verdict: '' },
        { label: "vault.unlock({method:'passphrase'})", st: unlockLoop, verdict: worstDelay(unlockLoop) < LOOP_LIMIT_MS ? 'PASS' : 'FAIL' },
      ].map(({ label, st, verdict }) => [label, fmt(st.histMax, 2), fmt(st.histP99, 2), fmt(st.tickMax, 2), verdict]),
    );
    if (worstDelay(idle) >= LOOP_LIMIT_MS / 2) {
      console.log(
        `note: the idle loop alone reached ${fmt(worstDelay(idle), 2)} ms: the machine is busy (load average ` +
          `${loadavg().map((x) => x.toFixed(2)).join(' ')}), so the delays above say more about it than about unlock.`,
      );
    }
    return { unlockMs: u, loop: unlockLoop, idle };
  });
}

/** Why there is no usable Secret Service here, or null when there is one. */
async function keychainProblem(backend: KeychainBackend): Promise<string | null> {
  if (!process.env.DBUS_SESSION_BUS_ADDRESS) return 'DBUS_SESSION_BUS_ADDRESS is not set';
  const status = await backend.probe();
  return status.available ? null : (status.problem ?? 'probe failed');
}

async function keychainBench(): Promise<number | null> {
  const backend = createKeytarBackend({ service: BENCH_KEYCHAIN_SERVICE });
  const problem = await keychainProblem(backend);
  if (problem) {
    console.log(`\nkeychain: skipped (no Secret Service: ${problem})`);
    return null;
  }
  return withTempDir(async (dataDir) => {
    const vault = createVault({ dataDir, keychain: backend, log: createMemoryLogger().logger });
    try {
      await vault.setup({ useKeychain: true });
      vault.lock();
      const slot = (await vault.status()).slots.find((s) => s.kind === 'os-keychain');
      if (!slot) throw new Error('setup({useKeychain:true}) made no os-keychain slot');
      const lookup = async () => {
        if ((await backend.getSecret(slot.id)) === null) throw new Error('keychain entry vanished');
      };

      await timedUnlock(vault, { method: 'keychain' });
      await lookup();
      const unlock: number[] = [];
      const raw: number[] = [];
      for (let i = 0; i < KEYCHAIN_RUNS; i++) {
        if (i % 2 === 0) {
          unlock.push(await timedUnlock(vault, { method: 'keychain' }));
          raw.push(await timeAsync(lookup));
        } else {
          raw.push(await timeAsync(lookup));
          unlock.push(await timedUnlock(vault, { method: 'keychain' }));
        }
      }
      const u = median(unlock);
      const r = median(raw);
      const ratio = pairedRatio(unlock, raw);
      printTable(
        `Keychain slot unlock (${backend.name}; runs each: ${KEYCHAIN_RUNS}, interleaved)`,
        ['operation', 'median ms', 'min ms', 'max ms', 'vs lookup (time)'],
        [
          ["vault.unlock({method:'keychain'})", fmt(u, 2), fmt(min(unlock), 2), fmt(max(unlock), 2), fmt(ratio, 3)],
          ['backend.getSecret (baseline)', fmt(r, 2), fmt(min(raw), 2), fmt(max(raw), 2), '1.000'],
        ],
      );
      return u;
    } finally {
      // removeSlot refuses the last slot of a kind and never deletes the secret of a slot it keeps:
      // delete every keychain entry this vault made directly.
      vault.lock();
      const slots = await vault.status().then((s) => s.slots, () => []);
      for (const s of slots.filter((x) => x.kind === 'os-keychain')) {
        await backend.deleteSecret(s.id).catch((e: unknown) => console.error(`could not delete keychain entry ${s.id}:`, e));
      }
    }
  });
}

async function main(): Promise<void> {
  banner('unlock', 'vault unlock per slot kind, and the main event loop during a PBKDF2 unlock');
  const pass = await passphraseBench();
  const kc = await keychainBench();
  const delay = worstDelay(pass.loop);
  console.log(
    `\nunlock: passphrase ${fmt(pass.unlockMs, 1)} ms, keychain ${kc === null ? 'skipped' : `${fmt(kc, 2)} ms`}, ` +
      `max loop delay ${fmt(delay, 2)} ms (${delay < LOOP_LIMIT_MS ? 'PASS' : 'FAIL'} < ${LOOP_LIMIT_MS} ms; idle baseline ` +
      `${fmt(worstDelay(pass.idle), 2)} ms)${smoke ? ' [smoke]' : ''}`,
  );
}

runBench(main);
