// Login: what a password check costs, and whether it keeps the main event loop responsive.
// - Latency: hasher.verify (known user) against hasher.verifyAgainstDummy (unknown user); their
//   medians should be equal — the difference is the timing an attacker could use to find user names.
// - Event loop: the max delay of the main loop while 10 logins verify at once (aim < 20 ms),
//   against an idle loop of the same length and against the same 10 bcryptjs.compare calls run on
//   the main thread — the async API still blocks ~100 ms at a time, which is why the worker exists.
// - Tokens: one jose HS256 jwtVerify per IPC call, with a pre-imported CryptoKey and with raw key
//   bytes (jose imports those on every call), against a bare node:crypto HMAC-SHA256 of the same
//   signing input.
// Prints numbers and PASS/FAIL; never fails on a number.
import { createHmac, randomBytes } from 'node:crypto';
import { loadavg } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import bcrypt from 'bcryptjs';
import { jwtVerify, SignJWT } from 'jose';
import { createPasswordHasher } from '../../src/main/core/auth/password';
import { prehashPassword } from '../../src/main/core/auth/password/internal/prehash';
import { banner, fmt, type LoopStats, max, median, min, printTable, runBench, smoke, timeAsync, watchLoop, worstDelay } from './internal/harness';

const PASSWORD = 'orbit lantern quietly marching seventy';
const LOOP_LIMIT_MS = 20;
const LATENCY_RUNS = smoke ? 1 : 15;
const CONCURRENT = smoke ? 2 : 10;
const TOKEN_ROUNDS = smoke ? 2 : 15;
const TOKEN_CALLS = smoke ? 20 : 1000;



async function check(label: string, p: Promise<boolean>, expected: boolean): Promise<void> {
  if ((await p) !== expected) throw new Error(`${label} answered ${!expected}`);
}

async function passwordBench(): Promise<{ known: number; unknown: number; loop: LoopStats; idle: LoopStats; mainThread: LoopStats }> {
  const hasher = createPasswordHasher();
  try {
    const stored = await hasher.hash(PASSWORD);
    const verify = () => check('verify(right password)', hasher.verify(PASSWORD, stored), true);
    const dummy = () => hasher.verifyAgainstDummy(PASSWORD);
    // Warm-up: starts the workers and makes the dummy hash (a one-off cost of the first unknown user).
    await Promise.all([verify(), dummy()]);

    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < LATENCY_RUNS; i++) {
      // Alternate the order so neither side always runs on a warmer machine.
      if (i % 2 === 0) {
        known.push(await timeAsync(verify));
        unknown.push(await timeAsync(dummy));
      } else {
        unknown.push(await timeAsync(dummy));
        known.push(await timeAsync(verify));
      }
    }
    const k = median(known);
    const u = median(unknown);
    const pairedDiff = median(known.map((x, i) => x - unknown[i]!));
    printTable(
      `Login latency, bcrypt cost ${hasher.cost} in ${Math.min(2, CONCURRENT)} worker thread(s) (runs each: ${LATENCY_RUNS}, interleaved)`,
      ['operation', 'median ms', 'min ms', 'max ms'],
      [
        ['hasher.verify (known user)', fmt(k, 1), fmt(min(known), 1), fmt(max(known), 1)],
        ['hasher.verifyAgainstDummy (unknown user)', fmt(u, 1), fmt(min(unknown), 1), fmt(max(unknown), 1)],
      ],
    );
    console.log(
      `known − unknown: ${fmt(k - u, 2)} ms between medians, ${fmt(pairedDiff, 2)} ms median paired difference ` +
        `(${fmt((100 * Math.abs(k - u)) / k, 1)} % of a login; should be ~0)`,
    );

    // Event loop: 10 logins at once through the hasher, an idle loop as long, then the same 10
    // compares with bcryptjs's async API on the main thread.
    const loop = await watchLoop(() => Promise.all(Array.from({ length: CONCURRENT }, verify)));
    const idle = await watchLoop(() => sleep(loop.wallMs));
    const input = prehashPassword(PASSWORD);
    const mainThread = await watchLoop(() =>
      Promise.all(Array.from({ length: CONCURRENT }, () => check('bcryptjs.compare', bcrypt.compare(input, stored), true))),
    );
    printTable(
      `Main event loop delay during ${CONCURRENT} concurrent logins (monitorEventLoopDelay resolution 1 ms + 1 ms setInterval ticker)`,
      ['while', 'wall ms', 'hist max ms', 'hist p99 ms', 'tick max gap ms', `< ${LOOP_LIMIT_MS} ms`],
      [
        { label: `idle (baseline)`, st: idle, verdict: '' },
        { label: `${CONCURRENT} × hasher.verify (workers)`, st: loop, verdict: worstDelay(loop) < LOOP_LIMIT_MS ? 'PASS' : 'FAIL' },
        { label: `${CONCURRENT} × bcryptjs.compare (main thread)`, st: mainThread, verdict: worstDelay(mainThread) < LOOP_LIMIT_MS ? 'PASS' : 'FAIL' },
      ].map(({ label, st, verdict }) => [label, fmt(st.wallMs, 0), fmt(st.histMax, 2), fmt(st.histP99, 2), fmt(st.tickMax, 2), verdict]),
    );
    if (worstDelay(idle) >= LOOP_LIMIT_MS / 2) {
      console.log(
        `note: the idle loop alone reached ${fmt(worstDelay(idle), 2)} ms: the machine is busy (load average ` +
          `${loadavg().map((x) => x.toFixed(2)).join(' ')}), so the delays above say more about it than about the hasher.`,
      );
    }
    return { known: k, unknown: u, loop, idle, mainThread };
  } finally {
    await hasher.close();
  }
}

