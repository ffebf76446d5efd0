// `resched backup export | verify | restore` end to end: a data folder with a program and people
// is backed up, verified, and restored into a NEW folder with only a passphrase (no keychain) —
// where a core opens it and reads the same people — and every refusal leaves no data folder behind.
import { generateKeyPairSync, randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../src/main/core/api';
import { encodeKeyBundle, KEY_BUNDLE_ENTRY, keyObjectSigner, STORE_ENTRY, writeBackup } from '../../src/main/core/backup';
import { createMemoryLogger } from '../../src/main/core/log';
import { LATEST_SCHEMA_VERSION, migrate, migrations, openStore, schemaVersion, STORE_FILE_NAME } from '../../src/main/core/store';
import { createVault } from '../../src/main/core/vault';
import { useTempDirs } from '../support/temp-dir';
import { TEST_PASSPHRASE, unlockedCore } from '../support/unlocked-core';
import { runCli } from './support/cli';

const BACKUP_PASSPHRASE = 'granite otters fold maps quietly';
const NEW_PASSPHRASE = 'copper kettles hum beside rivers';
const PEOPLE = ['Frankie Osei', 'Dana Whitfield', 'Sam Okafor'];
const tempDir = useTempDirs();

/** A data folder holding one program with three residents, closed again, and the secret files. */
async function siteWithPeople() {
  const dir = tempDir();
  const data = path.join(dir, 'data');
  const { core, programs, people } = await unlockedCore(data);
  const program = programs.create({ code: 'SURG', name: 'General Surgery' });
  for (const name of PEOPLE) people.create(program.id, { kind: 'resident', name });
  core.shutdown();
  const file = (name: string, text: string) => {
    const p = path.join(dir, name);
    writeFileSync(p, `${text}\n`);
    return p;
  };
  return { dir, data, pass: file('pass', TEST_PASSPHRASE), backupPass: file('backup-pass', BACKUP_PASSPHRASE), newPass: file('new-pass', NEW_PASSPHRASE) };
}

async function exported() {
  const site = await siteWithPeople();
  const out = path.join(site.dir, 'site.rsbk');
  const r = await runCli(['backup', 'export', '--data-dir', site.data, '--passphrase-file', site.pass, '--no-keychain', '--backup-passphrase-file', site.backupPass, '--out', out]);
  expect(r.code, r.stderr).toBe(0);
  return { ...site, out };
}

const restore = (file: string, site: { backupPass: string; newPass: string }, into: string, ...rest: string[]) =>
  runCli(['backup', 'restore', file, '--backup-passphrase-file', site.backupPass, '--data-dir', into, '--passphrase-file', site.newPass, '--no-keychain', ...rest]);

/** Nothing named after the target exists beside it: no data folder, no staging folder. */
const leftovers = (target: string) => readdirSync(path.dirname(target)).filter((n) => n.startsWith(path.basename(target)));

describe('resched backup', () => {
  it('exports, verifies with a one-line answer naming what the backup holds, and restores into a new folder a core can open', async () => {
    const site = await exported();
    const verify = await runCli(['backup', 'verify', site.out, '--backup-passphrase-file', site.backupPass]);
    expect(verify.code, verify.stderr).toBe(0);
    expect(verify.stdout).toMatch(/valid — created \S+, by cli:\S+, 1 program\(s\), 3 people, 0 assignments/);

    const into = path.join(site.dir, 'elsewhere');
    const recoveryOut = path.join(site.dir, 'new-recovery.txt');
    const r = await restore(site.out, site, into, '--recovery-out', recoveryOut);
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(recoveryOut, 'utf8')).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){7}\n$/);

    const status = await runCli(['status', '--data-dir', into, '--no-keychain', '--json']);
    expect(status.code, status.stderr).toBe(0);
    expect((JSON.parse(status.stdout) as { vault: { slots: { kind: string }[] } }).vault.slots.map((s) => s.kind).sort()).toEqual(['passphrase', 'recovery']);

    const { logger } = createMemoryLogger();
    const core = createCore({
      dataDir: into,
      keychain: null,
      log: logger,
      identity: { productName: 'Residency Scheduler', version: '0.0.0-test', host: 'browser-host' },
      emitProgress: () => undefined,
      broadcast: () => undefined,
    });
    try {
      await core.workstation.unlock({ method: 'passphrase', passphrase: NEW_PASSPHRASE });
      const [program] = core.services.programs.list();
      expect(program?.code).toBe('SURG');
      expect(core.services.people.list(program!.id).map((p) => p.name).sort()).toEqual([...PEOPLE].sort());
    } finally {
      core.shutdown();
    }
  });

  it('answers --json verify with the summary and the signer’s thumbprint', async () => {
    const site = await exported();
    const r = await runCli(['backup', 'verify', site.out, '--backup-passphrase-file', site.backupPass, '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ valid: true, summary: { programs: 1, people: 3, assignments: 0 }, signer: { thumbprint: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/) } });
  });

  it('refuses a backup with one flipped bit in a chunk: exit 1, the specific problem, and no folder made', async () => {
    const site = await exported();
    const bytes = readFileSync(site.out);
    bytes[Math.floor(bytes.length / 2)]! ^= 0x01;
    const damaged = path.join(site.dir, 'damaged.rsbk');
    writeFileSync(damaged, bytes);

    const verify = await runCli(['backup', 'verify', damaged, '--backup-passphrase-file', site.backupPass]);
    expect(verify.code).toBe(1);
    expect(verify.stderr).toContain('[ERR_BACKUP_CHUNK_TAMPERED]');

    const into = path.join(site.dir, 'restored');
    const r = await restore(damaged, site, into);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/chunk \d+ .*\[ERR_BACKUP_CHUNK_TAMPERED\]/);
    expect(leftovers(into)).toEqual([]);
  });

  it('refuses a cut-short backup and a wrong backup passphrase, exit 1, leaving no folder', async () => {
    const site = await exported();
    const cut = path.join(site.dir, 'cut.rsbk');
    writeFileSync(cut, readFileSync(site.out).subarray(0, 70_000));
    const into = path.join(site.dir, 'restored');
    const r1 = await restore(cut, site, into);
    expect(r1.code).toBe(1);
    expect(r1.stderr).toContain('[ERR_BACKUP_TRUNCATED]');

    const wrong = path.join(site.dir, 'wrong-pass');
    writeFileSync(wrong, 'not the passphrase of this backup\n');
    const r2 = await restore(site.out, { ...site, backupPass: wrong }, into);
    expect(r2.code).toBe(1);
    expect(r2.stderr).toContain('[ERR_BACKUP_WRONG_SECRET]');
    expect(leftovers(into)).toEqual([]);
  });

  it('restores a backup from an older schema and migrates it forward to this version', async () => {
    // A store at schema 4 (programs and people, none of the later tables), as an older version wrote it.
    const dir = tempDir();
    const old = path.join(dir, 'old');
    mkdirSync(old);
    const vault = createVault({ dataDir: old, keychain: null, log: createMemoryLogger().logger });
    await vault.setup({ useKeychain: false, passphrase: TEST_PASSPHRASE });
    const file = path.join(old, STORE_FILE_NAME);
    const db = openStore(file, vault.derive('databaseKey'));
    migrate(db, '0.0.1-old', migrations.slice(0, 4));
    const now = new Date().toISOString();
    db.prepare('INSERT INTO programs (id, code, name, data_key_version, created_at, updated_at) VALUES (?, ?, ?, 1, ?, ?)').run(randomUUID(), 'PEDS', 'Pediatrics', now, now);
    expect(schemaVersion(db)).toBe(4);
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    const bundle = vault.exportKeyBundle();
    const keys = encodeKeyBundle(bundle.root, bundle.salt, 1);
    const store = readFileSync(file);
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const out = path.join(dir, 'old.rsbk');
    await writeBackup({
      out,
      secrets: { passphrase: BACKUP_PASSPHRASE },
      entries: [
        { name: KEY_BUNDLE_ENTRY, bytes: keys.length, read: () => [keys] },
        { name: STORE_ENTRY, bytes: store.length, read: () => [store] },
      ],
      signer: keyObjectSigner('old-site', privateKey, publicKey),
      app: { name: 'Residency Scheduler', version: '0.0.1-old' },
      schemaVersion: 4,
      createdBy: 'old-admin',
      summary: { programs: 1, people: 0, assignments: 0 },
    });
    const secrets = { backupPass: path.join(dir, 'bp'), newPass: path.join(dir, 'np') };
    writeFileSync(secrets.backupPass, `${BACKUP_PASSPHRASE}\n`);
    writeFileSync(secrets.newPass, `${NEW_PASSPHRASE}\n`);

    const into = path.join(dir, 'restored');
    const r = await restore(out, secrets, into);
    expect(r.code, r.stderr).toBe(0);
    const core = createCore({
      dataDir: into,
      keychain: null,
      log: createMemoryLogger().logger,
      identity: { productName: 'Residency Scheduler', version: '0.0.0-test', host: 'browser-host' },
      emitProgress: () => undefined,
      broadcast: () => undefined,
    });
    try {
      await core.workstation.unlock({ method: 'passphrase', passphrase: NEW_PASSPHRASE });
      expect(schemaVersion(core.workstation.db())).toBe(LATEST_SCHEMA_VERSION);
      expect(core.services.programs.list().map((p) => p.code)).toEqual(['PEDS']);
    } finally {
      core.shutdown();
    }
  });

  it('refuses a backup from a newer schema before reading its payload, exit 1', async () => {
    const site = await siteWithPeople();
    const newer = path.join(site.dir, 'newer.rsbk');
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const junk = randomBytes(4096);
    await writeBackup({
      out: newer,
      secrets: { passphrase: BACKUP_PASSPHRASE },
      entries: [{ name: 'store.db', bytes: junk.length, read: () => [junk] }],
      signer: keyObjectSigner('test', privateKey, publicKey),
      app: { name: 'Residency Scheduler', version: '99.0.0' },
      schemaVersion: LATEST_SCHEMA_VERSION + 1,
      createdBy: 'future',
      summary: { programs: 0, people: 0, assignments: 0 },
    });
    const into = path.join(site.dir, 'restored');
    const r = await restore(newer, site, into);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('[ERR_BACKUP_NEWER_SCHEMA]');
    expect(leftovers(into)).toEqual([]);
  });

  it('refuses to restore into a folder that already holds data, exit 2, and leaves it as it was', async () => {
    const site = await exported();
    const before = readdirSync(site.data).sort();
    const r = await restore(site.out, site, site.data);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('[ERR_BACKUP_TARGET_EXISTS]');
    expect(readdirSync(site.data).sort()).toEqual(before);
  });

  it('refuses a backup passphrase shorter than 15 characters, exit 1, writing no file', async () => {
    const site = await siteWithPeople();
    const short = path.join(site.dir, 'short');
    writeFileSync(short, 'too short\n');
    const out = path.join(site.dir, 'x.rsbk');
    const r = await runCli(['backup', 'export', '--data-dir', site.data, '--passphrase-file', site.pass, '--no-keychain', '--backup-passphrase-file', short, '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('[ERR_VAULT_PASSPHRASE_TOO_SHORT]');
    expect(existsSync(out)).toBe(false);
  });
});
