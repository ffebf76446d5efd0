// ../../tmp/cdbg/ro.ts
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, statSync } from "node:fs";
import { spawnSync } from "node:child_process";
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

// ../../tmp/cdbg/ro.ts
var dir = mkdtempSync("/tmp/cdbg/ro-");
var file = path.join(dir, "store.db");
var key = randomBytes(32);
var db0 = openStore(file, key);
migrate(db0, "t");
db0.close();
var sz = (s) => existsSync(file + s) ? statSync(file + s).size : -1;
for (let i = 0; i < 4; i++) {
  const r = spawnSync(process.execPath, ["/work/main/test/support/crash-child/commit-loop.mjs", file, key.toString("hex"), String(i)], { timeout: 300, killSignal: "SIGKILL", encoding: "utf8" });
  console.log("killed", r.signal, "lines", r.stdout.split("\n").length, "db", sz(""), "wal", sz("-wal"), "shm", sz("-shm"));
  const db = openStore(file, key, { readonly: true });
  console.log(" ro count", db.prepare("SELECT count(*) FROM crash_probe").pluck().get(), db.pragma("integrity_check", { simple: true }), db.pragma("journal_mode", { simple: true }));
  db.close();
  console.log(" after ro close: db", sz(""), "wal", sz("-wal"), "shm", sz("-shm"));
}