/** Microseconds per call of `fn`, the median over rounds of TOKEN_CALLS sequential calls. */
async function perCallMicros(fn: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < TOKEN_CALLS; i++) await fn(); // warm-up
  const rounds: number[] = [];
  for (let r = 0; r < TOKEN_ROUNDS; r++) {
    const t0 = performance.now();
    for (let i = 0; i < TOKEN_CALLS; i++) await fn();
    rounds.push(((performance.now() - t0) * 1000) / TOKEN_CALLS);
  }
  return median(rounds);
}

async function tokenBench(): Promise<number> {
  const secret = randomBytes(32);
  const cryptoKey = await crypto.subtle.importKey('raw', secret, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']);
  const token = await new SignJWT({ typ: 'access', cid: 'window-1' })
    .setProtectedHeader({ alg: 'HS256', kid: 'k1', typ: 'JWT' })
    .setSubject('6f1c2f0e-8d3a-4b7e-9c1d-2a5b8e7f0c41')
    .setJti('0b6d3c9a-1e2f-4a5b-8c7d-9e0f1a2b3c4d')
    .setIssuedAt()
    .setExpirationTime('15m')
    .sign(cryptoKey);
  const signingInput = token.slice(0, token.lastIndexOf('.'));
  const expectedSig = token.slice(token.lastIndexOf('.') + 1);
  const options = { algorithms: ['HS256'] };

  const preimported = await perCallMicros(() => jwtVerify(token, cryptoKey, options));
  const rawBytes = await perCallMicros(() => jwtVerify(token, secret, options));
  const hmac = await perCallMicros(() => {
    const ok = createHmac('sha256', secret).update(signingInput).digest('base64url') === expectedSig;
    return ok ? Promise.resolve() : Promise.reject(new Error('hmac mismatch'));
  });
  printTable(
    `Token verification per IPC call (jose HS256 jwtVerify, ${token.length}-byte token; ${TOKEN_ROUNDS} rounds × ${TOKEN_CALLS} calls)`,
    ['operation', 'µs / call', 'calls / s', 'vs HMAC'],
    [
      ['jwtVerify, pre-imported CryptoKey', fmt(preimported, 1), fmt(1e6 / preimported, 0), fmt(preimported / hmac, 2)],
      ['jwtVerify, raw key bytes (imported per call)', fmt(rawBytes, 1), fmt(1e6 / rawBytes, 0), fmt(rawBytes / hmac, 2)],
      ['node:crypto HMAC-SHA256 of the signing input (baseline)', fmt(hmac, 1), fmt(1e6 / hmac, 0), '1.00'],
    ],
  );
  return preimported;
}

async function main(): Promise<void> {
  banner('login', 'password verify latency (known vs unknown user), main event loop during concurrent logins, token verify cost');
  const pw = await passwordBench();
  const tokenMicros = await tokenBench();
  const delay = worstDelay(pw.loop);
  console.log(
    `\nlogin: verify ${fmt(pw.known, 1)} ms, unknown user ${fmt(pw.unknown, 1)} ms (diff ${fmt(pw.known - pw.unknown, 2)} ms); ` +
      `max loop delay during ${CONCURRENT} logins ${fmt(delay, 2)} ms (${delay < LOOP_LIMIT_MS ? 'PASS' : 'FAIL'} < ${LOOP_LIMIT_MS} ms; ` +
      `idle ${fmt(worstDelay(pw.idle), 2)} ms, bcryptjs on the main thread ${fmt(worstDelay(pw.mainThread), 2)} ms); ` +
      `jose HS256 verify ${fmt(tokenMicros, 1)} µs/call${smoke ? ' [smoke]' : ''}`,
  );
}

runBench(main);
