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
//
// With `prestart`, the harness starts the next child while the current one runs and is verified,
// and sets CRASH_HARNESS_WAIT_FOR_GO=1 in its environment: such a child loads its modules, then
// must wait for the line `go` on stdin before touching anything the current child or the verifier
// may be using. That hides node's start-up (100–300 ms a run on a loaded 2-core machine).
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';

export interface CrashRun {
  /** 0-based index of this run. */
  iteration: number;
  /** The harness SIGKILLed this child (false: it exited with code 0 by itself first). */
  killed: boolean;
  /** ms from the start (spawn, or `go` with prestart) to the child's first complete line. */
  startupMs: number;
  /** ms from the kill clock's start to the first `commit` line (-1: none). */
  firstCommitMs: number;
  /** The random delay drawn for the kill, ms. */
  killDelayMs: number;
  /** ms from the start (spawn, or `go` with prestart) until the child was gone. */
  lifeMs: number;
  /** `commit` lines in this run. */
  commits: number;
  /** Complete lines in this run. */
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
  /** The kill lands a uniformly random [minRunMs, maxRunMs] after the kill clock starts. */
  minRunMs: number;
  maxRunMs: number;
  /**
   * When the kill clock starts. 'first-line' (default): at the child's first complete line, so
   * the kill lands in the child's work however slowly the machine starts node. 'start': when the
   * child is spawned (or sent `go`), so kills can also land during its start-up.
   */
  clockStartsAt?: 'first-line' | 'start';
  /** Start each child early and release it with `go` on stdin (see the header). Default false. */
  prestart?: boolean;
  /** Called after every run (killed or not), before the next child starts. Throwing stops the harness. */
  verify: (ctx: CrashVerifyContext) => void | Promise<void>;
  onCommit?: (id: string, iteration: number) => void;
  /** Give up after this many runs (default: 2 × kills + 10). */
  maxRuns?: number;
  /** A child that prints no line within this time of its start is killed and fails the harness (default 20 s). */
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
  /** Killed runs that had reported at least one commit: the kill landed in the middle of the work. */
  killsAfterCommits: number;
  /** Incomplete last lines that were ignored. */
  partialLines: number;
  totalMs: number;
  /** Time spent with a released child alive. */
  childMs: number;
  verifyMs: number;
  maxVerifyMs: number;
  medianStartupMs: number;
  records: CrashRun[];
}

const LINE = /^([a-z][a-z0-9-]*) (\S+)$/;
const DEFAULT_STARTUP_TIMEOUT_MS = 20_000;

