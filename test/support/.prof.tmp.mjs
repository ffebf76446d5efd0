// ../../tmp/cdbg/prof.ts
import { randomBytes } from "node:crypto";
import { readFileSync, existsSync, mkdtempSync } from "node:fs";
import path from "node:path";

// src/main/core/errors/index.ts
var CodedError = class extends Error {
  code;
  constructor(code, detail, options) {
    super(detail ?? code, options);
    this.code = code;
    this.name = new.target.name;
  }
};

// src/main/core/store/errors.ts
var StoreError = class extends CodedError {
};
var StoreKeyMismatchError = class extends StoreError {
  constructor(options) {
    super("ERR_STORE_KEY_MISMATCH", "SQLITE_NOTADB on first read: wrong key or not a database", options);
  }
};
var NewerSchemaError = class extends StoreError {
  constructor(found, known) {
    super("ERR_STORE_NEWER_SCHEMA", `store schema ${found} is newer than this build's ${known}`);
  }
};

// src/main/core/store/migrations/0001-schema-meta.ts
var m0001SchemaMeta = {
  version: 1,
  name: "schema-meta",
  up(db) {
    db.exec(`
      CREATE TABLE schema_migrations (
        version     INTEGER PRIMARY KEY,
        name        TEXT NOT NULL,
        applied_at  TEXT NOT NULL,
        app_version TEXT NOT NULL
      ) STRICT;
      CREATE TABLE store_meta (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;
    `);
  }
};

// src/main/core/store/migrations/0002-programs-and-people.ts
var m0002ProgramsAndPeople = {
  version: 2,
  name: "programs-and-people",
  up(db) {
    db.exec(`
      CREATE TABLE programs (
        id               TEXT PRIMARY KEY,
        code             TEXT NOT NULL UNIQUE,
        name             TEXT NOT NULL,
        data_key_version INTEGER NOT NULL DEFAULT 1 CHECK (data_key_version >= 1),
        created_at       TEXT NOT NULL,
        updated_at       TEXT NOT NULL
      ) STRICT;

      CREATE TABLE people (
        id            TEXT PRIMARY KEY,
        program_id    TEXT NOT NULL REFERENCES programs(id) ON DELETE RESTRICT,
        kind          TEXT NOT NULL CHECK (kind IN ('resident', 'faculty', 'other')),
        name_enc      BLOB NOT NULL,
        email_enc     BLOB,
        email_bidx    BLOB,
        phone_enc     BLOB,
        licence_enc   BLOB,
        licence_bidx  BLOB,
        notes_enc     BLOB,
        key_version   INTEGER NOT NULL,
        created_at    TEXT NOT NULL,
        updated_at    TEXT NOT NULL
      ) STRICT;
      CREATE INDEX people_program ON people(program_id);
      CREATE UNIQUE INDEX people_email_bidx ON people(program_id, email_bidx) WHERE email_bidx IS NOT NULL;
      CREATE INDEX people_licence_bidx ON people(program_id, licence_bidx) WHERE licence_bidx IS NOT NULL;
      CREATE INDEX people_key_version ON people(program_id, key_version);
    `);
  }
};

// src/main/core/store/migrations/index.ts
var migrations = [m0001SchemaMeta, m0002ProgramsAndPeople];
var LATEST_SCHEMA_VERSION = migrations.at(-1).version;

// src/main/core/store/migrate.ts
function schemaVersion(db) {
  return db.pragma("user_version", { simple: true });
}
function migrate(db, appVersion, list = migrations) {
  const latest = list.at(-1)?.version ?? 0;
  const from = schemaVersion(db);
  if (from > latest) throw new NewerSchemaError(from, latest);
  for (const m of list) {
    if (m.version <= from) continue;
    db.transaction(() => {
      m.up(db);
      db.prepare("INSERT INTO schema_migrations (version, name, applied_at, app_version) VALUES (?, ?, ?, ?)").run(
        m.version,
        m.name,
        (/* @__PURE__ */ new Date()).toISOString(),
        appVersion
      );
      db.pragma(`user_version = ${Number(m.version)}`);
    })();
  }
  return { from, to: schemaVersion(db) };
}

// src/main/core/store/open-store.ts
import { closeSync, openSync } from "node:fs";
import Database from "better-sqlite3-multiple-ciphers";

// src/main/core/crypto/errors.ts
var CryptoInputError = class extends CodedError {
  constructor(detail) {
    super("ERR_CRYPTO_BAD_INPUT", detail);
  }
};

// src/main/core/crypto/aes-gcm.ts
var GCM_NONCE_BYTES = 12;
var GCM_TAG_BYTES = 16;
var EMPTY = new Uint8Array(0);

// src/main/core/crypto/envelope.ts
var HEADER_BYTES = 5;
var NONCE_END = HEADER_BYTES + GCM_NONCE_BYTES;
var ENVELOPE_OVERHEAD = NONCE_END + GCM_TAG_BYTES;

