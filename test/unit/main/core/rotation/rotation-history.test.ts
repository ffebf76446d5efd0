// The rotation history names keys by fingerprint and never holds key material: checked by
// decrypting a copy of the whole database and searching its bytes.
import { copyFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { unwrapKey } from '../../../../../src/main/core/crypto';
import { createKekRing } from '../../../../../src/main/core/rotation';
import { STORE_CIPHER } from '../../../../../src/main/core/store';
import { adminCore } from '../../../../support/unlocked-core';
import { useTempDirs } from '../../../../support/temp-dir';

const tempDir = useTempDirs();

/** A plaintext copy of the store: the same file, rekeyed to no key. */
function plaintextCopy(dataDir: string, dbKey: Buffer): Buffer {
  const copy = path.join(dataDir, 'plain.db');
  copyFileSync(path.join(dataDir, 'store.db'), copy);
  const db = new Database(copy);
  db.pragma(`cipher = '${STORE_CIPHER}'`);
  db.pragma(`key = "x'${dbKey.toString('hex')}'"`);
  db.pragma('journal_mode = DELETE');
  db.pragma("rekey = ''");
  db.close();
  return readFileSync(copy);
}

const forms = (key: Buffer) => [key, Buffer.from(key.toString('hex')), Buffer.from(key.toString('base64')), Buffer.from(key.toString('base64url'))];

describe('rotation history', () => {
  it('records old and new fingerprints, reason, initiator and times for each rotation', async () => {
    const ctx = await adminCore(tempDir());
    const program = (await ctx.asAdmin('programs.create', { code: 'IM', name: 'Internal Medicine' })) as { value: { id: string } };
    const person = (await ctx.asAdmin('people.create', { programId: program.value.id, person: { kind: 'resident', name: 'Robin Resident', email: 'robin@example.org' } })) as { ok: boolean; value: { id: string } };
    expect(person.ok).toBe(true);
    for (const input of [
      { type: 'session-signing-key', reason: 'suspected leak' },
      { type: 'key-encryption-key', reason: 'annual rotation' },
      { type: 'program-data-key', programId: program.value.id, reason: 'annual rotation' },
    ]) {
      expect(await ctx.asAdmin('rotation.run', input)).toMatchObject({ ok: true, value: { status: 'completed' } });
    }
    const history = (await ctx.asAdmin('rotation.history', {})) as { value: Record<string, unknown>[] };
    expect(history.value).toHaveLength(3);
    for (const r of history.value) {
      expect(r['oldFingerprint']).toMatch(/^sha256:[0-9a-f]{32}$/);
      expect(r['newFingerprint']).toMatch(/^sha256:[0-9a-f]{32}$/);
      expect(r['oldFingerprint']).not.toBe(r['newFingerprint']);
      expect(r['initiator']).toMatch(/^[0-9a-f-]{36}$/);
      expect(Date.parse(r['endedAt'] as string)).toBeGreaterThanOrEqual(Date.parse(r['startedAt'] as string));
    }
    expect(history.value.map((r) => r['reason'])).toEqual(expect.arrayContaining(['suspected leak', 'annual rotation']));
    // Re-encrypted rows still read back under the program's new key version.
    expect(await ctx.asAdmin('people.get', { programId: program.value.id, personId: person.value.id })).toMatchObject({ ok: true, value: { name: 'Robin Resident', email: 'robin@example.org' } });
    ctx.core.shutdown();
  }, 60_000);

  it('never stores key material: no signing key, KEK or program key appears anywhere in the database bytes', async () => {
    const dataDir = tempDir();
    const ctx = await adminCore(dataDir);
    const program = (await ctx.asAdmin('programs.create', { code: 'PEDS', name: 'Pediatrics' })) as { value: { id: string } };
    await ctx.asAdmin('rotation.run', { type: 'session-signing-key', reason: 'routine' });
    await ctx.asAdmin('rotation.run', { type: 'key-encryption-key', reason: 'routine' });
    await ctx.asAdmin('rotation.run', { type: 'program-data-key', programId: program.value.id, reason: 'routine' });
    const vault = ctx.core.workstation.vault;
    const ring = createKekRing({ vault, reader: () => ctx.core.workstation.reader() });
    const rows = ctx.core.workstation.reader().prepare('SELECT kid, key_wrapped FROM signing_keys').all() as { kid: string; key_wrapped: Buffer }[];
    const secrets = [
      ring.forVersion(1),
      ring.forVersion(2),
      ...rows.map((r) => unwrapKey(ring.forVersion(2), r.key_wrapped, Buffer.from(`signing_keys|${r.kid}`))),
      vault.derive('programDataKey', `${program.value.id}|v1`),
      vault.derive('programDataKey', `${program.value.id}|v2`),
    ];
    const dbKey = vault.derive('databaseKey');
    ctx.core.shutdown();
    const bytes = plaintextCopy(dataDir, dbKey);
    expect(bytes.includes(Buffer.from('rotation_history'))).toBe(true);
    expect(bytes.includes(Buffer.from('sha256:'))).toBe(true);
    for (const secret of secrets) for (const form of forms(secret)) expect(bytes.includes(form)).toBe(false);
  }, 60_000);
});