/** Runs the child until it has been SIGKILLed `opts.kills` times, verifying after every run. */
export async function runCrashHarness(opts: CrashHarnessOptions): Promise<CrashHarnessStats> {
  if (!(opts.kills >= 1) || !(opts.minRunMs >= 0) || !(opts.maxRunMs >= opts.minRunMs)) {
    throw new Error(`crash harness: bad options kills=${opts.kills} minRunMs=${opts.minRunMs} maxRunMs=${opts.maxRunMs}`);
  }
  const maxRuns = opts.maxRuns ?? 2 * opts.kills + 10;
  const byVerb = new Map<string, Set<string>>([['commit', new Set()]]);
  const events = (verb: string): ReadonlySet<string> => byVerb.get(verb) ?? new Set();
  const record = (verb: string, id: string, iteration: number) => {
    let ids = byVerb.get(verb);
    if (!ids) byVerb.set(verb, (ids = new Set()));
    ids.add(id);
    if (verb === 'commit') opts.onCommit?.(id, iteration);
  };
  const records: CrashRun[] = [];
  const started = performance.now();
  let verifyMs = 0;
  let maxVerifyMs = 0;
  let kills = 0;

  let next: Child | undefined = new Child(opts, 0, record);
  try {
    for (let iteration = 0; kills < opts.kills; iteration++) {
      if (iteration >= maxRuns) {
        throw new Error(`crash harness: only ${kills} of ${opts.kills} kills in ${maxRuns} runs: the child keeps finishing before the kill`);
      }
      const current: Child = next ?? new Child(opts, iteration, record);
      const running = current.run();
      next = opts.prestart ? new Child(opts, iteration + 1, record) : undefined;
      const run = await running;
      records.push(run);
      if (run.killed) kills++;
      const t = performance.now();
      try {
        await opts.verify({ iteration, killed: run.killed, reported: events('commit'), events, run });
      } catch (e) {
        const how = run.killed ? `SIGKILLed ${run.killDelayMs} ms after the clock started` : 'exited by itself';
        throw new Error(`crash harness: verify failed after run ${iteration} (${how}, ${run.commits} commits reported in that run): ${String(e)}`, {
          cause: e,
        });
      }
      const ms = performance.now() - t;
      verifyMs += ms;
      maxVerifyMs = Math.max(maxVerifyMs, ms);
    }
  } finally {
    // A prestarted child that was never released has touched nothing: just end it.
    next?.discard();
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

/** One child process: spawned at construction, released and watched by run(). */
class Child {
  private readonly proc: ChildProcessWithoutNullStreams;
  private readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  private readonly killDelayMs: number;
  private buffered = '';
  private stderr = '';
  private lines = 0;
  private commits = 0;
  private startedAt = -1;
  private clockAt = -1;
  private startupMs = -1;
  private firstCommitMs = -1;
  private killTimer: NodeJS.Timeout | undefined;
  private killSent = false;
  private failure: Error | undefined;

  constructor(
    private readonly opts: CrashHarnessOptions,
    private readonly iteration: number,
    private readonly record: (verb: string, id: string, iteration: number) => void,
  ) {
    const args = typeof opts.childArgs === 'function' ? opts.childArgs(iteration) : (opts.childArgs ?? []);
    this.killDelayMs = Math.round(opts.minRunMs + Math.random() * (opts.maxRunMs - opts.minRunMs));
    this.proc = spawn(process.execPath, [opts.childScript, ...args], {
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...(opts.env ?? process.env), ...(opts.prestart ? { CRASH_HARNESS_WAIT_FOR_GO: '1' } : {}) },
    });
    // Writing `go` to a child that already died must not crash the parent: its exit tells the story.
    this.proc.stdin.on('error', () => undefined);
    if (!opts.prestart) this.proc.stdin.end();
    this.proc.stdout.setEncoding('utf8');
    this.proc.stdout.on('data', (chunk: string) => this.onStdout(chunk));
    this.proc.stderr.setEncoding('utf8');
    this.proc.stderr.on('data', (chunk: string) => {
      if (this.stderr.length < 8192) this.stderr += chunk;
    });
    this.proc.on('error', (e) => this.fail(e));
    // 'close' comes after stdout has ended: by then every line the child wrote has been seen.
    this.exited = new Promise((resolve) => this.proc.on('close', (code, signal) => resolve({ code, signal })));
  }

  /** Releases the child and resolves once it is gone (SIGKILLed by the clock, or exited). */
  async run(): Promise<CrashRun> {
    this.startedAt = performance.now();
    if (this.opts.prestart) this.proc.stdin.write('go\n');
    const timeoutMs = this.opts.startupTimeoutMs ?? DEFAULT_STARTUP_TIMEOUT_MS;
    const startupTimer = setTimeout(() => {
      if (this.startupMs < 0) this.fail(new Error(`child printed nothing within ${timeoutMs} ms`));
    }, timeoutMs);
    if (this.opts.clockStartsAt === 'start') this.startClock();
    const { code, signal } = await this.exited;
    clearTimeout(startupTimer);
    clearTimeout(this.killTimer);
    const lifeMs = performance.now() - this.startedAt;
    const where = `crash harness: run ${this.iteration} (${this.opts.childScript})`;
    if (this.failure) throw new Error(`${where}: ${this.failure.message}\n${this.stderr}`, { cause: this.failure });
    const killed = this.killSent && signal === 'SIGKILL';
    if (!killed && code !== 0) throw new Error(`${where}: child failed (code ${code}, signal ${signal})\n${this.stderr}`);
    return {
      iteration: this.iteration,
      killed,
      startupMs: this.startupMs,
      firstCommitMs: this.firstCommitMs,
      killDelayMs: this.killDelayMs,
      lifeMs,
      commits: this.commits,
      lines: this.lines,
      partialTail: this.buffered,
    };
  }

  /** Ends a child that was never released. */
  discard(): void {
    this.kill();
  }

  private onStdout(chunk: string): void {
    this.buffered += chunk;
    let nl: number;
    while ((nl = this.buffered.indexOf('\n')) >= 0) {
      const line = this.buffered.slice(0, nl);
      this.buffered = this.buffered.slice(nl + 1);
      if (this.failure) continue;
      if (this.startedAt < 0) {
        this.fail(new Error(`child wrote before it was sent 'go': ${JSON.stringify(line.slice(0, 200))}`));
        continue;
      }
      const m = LINE.exec(line);
      if (!m) {
        this.fail(new Error(`child broke the line protocol: ${JSON.stringify(line.slice(0, 200))}`));
        continue;
      }
      const [, verb = '', id = ''] = m;
      this.lines++;
      if (this.startupMs < 0) {
        this.startupMs = performance.now() - this.startedAt;
        if (this.opts.clockStartsAt !== 'start') this.startClock();
      }
      if (verb === 'commit') {
        this.commits++;
        if (this.firstCommitMs < 0) this.firstCommitMs = performance.now() - this.clockAt;
      }
      this.record(verb, id, this.iteration);
    }
  }

  private startClock(): void {
    this.clockAt = performance.now();
    this.killTimer = setTimeout(() => this.kill(), this.killDelayMs);
  }

  private kill(): void {
    if (this.killSent) return;
    this.killSent = true;
    this.proc.kill('SIGKILL');
  }

  private fail(e: Error): void {
    this.failure ??= e;
    this.kill();
  }
}