// src/main/core/store/open-store.ts
var STORE_CIPHER = "chacha20";
function openStore(file2, key2, opts = {}) {
  if (!(key2 instanceof Uint8Array) || key2.length !== 32) throw new CryptoInputError("store key: expected 32 bytes");
  if (!opts.readonly) closeSync(openSync(file2, "a", 384));
  const db = new Database(file2, { readonly: opts.readonly ?? false });
  try {
    db.pragma(`cipher = '${STORE_CIPHER}'`);
    db.pragma(`key = "x'${Buffer.from(key2).toString("hex")}'"`);
    try {
      db.prepare("SELECT count(*) FROM sqlite_master").get();
    } catch (e) {
      if (e.code === "SQLITE_NOTADB") throw new StoreKeyMismatchError({ cause: e });
      throw e;
    }
    if (!opts.readonly) {
      db.pragma("journal_mode = WAL");
      db.pragma("synchronous = FULL");
    }
    db.pragma("foreign_keys = ON");
    db.pragma(`cache_size = -${Math.floor(opts.cacheKib ?? 64 * 1024)}`);
    db.pragma("temp_store = MEMORY");
    return db;
  } catch (e) {
    db.close();
    throw e;
  }
}

// test/support/crash-harness.ts
import { spawn } from "node:child_process";
var LINE = /^([a-z][a-z0-9-]*) (\S+)$/;
var DEFAULT_STARTUP_TIMEOUT_MS = 2e4;
async function runCrashHarness(opts) {
  if (!(opts.kills >= 1) || !(opts.minRunMs >= 0) || !(opts.maxRunMs >= opts.minRunMs)) {
    throw new Error(`crash harness: bad options kills=${opts.kills} minRunMs=${opts.minRunMs} maxRunMs=${opts.maxRunMs}`);
  }
  const maxRuns = opts.maxRuns ?? 2 * opts.kills + 10;
  const byVerb = /* @__PURE__ */ new Map([["commit", /* @__PURE__ */ new Set()]]);
  const events = (verb) => byVerb.get(verb) ?? /* @__PURE__ */ new Set();
  const record = (verb, id, iteration) => {
    let ids = byVerb.get(verb);
    if (!ids) byVerb.set(verb, ids = /* @__PURE__ */ new Set());
    ids.add(id);
    if (verb === "commit") opts.onCommit?.(id, iteration);
  };
  const records = [];
  const started = performance.now();
  let verifyMs = 0;
  let maxVerifyMs = 0;
  let kills = 0;
  let next = new Child(opts, 0, record);
  try {
    for (let iteration = 0; kills < opts.kills; iteration++) {
      if (iteration >= maxRuns) {
        throw new Error(`crash harness: only ${kills} of ${opts.kills} kills in ${maxRuns} runs: the child keeps finishing before the kill`);
      }
      const current = next ?? new Child(opts, iteration, record);
      const running = current.run();
      next = opts.prestart ? new Child(opts, iteration + 1, record) : void 0;
      const run2 = await running;
      records.push(run2);
      if (run2.killed) kills++;
      const t2 = performance.now();
      try {
        await opts.verify({ iteration, killed: run2.killed, reported: events("commit"), events, run: run2 });
      } catch (e) {
        const how = run2.killed ? `SIGKILLed ${run2.killDelayMs} ms after the clock started` : "exited by itself";
        throw new Error(`crash harness: verify failed after run ${iteration} (${how}, ${run2.commits} commits reported in that run): ${String(e)}`, {
          cause: e
        });
      }
      const ms = performance.now() - t2;
      verifyMs += ms;
      maxVerifyMs = Math.max(maxVerifyMs, ms);
    }
  } finally {
    next?.discard();
  }
  const startups = records.map((r) => r.startupMs).sort((a, b) => a - b);
  return {
    kills,
    runs: records.length,
    selfExits: records.filter((r) => !r.killed).length,
    commits: records.reduce((n2, r) => n2 + r.commits, 0),
    killsAfterCommits: records.filter((r) => r.killed && r.commits > 0).length,
    partialLines: records.filter((r) => r.partialTail !== "").length,
    totalMs: performance.now() - started,
    childMs: records.reduce((n2, r) => n2 + r.lifeMs, 0),
    verifyMs,
    maxVerifyMs,
    medianStartupMs: startups[Math.floor(startups.length / 2)] ?? 0,
    records
  };
}
var Child = class {
  constructor(opts, iteration, record) {
    this.opts = opts;
    this.iteration = iteration;
    this.record = record;
    const args = typeof opts.childArgs === "function" ? opts.childArgs(iteration) : opts.childArgs ?? [];
    this.killDelayMs = Math.round(opts.minRunMs + Math.random() * (opts.maxRunMs - opts.minRunMs));
    this.proc = spawn(process.execPath, [opts.childScript, ...args], {
      stdio: [opts.prestart ? "pipe" : "ignore", "pipe", "pipe"],
      env: { ...opts.env ?? process.env, ...opts.prestart ? { CRASH_HARNESS_WAIT_FOR_GO: "1" } : {} }
    });
    this.proc.stdin?.on("error", () => void 0);
    this.proc.stdout.setEncoding("utf8");
    this.proc.stdout.on("data", (chunk) => this.onStdout(chunk));
    this.proc.stderr.setEncoding("utf8");
    this.proc.stderr.on("data", (chunk) => {
      if (this.stderr.length < 8192) this.stderr += chunk;
    });
    this.proc.on("error", (e) => this.fail(e));
    this.exited = new Promise((resolve) => this.proc.on("close", (code, signal) => resolve({ code, signal })));
  }
  opts;
  iteration;
  record;
  proc;
  exited;
  killDelayMs;
  buffered = "";
  stderr = "";
  lines = 0;
  commits = 0;
  startedAt = -1;
  clockAt = -1;
  startupMs = -1;
  firstCommitMs = -1;
  killTimer;
  killSent = false;
  failure;
  /** Releases the child and resolves once it is gone (SIGKILLed by the clock, or exited). */
  async run() {
    this.startedAt = performance.now();
    this.proc.stdin?.write("go\n");
    const timeoutMs = this.opts.startupTimeoutMs ?? DEFAULT_STARTUP_TIMEOUT_MS;
    const startupTimer = setTimeout(() => {
      if (this.startupMs < 0) this.fail(new Error(`child printed nothing within ${timeoutMs} ms`));
    }, timeoutMs);
    if (this.opts.clockStartsAt === "start") this.startClock();
    const { code, signal } = await this.exited;
    clearTimeout(startupTimer);
    clearTimeout(this.killTimer);
    const lifeMs = performance.now() - this.startedAt;
    const where = `crash harness: run ${this.iteration} (${this.opts.childScript})`;
    if (this.failure) throw new Error(`${where}: ${this.failure.message}
${this.stderr}`, { cause: this.failure });
    const killed = this.killSent && signal === "SIGKILL";
    if (!killed && code !== 0) throw new Error(`${where}: child failed (code ${code}, signal ${signal})
${this.stderr}`);
    return {
      iteration: this.iteration,
      killed,
      startupMs: this.startupMs,
      firstCommitMs: this.firstCommitMs,
      killDelayMs: this.killDelayMs,
      lifeMs,
      commits: this.commits,
      lines: this.lines,
      partialTail: this.buffered
    };
  }
  /** Ends a child that was never released. */
  discard() {
    this.kill();
  }
  onStdout(chunk) {
    this.buffered += chunk;
    let nl;
    while ((nl = this.buffered.indexOf("\n")) >= 0) {
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
      const [, verb = "", id = ""] = m;
      this.lines++;
      if (this.startupMs < 0) {
        this.startupMs = performance.now() - this.startedAt;
        if (this.opts.clockStartsAt !== "start") this.startClock();
      }
      if (verb === "commit") {
        this.commits++;
        if (this.firstCommitMs < 0) this.firstCommitMs = performance.now() - this.clockAt;
      }
      this.record(verb, id, this.iteration);
    }
  }
  startClock() {
    this.clockAt = performance.now();
    this.killTimer = setTimeout(() => this.kill(), this.killDelayMs);
  }
  kill() {
    if (this.killSent) return;
    this.killSent = true;
    this.proc.kill("SIGKILL");
  }
  fail(e) {
    this.failure ??= e;
    this.kill();
  }
};

