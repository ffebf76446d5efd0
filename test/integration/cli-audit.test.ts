// `resched audit-verify` (and `resched audit verify`) against a real data directory: entries are
// appended through core, as the app does, then the raw database is tampered with the way someone
// holding the database key (but not the master key) could, and the CLI must name the first bad seq.
import { createHmac, hkdfSync } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { createAuditTrail } from '../../src/main/core/audit';
import { createMemoryLogger } from '../../src/main/core/log';
import { STORE_CIPHER } from '../../src/main/core/store';
import { createWorkstation } from '../../src/main/core/workstation';
import { useTempDirs } from '../support/temp-dir';
import { runCli } from './support/cli';
import { databaseKey, derivationRoot, masterKeyFromRecoveryCode } from './support/independent-keyslot-reader';

const PASSPHRASE = 'orbit lantern quietly marching seventy';
const USER = '0b6a4f5e-2c1d-4e8f-9a7b-3c2d1e0f9a8b';
const PERSON = 'c3d2e1f0-a9b8-4c7d-8e6f-5a4b3c2d1e0f';
const N = 12;
const tempDir = useTempDirs();

async function initWithEntries(n = N) {
  const dir = tempDir();
  const data = path.join(dir, 'data');
  const pass = path.join(dir, 'pass');
  const recovery = path.join(dir, 'recovery.txt');
  writeFileSync(pass, `${PASSPHRASE}\n`);
  const r = await runCli(['init', '--data-dir', data, '--passphrase-file', pass, '--no-keychain', '--recovery-out', recovery]);
  expect(r.code, r.stderr).toBe(0);

  const ws = createWorkstation({ dataDir: data, keychain: null, log: createMemoryLogger().logger, appVersion: '0.0.0-test' });
  await ws.unlock({ method: 'passphrase', passphrase: PASSPHRASE });
  const trail = createAuditTrail({ writer: () => ws.writer(), reader: () => ws.reader(), key: () => ws.vault.derive('auditChainKey') });
  for (let i = 1; i <= n; i++) {
    trail.record({
      actor: i === 1 ? 'system' : USER,
      action: i === 1 ? 'auth.login' : i % 2 ? 'person.view' : 'person.export',
      target: i === 1 ? null : PERSON,
      outcome: i % 5 === 0 ? 'denied' : 'success',
      details: i % 3 === 0 ? { attempt: i } : null,
    });
  }
  ws.close();
  return { dir, data, pass, recovery, recoveryCode: readFileSync(recovery, 'utf8').trim() };
}

/** The raw store, opened as an attacker with the database key would (key from the recovery code, per docs/formats/keyslots.md). */
function rawStore(data: string, recoveryCode: string) {
  const vaultJson = path.join(data, 'vault.json');
  const key = databaseKey(vaultJson, derivationRoot(vaultJson, masterKeyFromRecoveryCode(vaultJson, recoveryCode)));
  const db = new Database(path.join(data, 'store.db'));
  db.pragma(`cipher = '${STORE_CIPHER}'`);
  db.pragma(`key = "x'${key.toString('hex')}'"`);
  return db;
}

function tamper(data: string, recoveryCode: string, ...statements: string[]) {
  const db = rawStore(data, recoveryCode);
  db.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete; DROP TRIGGER audit_log_next_seq;');
  for (const s of statements) db.exec(s);
  db.close();
}

const verify = (data: string, ...secret: string[]) => runCli(['audit-verify', '--data-dir', data, ...secret, '--no-keychain']);

