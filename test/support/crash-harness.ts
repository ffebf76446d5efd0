// Test support: a crash harness. A child process does durable work and reports each piece of it
// on stdout; the parent SIGKILLs it at random moments, over and over, and after every run lets the
// test check that everything reported survived. Reused by the store, backup and key-rotation crash
// tests: the harness knows nothing about what the child does.
//
// Child protocol: one `<verb> <id>` line per event on stdout, e.g. `commit 42`, written only after
// the event is durable and with fs.writeSync (unbuffered: a line written is in the pipe before the
// child's next statement, and a pipe's contents survive the writer's SIGKILL). `commit` lines make
// up `reported`; any other verb is kept under its own name (`events('delete')`). Only lines ending
// in a newline count: a last line cut off by the kill is ignored. A complete line that does not
// follow the protocol fails the harness.
import { spawn } from 'node:child_process';

export interface CrashRun {
  /** 0-based index of this run. */
  iteration: number;
  /** The harness SIGKILLed this child (false: it exited with code 0 by itself first). */
  killed: boolean;
  /** ms from spawn to the first complete line (the moment the kill clock started, by default). */
  startupMs: number;
  /** The random delay drawn for the kill, ms. */
  killDelayMs: number;
  /** ms from spawn until the child was gone. */
  lifeMs: number;
  /** `commit` lines in this run. */
  commits: number;
  /** complete lines in this run. */
  lines: number;
  /** An incomplete last line, ignored (empty if none). */
  partialTail: string;
}

export interface CrashVerifyContext {
  iteration: number;
  killed: boolean;
  /** ids of every complete `commit <id>` line, from every run so far. */
  reported: ReadonlySet<string>;
  /** ids of every complete `<verb> <id>` line, from every run so far. */
  events(verb: string): ReadonlySet<string>;
  run: CrashRun;
}

export interface CrashHarnessOptions {
  /** A plain JavaScript file run as `node <childScript> ...childArgs`. */
  childScript: string;
  childArgs?: readonly string[] | ((iteration: number) => readonly string[]);
  /** Real SIGKILLs to deliver; runs that end by themselves do not count. */
  kills: number;
  /** The kill lands a uniformly random [minRunMs, maxRunMs] after the clock starts. */
  minRunMs: number;
  maxRunMs: number;
  /**
   * When the kill clock starts. 'first-line' (default): at the child's first complete line, so
   * the kill lands in the child's work however slowly the machine starts node (a loaded CI box can
   * take several hundred ms). 'spawn': at spawn, so kills can also land during start-up.
   */
  clockStartsAt?: 'first-line' | 'spawn';
  /** Called after every run (killed or not), before the next child starts. Throwing stops the harness. */
  verify: (ctx: CrashVerifyContext) => void | Promise<void>;
  onCommit?: (id: string, iteration: number) => void;
  /** Give up after this many runs (default: 2 × kills + 10). */
  maxRuns?: number;
  /** A child that prints no line within this time is killed and fails the harness (default 20 s). */
  startupTimeoutMs?: number;
  env?: NodeJS.ProcessEnv;
}

export interface CrashHarnessStats {
  kills: number;
  runs: number;
  /** Runs that ended with exit code 0 before the kill. */
  selfExits: number;
  /** `commit` lines over all runs. */
  commits: number;
  /** Killed runs that reported at least one commit: the kill landed in the middle of the work. */
  killsAfterCommits: number;
  /** Incomplete last lines that were ignored. */
  partialLines: number;
  totalMs: number;
  /** Time spent with a child alive. */
  childMs: number;
  verifyMs: number;
  maxVerifyMs: number;
  medianStartupMs: number;
  records: CrashRun[];
}

const LINE = /^([a-z][a-z0-9-]*) (\S+)$/;