// ../../tmp/cdbg/prof.ts
var dir = mkdtempSync("/tmp/cdbg/s-");
var file = path.join(dir, "store.db");
var key = randomBytes(32);
var db0 = openStore(file, key);
migrate(db0, "t");
db0.close();
var T = {};
var t = (k, f) => {
  const a = performance.now();
  f();
  T[k] = (T[k] ?? 0) + performance.now() - a;
};
var stats = await runCrashHarness({
  childScript: "/work/main/test/support/crash-child/commit-loop.mjs",
  childArgs: (i) => [file, key.toString("hex"), String(i)],
  kills: Number(process.argv[2] ?? 40),
  minRunMs: 2,
  maxRunMs: 120,
  prestart: process.argv[3] !== "noprestart",
  verify: (ctx) => {
    t("header", () => {
      for (const s of ["", "-wal"]) if (existsSync(file + s)) readFileSync(file + s).includes("SQLite format 3");
    });
    t("wrongkey", () => {
      try {
        openStore(file, randomBytes(32)).close();
      } catch {
      }
    });
    let db;
    t("open", () => {
      db = openStore(file, key);
    });
    t("integrity", () => db.pragma("integrity_check"));
    t("quick", () => db.pragma("quick_check"));
    t("scan", () => {
      for (const r of db.prepare("SELECT id, payload FROM crash_probe").iterate()) {
      }
    });
    t("close", () => db.close());
  }
});
var n = stats.runs;
console.log(Object.fromEntries(Object.entries(T).map(([k, v]) => [k, +(v / n).toFixed(1)])));
console.log({ total: stats.totalMs / n, child: stats.childMs / n, verify: stats.verifyMs / n, startup: stats.medianStartupMs, commits: stats.commits / n, kac: stats.killsAfterCommits, life: stats.records.map((r) => r.lifeMs - r.startupMs - r.killDelayMs).sort((a, b) => a - b)[n >> 1] });
var st = (await import("node:fs")).statSync;
console.log("db size", st(file).size);