describe('resched audit-verify', () => {
  it('reports an intact chain as valid, exit 0, by either spelling and either secret', async () => {
    const { data, pass, recovery } = await initWithEntries();
    const r = await verify(data, '--passphrase-file', pass);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.trim()).toBe(`valid — ${N} entries`);
    const spaced = await runCli(['audit', 'verify', '--data-dir', data, '--recovery-file', recovery, '--no-keychain', '--json']);
    expect(spaced.code, spaced.stderr).toBe(0);
    expect(JSON.parse(spaced.stdout)).toEqual({ dataDir: data, valid: true, entries: N });
  });

  it('names the first altered entry, exit 1', async () => {
    const { data, pass, recoveryCode } = await initWithEntries();
    tamper(data, recoveryCode, "UPDATE audit_log SET outcome = 'success' WHERE seq = 5");
    const r = await verify(data, '--passphrase-file', pass);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toContain('entry 5 was altered');
    const json = await verify(data, '--passphrase-file', pass, '--json');
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toEqual({ dataDir: data, valid: false, entries: N, firstBadSeq: 5, problem: 'mac-mismatch' });
  });

  it('names a deleted entry, exit 1', async () => {
    const { data, pass, recoveryCode } = await initWithEntries();
    tamper(data, recoveryCode, 'DELETE FROM audit_log WHERE seq = 7');
    const r = await verify(data, '--passphrase-file', pass, '--json');
    expect(r.code, r.stderr).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchObject({ valid: false, entries: N - 1, firstBadSeq: 7, problem: 'gap' });
  });

  it('detects the newest entry deleted, against the MACed head, exit 1', async () => {
    const { data, pass, recoveryCode } = await initWithEntries();
    tamper(data, recoveryCode, `DELETE FROM audit_log WHERE seq = ${N}`);
    const r = await verify(data, '--passphrase-file', pass);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toContain(`entries from ${N} on were removed`);
  });

  it('says valid — 0 entries for a store with no audit entries yet', async () => {
    const { data, pass } = await initWithEntries(0);
    const r = await verify(data, '--passphrase-file', pass);
    expect([r.code, r.stdout.trim()]).toEqual([0, 'valid — 0 entries']);
  });

  it('exits 3 (not 1, which means tampered) when the passphrase does not open the vault', async () => {
    const { dir, data } = await initWithEntries(1);
    writeFileSync(path.join(dir, 'wrong'), 'copper meadow whistles at midnight\n');
    const r = await verify(data, '--passphrase-file', path.join(dir, 'wrong'));
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('ERR_VAULT_UNLOCK_FAILED');
  });

  it('exits 2 with no way to unlock, and for a missing data directory', async () => {
    const { data } = await initWithEntries(0);
    expect((await verify(data)).code).toBe(2);
    expect((await verify(path.join(tempDir(), 'nope'), '--passphrase-file', '/dev/null')).code).toBe(2);
  });

  it('writes a chain an independent verifier opens from docs/formats/audit-chain.md and the recovery code', async () => {
    const { data, recoveryCode } = await initWithEntries();
    const vaultJson = path.join(data, 'vault.json');
    const mk = masterKeyFromRecoveryCode(vaultJson, recoveryCode);
    const { salt } = JSON.parse(readFileSync(vaultJson, 'utf8')) as { salt: string };
    const auditKey = Buffer.from(hkdfSync('sha256', derivationRoot(vaultJson, mk), Buffer.from(salt, 'base64'), 'resched/v1/audit-chain-key', 32));
    const db = rawStore(data, recoveryCode);
    const field = (s: string | null) => {
      if (s === null) return Buffer.from([0]);
      const b = Buffer.from(s, 'utf8');
      const len = Buffer.alloc(4);
      len.writeUInt32BE(b.length);
      return Buffer.concat([Buffer.from([1]), len, b]);
    };
    const u64 = (n: number) => {
      const b = Buffer.alloc(8);
      b.writeBigUInt64BE(BigInt(n));
      return b;
    };
    let prev: Buffer = Buffer.alloc(32);
    const rows = db.prepare('SELECT * FROM audit_log ORDER BY seq').all() as {
      seq: number; at: string; actor: string; action: string; target: string | null; outcome: string; details: string | null; prev_mac: Buffer; mac: Buffer;
    }[];
    expect(rows).toHaveLength(N);
    for (const r of rows) {
      const bytes = Buffer.concat([prev, Buffer.from('resched/audit-entry/v1\0'), u64(r.seq), field(r.at), field(r.actor), field(r.action), field(r.target), field(r.outcome), field(r.details)]);
      expect(createHmac('sha256', auditKey).update(bytes).digest().equals(r.mac), `entry ${r.seq}`).toBe(true);
      expect(r.prev_mac.equals(prev)).toBe(true);
      prev = r.mac;
    }
    const head = JSON.parse(db.prepare("SELECT value FROM store_meta WHERE key = 'audit.head'").pluck().get() as string) as { seq: number; mac: string; headMac: string };
    db.close();
    expect([head.seq, head.mac]).toEqual([N, prev.toString('hex')]);
    const headMac = createHmac('sha256', auditKey).update(Buffer.concat([Buffer.from('resched/audit-head/v1\0'), u64(head.seq), prev])).digest('hex');
    expect(head.headMac).toBe(headMac);
    // Nothing personal or secret in the log: ids and codes only.
    for (const r of rows) expect(JSON.stringify({ ...r, prev_mac: null, mac: null })).not.toMatch(/orbit|lantern|@/);
  });
});