/** Runs the child until it has been SIGKILLed `opts.kills` times, verifying after every run. */
export async function runCrashHarness(opts: CrashHarnessOptions): Promise<CrashHarnessStats> {
  if (!(opts.kills >= 1) || !(opts.minRunMs >= 0) || !(opts.maxRunMs >= opts.minRunMs)) {
    throw new Error(`crash harness: bad options kills=${opts.kills} minRunMs=${opts.minRunMs} maxRunMs=${opts.maxRunMs}`);
  }
  const maxRuns = opts.maxRuns ?? 2 * opts.kills + 10;
  const byVerb = new Map<string, Set<string>>([['commit', new Set()]]);
  const events = (verb: string): ReadonlySet<string> => byVerb.get(verb) ?? new Set();
  const records: CrashRun[] = [];
  const started = performance.now();
  let verifyMs = 0;
  let maxVerifyMs = 0;

  let kills = 0;
  for (let iteration = 0; kills < opts.kills; iteration++) {
    if (iteration >= maxRuns) {
      throw new Error(`crash harness: only ${kills} of ${opts.kills} kills in ${maxRuns} runs: the child keeps finishing before the kill`);
    }
    const run = await runOnce(opts, iteration, (verb, id) => {
      let ids = byVerb.get(verb);
      if (!ids) byVerb.set(verb, (ids = new Set()));
      ids.add(id);
      if (verb === 'commit') opts.onCommit?.(id, iteration);
    });
    records.push(run);
    if (run.killed) kills++;
    const t = performance.now();
    try {
      await opts.verify({ iteration, killed: run.killed, reported: events('commit'), events, run });
    } catch (e) {
      const how = run.killed ? `SIGKILLed ${run.killDelayMs} ms after its first line` : 'exited by itself';
      throw new Error(`crash harness: verify failed after run ${iteration} (${how}, ${run.commits} commits reported in that run): ${String(e)}`, {
        cause: e,
      });
    }
    const ms = performance.now() - t;
    verifyMs += ms;
    maxVerifyMs = Math.max(maxVerifyMs, ms);
  }

  const startups = records.map((r) => r.startupMs).sort((a, b) => a - b);
  return {
    kills,
    runs: records.length,
    selfExits: records.filter((r) => !r.killed).length,
    commits: records.reduce((n, r) => n + r.commits, 0),
    killsAfterCommits: records.filter((r) => r.killed && r.commits > 0).length,
    partialLines: records.filter((r) => r.partialTail !== '').length,
    totalMs: performance.now() - started,
    childMs: records.reduce((n, r) => n + r.lifeMs, 0),
    verifyMs,
    maxVerifyMs,
    medianStartupMs: startups[Math.floor(startups.length / 2)] ?? 0,
    records,
  };
}

function runOnce(opts: CrashHarnessOptions, iteration: number, record: (verb: string, id: string) => void): Promise<CrashRun> {
  const args = typeof opts.childArgs === 'function' ? opts.childArgs(iteration) : (opts.childArgs ?? []);
  const killDelayMs = Math.round(opts.minRunMs + Math.random() * (opts.maxRunMs - opts.minRunMs));
  return new Promise((resolve, reject) => {
    const spawnedAt = performance.now();
    const child = spawn(process.execPath, [opts.childScript, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: opts.env ?? process.env,
    });
    let buffered = '';
    let stderr = '';
    let lines = 0;
    let commits = 0;
    let startupMs = -1;
    let killTimer: NodeJS.Timeout | undefined;
    let killSent = false;
    let failure: Error | undefined;

    const kill = () => {
      if (killSent) return;
      killSent = true;
      child.kill('SIGKILL');
    };
    const fail = (e: Error) => {
      failure ??= e;
      kill();
    };
    const armKill = () => {
      killTimer = setTimeout(kill, killDelayMs);
    };
    const startupTimer = setTimeout(
      () => fail(new Error(`child printed nothing within ${opts.startupTimeoutMs ?? 20_000} ms`)),
      opts.startupTimeoutMs ?? 20_000,
    );
    if (opts.clockStartsAt === 'spawn') armKill();

    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      buffered += chunk;
      let nl: number;
      while ((nl = buffered.indexOf('\n')) >= 0) {
        const line = buffered.slice(0, nl);
        buffered = buffered.slice(nl + 1);
        if (failure) continue;
        const m = LINE.exec(line);
        if (!m) {
          fail(new Error(`child broke the line protocol: ${JSON.stringify(line.slice(0, 200))}`));
          continue;
        }
        lines++;
        if (startupMs < 0) {
          startupMs = performance.now() - spawnedAt;
          clearTimeout(startupTimer);
          if (opts.clockStartsAt !== 'spawn') armKill();
        }
        if (m[1] === 'commit') commits++;
        record(m[1]!, m[2]!);
      }
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      if (stderr.length < 8192) stderr += chunk;
    });
    child.on('error', fail);
    // 'close' comes after stdout has ended: every line the child wrote has been seen.
    child.on('close', (code, signal) => {
      clearTimeout(startupTimer);
      clearTimeout(killTimer);
      const lifeMs = performance.now() - spawnedAt;
      const where = `crash harness: run ${iteration} (${opts.childScript})`;
      if (failure) return reject(new Error(`${where}: ${failure.message}\n${stderr}`, { cause: failure }));
      const killed = killSent && signal === 'SIGKILL';
      if (!killed && code !== 0) return reject(new Error(`${where}: child failed (code ${code}, signal ${signal})\n${stderr}`));
      resolve({ iteration, killed, startupMs, killDelayMs, lifeMs, commits, lines, partialTail: buffered });
    });
  });
}
